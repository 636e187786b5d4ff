import { defaultProfile } from '../../../src/core/profile';
import { parseWinners } from '../../../src/core/winners/winners-list';
import { sheet, workbook } from '../../helpers/grid';

const profile = defaultProfile();
const HEADER = ['序号', '揭榜方向', '项目名称', '揭榜单位'];
const failureOf = (...sheets: Parameters<typeof workbook>) => {
  const reading = parseWinners(workbook(...sheets), profile);
  return reading.ok ? undefined : [reading.failure, 'values' in reading ? reading.values : {}];
};

describe('reading a previous winners list that can be used', () => {
  test('gives its winners', () => {
    const reading = parseWinners(
      workbook(sheet('名单', [HEADER, [1, '智能传感器', '甲项目', '甲公司']])),
      profile,
    );
    expect(reading.ok && reading.list.info).toEqual({ winners: 1, titled: 1 });
  });

  test('fails for a list of no table', () => {
    expect(failureOf(sheet('名单', [['说明'], ['无']]))).toEqual(['no-table', {}]);
  });

  test('fails for a table of no winners, its header alone', () => {
    expect(failureOf(sheet('名单', [HEADER]))).toEqual(['empty', {}]);
  });

  test('fails for a table whose formulas the file holds no results of, naming the first', () => {
    const formulas = { ...sheet('优胜名单', [HEADER, [1]]), uncalculated: { row: 2, column: 2 } };
    expect(failureOf(sheet('说明', [['x']]), formulas)).toEqual([
      'formulas-not-calculated',
      { sheet: '优胜名单', cell: 'B2' },
    ]);
  });
});

test('a list of no winners whose cells are formulas without a result is told to be calculated, not to be empty', () => {
  const resultless = { value: null, text: '' };
  const list = sheet('优胜名单', [HEADER, [1, resultless, resultless, resultless]]);
  expect(failureOf(list)).toEqual(['formulas-not-calculated', { sheet: '优胜名单', cell: 'B2' }]);
});
