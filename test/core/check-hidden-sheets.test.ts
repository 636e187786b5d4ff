import { checkGrid } from '../helpers/findings';
import { projectSheet, sheet, workbook } from '../helpers/grid';

/**
 * A hidden sheet is checked, since it is submitted (DESIGN.md), but the officer sees no tab of it: the sheet's report
 * and each of its findings say that the sheet is hidden.
 */
describe('a hidden sheet', () => {
  const result = checkGrid(
    workbook(
      projectSheet('宁波市', [['甲科技有限公司', '9133020', '项目一号']]),
      projectSheet('鄞州区', [['乙科技有限公司', '9133020', '项目二号']], { visibility: 'hidden' }),
      sheet(
        '海曙区',
        [
          ['序号', '申报单位', '项目名称'],
          [1, '丙科技有限公司', '项目三号'],
        ],
        {
          visibility: 'hidden',
        },
      ),
    ),
  );
  const hiddenness = (sheetName: string) =>
    result.findings
      .filter((f) => f.sheet === sheetName)
      .map((f) => [f.rule, f.row, f.column, f.hidden, f.hiddenSheet]);

  test('is said to be hidden in the sheets read', () => {
    expect(result.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['宁波市', false],
      ['鄞州区', true],
      ['海曙区', true],
    ]);
  });

  test('gives each of its findings the hidden sheet, a missing column’s too', () => {
    expect(hiddenness('鄞州区')).toEqual([['uscc-invalid', 2, 'C', true, true]]);
    expect(hiddenness('海曙区')).toEqual([['required-missing', 1, null, true, true]]);
  });

  test('leaves the findings of a visible sheet as they are', () => {
    expect(hiddenness('宁波市')).toEqual([['uscc-invalid', 2, 'C', false, undefined]]);
  });
});
