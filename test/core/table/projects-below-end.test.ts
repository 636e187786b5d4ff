import { checkGrid } from '../../helpers/findings';
import { sheet, workbook, type TestCell } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

/**
 * Rows below the line that ends a table (填报人, 注, a seal line) are notes and signatures, and are not checked. Those
 * that read as projects (a row that fills 申报单位 and 项目名称, as a project pasted below the seal line does) are
 * still not checked, but the sheet's report names them, so that they do not go up unchecked in silence.
 */

const HEADER = ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '联系人', '联系电话'];
const PROJECT = [
  1,
  '星河智算科技有限公司',
  validUscc(1),
  '云端芯片研发',
  '智能传感器',
  '张三',
  '13912345678',
];

/** The check of a sheet of one project and the rows below it. */
const checked = (...below: TestCell[][]) => checkGrid(workbook(sheet('S', [HEADER, PROJECT, ...below])));

const belowEnd = (...below: TestCell[][]) => checked(...below).sheets[0]!.projectsBelowEnd;

describe('rows below the end of a table that read as projects', () => {
  test.each<[string, TestCell[][], { endRow: number; rows: number[] }]>([
    [
      'a project row below the 填报人 line',
      [['填报人：李四'], [2, '云帆科技有限公司', validUscc(2), '翻译系统', '机器翻译系统']],
      { endRow: 3, rows: [4] },
    ],
    [
      'rows without a header below the seal line, notes between them skipped',
      [
        ['推荐单位（盖章）：佛山市工业和信息化局'],
        [1, '云帆科技有限公司', validUscc(2), '翻译系统', '机器翻译系统'],
        ['日期：2021年11月16日'],
        [],
        ['', '华科智能有限公司', '', '工业视觉检测', '智能传感器'],
      ],
      { endRow: 3, rows: [4, 7] },
    ],
  ])('are named with the line that ended the table: %s', (_, below, expected) => {
    expect(belowEnd(...below)).toEqual(expected);
  });

  test.each<[string, TestCell[][]]>([
    [
      'a footer and notes alone',
      [['合计', '1 项'], ['填报人：李四', '', '', '审核人：王五'], ['注：本表一式两份。']],
    ],
    [
      'signature lines of header words and their values',
      [['填报人：李四'], ['联系人', '联系电话'], ['王五', '13812345678']],
    ],
    ['a row that names a unit but no project', [['注：'], [2, '云帆科技有限公司', validUscc(2)]]],
    ['no end line at all', [[2, '云帆科技有限公司', validUscc(2), '翻译系统', '机器翻译系统']]],
  ])('are not said to be there for %s', (_, below) => {
    expect(belowEnd(...below)).toBeUndefined();
  });

  test('are not named where a header of the same words below the end starts a block that is read', () => {
    const result = checked(['填报人：李四'], HEADER, [
      1,
      '云帆科技有限公司',
      validUscc(2),
      '翻译系统',
      '机器翻译系统',
      '王五',
      '13812345678',
    ]);
    expect(result.stats.rows).toBe(2);
    expect(result.sheets[0]!.projectsBelowEnd).toBeUndefined();
  });

  test('are not checked: they are in no count and no finding', () => {
    const result = checked(
      ['填报人：李四'],
      [2, '星河智算科技有限公司', 'not a code', '云端芯片研发', '智能传感器', '张三', '139'],
    );
    expect(result.stats.rows).toBe(1);
    expect(result.findings.filter((finding) => finding.row === 4)).toEqual([]);
    expect(result.sheets[0]!.projectsBelowEnd).toEqual({ endRow: 3, rows: [4] });
  });
});
