import { writeTexts } from '../../../src/i18n/write-texts';
import { recommendersSheet } from '../../../src/workbook/sheets/recommenders-sheet';
import { checkGrid } from '../../helpers/findings';
import { distinctRow, HEADER, sheet, workbook } from '../../helpers/grid';

/** 深圳市工业和信息化局's candidate pool (a cap of 5): `rows` rows, of which `chosen` say 是 in 是否推荐. */
const pool = (rows: number, chosen: number) =>
  workbook(
    sheet('S', [
      ['推荐单位（盖章）：深圳市工业和信息化局'],
      [...HEADER, '是否推荐'],
      ...Array.from({ length: rows }, (_, i) => distinctRow(i, [i < chosen ? '是' : '否'])),
    ]),
  );

describe('recommendersSheet (汇总-按推荐单位)', () => {
  test.each([
    ['zh-CN', '全部项目数', '计入项目数'],
    ['en-US', 'All rows', 'Counted'],
  ] as const)(
    'shows in %s all of a recommender’s rows beside those its choice column counts',
    (lang, all, counted) => {
      const tab = recommendersSheet(checkGrid(pool(4, 2)).summary, writeTexts(lang), 'tab');
      const headers = tab.columns.map((column) => column.header);
      const at = (header: string) => tab.rows[0]![headers.indexOf(header)];
      expect([at(all), at(counted)]).toEqual([4, 2]);
    },
  );

  test('emphasises the excess, in the column headed 超出', () => {
    const tab = recommendersSheet(checkGrid(pool(8, 7)).summary, writeTexts('zh-CN'), 'tab');
    expect(tab.emphasis).toHaveLength(1);
    const { row, column } = tab.emphasis![0]!;
    expect([tab.columns[column]?.header, tab.rows[row]?.[column]]).toEqual(['超出', 2]);
  });
});
