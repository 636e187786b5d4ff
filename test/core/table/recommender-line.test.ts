import type { MergeRange } from '../../../src/core/grid';
import { checkGrid, findingsOf } from '../../helpers/findings';
import { sheet, workbook, type TestCell } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

const TITLE = ['2021年人工智能产业创新任务揭榜挂帅项目推荐汇总表'];
const HEADER = ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '联系电话'];
/** Seven projects of seven units: two past a planned city's cap of 5. */
const PROJECTS: TestCell[][] = Array.from({ length: 7 }, (_, i) => [
  i + 1,
  `单位${i}`,
  validUscc(i),
  `项目${i}号`,
  '智能传感器',
  '13912345678',
]);
const row3 = (left: number, right: number): MergeRange => ({ top: 3, left, bottom: 3, right });

/** Reference §3: a merged title, a blank row, the 推荐单位 line, then a one-row header on row 4. */
function underTitle(line: TestCell[], lineMerges: MergeRange[]) {
  return workbook(
    sheet('S', [TITLE, [], line, HEADER, ...PROJECTS], {
      merges: [{ top: 1, left: 1, bottom: 1, right: 6 }, ...lineMerges],
    }),
  );
}

describe('the 推荐单位（盖章）： line above a one-row header', () => {
  describe.each<[string, TestCell[], MergeRange[]]>([
    [
      'merged over the first columns, the date beside it',
      ['推荐单位（盖章）：厦门市工业和信息化局', '', '', '', '日期：2021年11月16日'],
      [row3(1, 4)],
    ],
    [
      'in one cell, unmerged',
      ['推荐单位（盖章）：厦门市工业和信息化局', '', '', '', '日期：2021年11月16日'],
      [],
    ],
    [
      'with the name in the next cell',
      ['推荐单位（盖章）：', '', '厦门市工业和信息化局', '', '填报日期：', '2021年11月16日'],
      [row3(1, 2)],
    ],
    [
      'as 推荐单位： with the name in a merged cell',
      ['推荐单位：', '厦门市工业和信息化局', '', '', '填报日期：2021年11月16日'],
      [row3(2, 3)],
    ],
    [
      'worded 填报单位（盖章）：',
      ['填报单位（盖章）：厦门市工业和信息化局', '', '', '', '填报日期：2021年11月16日'],
      [row3(1, 4)],
    ],
    ['worded 报送单位：', ['报送单位：', '厦门市工业和信息化局', '', '', '日期：2021年11月16日'], []],
    ['worded 推荐单位（签章）：', ['推荐单位（签章）：厦门市工业和信息化局'], []],
    ['worded 推荐单位（加盖公章）：', ['推荐单位（加盖公章）：厦门市工业和信息化局'], []],
    ['worded 推荐单位名称（盖章）：', ['推荐单位名称（盖章）：厦门市工业和信息化局'], []],
    ['worded 推荐单位名称：', ['推荐单位名称：厦门市工业和信息化局'], []],
    ['with a space before the bracket', ['推荐单位 （盖章）：厦门市工业和信息化局'], []],
    ['spread out to fill its cell', ['推 荐 单 位（盖章）：厦门市工业和信息化局'], []],
    [
      'without its colon, the name in the next cell',
      ['推荐单位（盖章）', '厦门市工业和信息化局', '', '', '日期：2021年11月16日'],
      [],
    ],
    ['with the seal note after the name', ['推荐单位（盖章）：厦门市工业和信息化局（盖章）'], []],
    [
      'with the date after a wide gap',
      ['推荐单位（盖章）：厦门市工业和信息化局          2021年11月16日'],
      [],
    ],
    ['with the date after a space', ['推荐单位（盖章）：厦门市工业和信息化局 2021年11月16日'], []],
    ['with 填表日期 after the name', ['推荐单位（盖章）：厦门市工业和信息化局 填表日期：2021年11月16日'], []],
    ['with the contact after a semicolon', ['推荐单位（盖章）：厦门市工业和信息化局；联系人：王华'], []],
    [
      'with 经办人 and 电话 after it',
      ['推荐单位（盖章）：厦门市工业和信息化局 经办人：王五 电话：0592-1234567'],
      [],
    ],
    ['with 审核人 after it', ['推荐单位（盖章）：厦门市工业和信息化局 审核人：王五'], []],
    [
      'with a blank date to be written by hand',
      ['推荐单位（盖章）：厦门市工业和信息化局　　　年　　月　　日'],
      [],
    ],
  ])('%s', (_, line, merges) => {
    const grid = underTitle(line, merges);

    test('is no part of the header', () => {
      expect(checkGrid(grid).sheets[0]).toMatchObject({
        headerRow: 4,
        firstDataRow: 5,
        columns: { seq: 'A', unit: 'B', uscc: 'C', project: 'D', direction: 'E', phone: 'F' },
      });
    });

    test('names the recommender', () => {
      expect(checkGrid(grid).sheets[0]?.recommenderLine).toBe('厦门市工业和信息化局');
    });

    test('gives the planned city’s cap of 5', () => {
      expect(findingsOf('quota-exceeded', grid)).toEqual([
        ['quota-exceeded', 'S', 10, 'D', 'error'],
        ['quota-exceeded', 'S', 11, 'D', 'error'],
      ]);
    });
  });

  test.each([
    [['推荐单位（盖章）：　　　　　年　　月　　日']],
    [['推荐单位（盖章）：', '', '', '', '年　月　日']],
  ])('left blank with a blank date, %j, names no recommender', (line) => {
    expect(checkGrid(underTitle(line, [])).sheets[0]?.recommenderLine).toBeUndefined();
  });

  test('left blank for the seal, is no part of the header either', () => {
    const grid = underTitle(['推荐单位（盖章）：', '', '', '', '日期：2021年11月16日'], [row3(1, 4)]);
    const report = checkGrid(grid).sheets[0];
    expect(report?.headerRow).toBe(4);
    expect(report?.recommenderLine).toBeUndefined();
  });
});

describe('a 推荐单位 header cell', () => {
  test.each<[string, TestCell[], TestCell[], string]>([
    [
      'among other headers',
      ['序号', '申报单位', '项目名称', '推荐单位：', '揭榜方向'],
      [1, '甲', '项目一', '深圳市工业和信息化局', '智能传感器'],
      'D',
    ],
    [
      'at the end of the header',
      ['序号', '申报单位', '项目名称', '揭榜方向', '推荐单位（盖章）：'],
      [1, '甲', '项目一', '智能传感器', '深圳市工业和信息化局'],
      'E',
    ],
    [
      'worded 推荐单位（盖章） before a header no field names',
      ['序号', '申报单位', '项目名称', '推荐单位（盖章）', '备注'],
      [1, '甲', '项目一', '深圳市工业和信息化局', ''],
      'D',
    ],
  ])('is still the recommender column %s', (_, header, row, column) => {
    const grid = workbook(sheet('S', [header, row]));
    expect(checkGrid(grid).sheets[0]).toMatchObject({ headerRow: 1, columns: { recommender: column } });
  });
});

describe('the seal line under a table, with no line above it', () => {
  const under = (seal: TestCell[]) => workbook(sheet('S', [TITLE, HEADER, ...PROJECTS, [], seal]));

  test.each<[string, TestCell[]]>([
    ['in one cell', ['推荐单位（盖章）：厦门市工业和信息化局', '', '', '日期：2021年11月16日']],
    [
      'with the name in the next cell',
      ['推荐单位（盖章）', '厦门市工业和信息化局', '', '日期：2021年11月16日'],
    ],
    ['worded 推荐单位（签章）：', ['推荐单位（签章）：厦门市工业和信息化局']],
  ])('%s names the recommender and gives its cap', (_, seal) => {
    const grid = under(seal);
    expect(checkGrid(grid).sheets[0]).toMatchObject({ recommenderLine: '厦门市工业和信息化局', rows: 7 });
    expect(findingsOf('quota-exceeded', grid)).toEqual([
      ['quota-exceeded', 'S', 8, 'D', 'error'],
      ['quota-exceeded', 'S', 9, 'D', 'error'],
    ]);
  });

  test('left blank for the seal, names nobody', () => {
    const grid = under(['推荐单位（盖章）：', '', '', '日期：2021年11月16日']);
    expect(checkGrid(grid).sheets[0]?.recommenderLine).toBeUndefined();
    expect(findingsOf('quota-exceeded', grid)).toEqual([]);
  });

  test('gives way to the line above the table', () => {
    const grid = workbook(
      sheet('S', [
        TITLE,
        ['推荐单位（盖章）：厦门市工业和信息化局'],
        HEADER,
        ...PROJECTS,
        ['推荐单位（盖章）：福建省工业和信息化厅'],
      ]),
    );
    expect(checkGrid(grid).sheets[0]?.recommenderLine).toBe('厦门市工业和信息化局');
  });
});

describe('the seal line under a table', () => {
  /** Five projects of five units under a planned city's line: exactly its cap. */
  const body = (seq: boolean): TestCell[][] =>
    Array.from({ length: 5 }, (_, i) => [
      ...(seq ? [i + 1] : []),
      `单位${i}`,
      `项目${i}号`,
      '智能传感器',
      '13912345678',
    ]);
  const header = (seq: boolean) => [
    ...(seq ? ['序号'] : []),
    '申报单位名称',
    '项目名称（不超过30字）',
    '揭榜方向',
    '联系电话',
  ];

  test.each<[string, boolean, TestCell[]]>([
    [
      'in the unit column, with no 序号 column',
      false,
      ['推荐单位（盖章）：青岛市工业和信息化局', '', '', '日期：2021年11月18日'],
    ],
    [
      'in the unit column, next to a 序号 column',
      true,
      ['', '推荐单位（盖章）：青岛市工业和信息化局', '', '日期：2021年11月18日'],
    ],
    ['in the 序号 column', true, ['推荐单位（盖章）：青岛市工业和信息化局', '', '', '日期：2021年11月18日']],
    ['left blank for the seal', false, ['推荐单位（盖章）：', '', '', '日期：2021年11月18日']],
    [
      'of a 推荐部门 with the name in the next cell',
      false,
      ['推荐部门（公章）：', '青岛市工业和信息化局', '日期：2021年11月18日'],
    ],
    ['worded 填报单位（盖章）：', false, ['填报单位（盖章）：', '', '', '日期：2021年11月18日']],
    ['worded 报送单位', true, ['', '报送单位（盖章）：青岛市工业和信息化局', '', '日期：2021年11月18日']],
  ])('is no project %s', (_, seq, seal) => {
    const grid = workbook(
      sheet('S', [
        TITLE,
        ['推荐单位（盖章）：', '青岛市工业和信息化局'],
        header(seq),
        ...body(seq),
        [],
        seal,
      ]),
    );
    expect(checkGrid(grid).sheets[0]).toMatchObject({ headerRow: 3, lastDataRow: 8, rows: 5 });
    expect(findingsOf('quota-exceeded', grid)).toEqual([]);
    expect(findingsOf('required-missing', grid)).toEqual([]);
  });
});
