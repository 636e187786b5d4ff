import { defaultProfile } from '../../src/core/profile';
import { parseWinners, type WinnersList } from '../../src/core/winners/winners-list';
import { sheet, workbook, type TestCell } from './grid';
import { listOf } from './lists';

/** The winners list that a published 优胜名单 sheet of these rows gives under the default profile. */
export const winnersFrom = (rows: TestCell[][]): WinnersList =>
  listOf(parseWinners(workbook(sheet('优胜名单', rows)), defaultProfile()));
