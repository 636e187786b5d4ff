import { checkGrid } from '../../helpers/findings';
import { sheet, workbook, type TestCell } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

/**
 * A second table set beside the first (columns K–Q beside A–G, as a city lays its districts' tables side by side) is
 * not read, but the sheet's report says where it starts; the first table ends before it, so that the second's
 * 联系电话 is no second phone of the first's rows and its rows are none of the first's.
 */

const HEADER = ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '联系人', '联系电话'];
const row = (n: number, unit: string, project: string, phone: string): TestCell[] => [
  n,
  unit,
  validUscc(n),
  project,
  '智能传感器',
  '张三',
  phone,
];

/** A sheet of the first table's rows and, from column I on (after a blank column), the second's. */
const sideBySide = (first: TestCell[][], second: TestCell[][], secondHeader = HEADER) => {
  const rows = Math.max(first.length, second.length);
  const grid: TestCell[][] = [[...HEADER, '', ...secondHeader]];
  for (let i = 0; i < rows; i++) grid.push([...(first[i] ?? HEADER.map(() => '')), '', ...(second[i] ?? [])]);
  return checkGrid(workbook(sheet('S', grid)));
};

describe('a table beside the first', () => {
  const result = sideBySide(
    [row(1, '星河智算科技有限公司', '云端芯片研发', '13912345678')],
    [row(1, '云帆科技有限公司', '翻译系统', '12345'), row(2, '华科智能有限公司', '', '13812345678')],
  );

  test('is said to start at its first column, and is not read', () => {
    expect(result.sheets[0]).toMatchObject({ tableBeside: 'I', rows: 1 });
    expect(result.stats.rows).toBe(1);
  });

  test('lends the first table none of its columns, and its rows no findings', () => {
    expect(result.sheets[0]!.columns).toEqual({
      seq: 'A',
      unit: 'B',
      uscc: 'C',
      project: 'D',
      direction: 'E',
      contact: 'F',
      phone: 'G',
    });
    // The second table's bad phone (12345) and empty title (row 3) would be findings if its cells were read.
    expect(result.findings).toEqual([]);
  });

  test('is found where its header starts at 申报单位, without a 序号 of its own', () => {
    const withoutSeq = sideBySide(
      [row(1, '星河智算科技有限公司', '云端芯片研发', '13912345678')],
      [row(1, '云帆科技有限公司', '翻译系统', '13812345678').slice(1)],
      HEADER.slice(1),
    );
    expect(withoutSeq.sheets[0]!.tableBeside).toBe('I');
    expect(withoutSeq.sheets[0]!.columns.phone).toBe('G');
  });
});

describe('a table beside one that has two phone columns', () => {
  test('starts where the second table does, and leaves the first its second phone', () => {
    const header = [...HEADER, '负责人电话'];
    const result = checkGrid(
      workbook(
        sheet('S', [
          [...header, '', ...HEADER],
          [
            ...row(1, '星河智算科技有限公司', '云端芯片研发', '13912345678'),
            '13812345678',
            '',
            ...row(1, '云帆科技有限公司', '翻译系统', '12345'),
          ],
        ]),
      ),
    );
    expect(result.sheets[0]).toMatchObject({ tableBeside: 'J', columns: { phone: 'G', otherPhone: 'H' } });
    expect(result.findings).toEqual([]);
  });
});

describe('one table whose header names a field twice', () => {
  test.each<[string, string[]]>([
    ['a second phone', [...HEADER, '负责人电话']],
    ['a second phone after a 备注', [...HEADER, '备注', '联系电话']],
    ['the unit again but no project', [...HEADER, '序号', '申报单位']],
  ])('is one table: %s', (_, header) => {
    const result = checkGrid(
      workbook(sheet('S', [header, row(1, '星河智算科技有限公司', '云端芯片研发', '13912345678')])),
    );
    expect(result.sheets[0]!.tableBeside).toBeUndefined();
    expect(result.stats.rows).toBe(1);
  });
});
