import fc from 'fast-check';
import { checkGrid, findingsOf, type FindingTuple } from '../../helpers/findings';
import { EXAMPLE_CELLS, HEADER, sheet, workbook, type TestCell } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

const UNIT = '深圳市甲科技有限公司';

/** A project row of the standard header: 序号, unit, code, title, direction, category, phone. */
const project = (n: number, unit = UNIT, code = validUscc(1)): TestCell[] => [
  n,
  unit,
  code,
  ['云端训练芯片研制', '多语种机器翻译系统', '工业视觉训练数据集建设'][n % 3],
  '智能传感器',
  '核心基础',
  '13912345678',
];

/** A sheet with the standard header, a template's example row as its first row under it, then three projects. */
const withExample = (example: TestCell[]) =>
  workbook(sheet('S', [HEADER, example, project(1), project(2), project(3)]));

describe('example-row', () => {
  describe('flags', () => {
    test.each([
      ['示例', 'A'],
      ['例', 'A'],
      ['例1', 'A'],
      ['（示例）', 'A'],
      ['填表示例：', 'A'],
      ['样例', 'A'],
      [' 示 例 ', 'A'],
    ])('a row whose 序号 says %s, on the 序号 cell, as an error', (seq, column) => {
      const grid = withExample([seq, ...EXAMPLE_CELLS]);
      expect(findingsOf('example-row', grid)).toEqual([['example-row', 'S', 2, column, 'error']]);
    });

    test.each([
      ['（示例）XX科技有限公司', 'XXXX项目', 'B'],
      ['例：XX科技有限公司', 'XXXX项目', 'B'],
      ['【示例】XX科技有限公司', 'XXXX项目', 'B'],
      [UNIT, '示例：基于深度学习的XX系统研发', 'D'],
      [UNIT, '例如：XX智能传感器研发及产业化', 'D'],
    ])('a row whose unit or title is labelled as the example (%s, %s)', (unit, title, column) => {
      const grid = withExample(['', unit, '', title, '智能传感器', '核心基础', '']);
      expect(findingsOf('example-row', grid)).toEqual([['example-row', 'S', 2, column, 'error']]);
    });

    test.each([
      'XX科技有限公司',
      'XXX大学',
      'ＸＸ科技有限公司',
      '××科技有限公司',
      '某某研究院',
      'xx智能有限公司',
    ])('a row whose unit is a template’s placeholder, %s, on the unit cell', (unit) => {
      const grid = withExample([1, unit, '', '基于深度学习的智能传感器研发', '智能传感器', '核心基础', '']);
      expect(findingsOf('example-row', grid)).toEqual([['example-row', 'S', 2, 'B', 'error']]);
    });

    test.each([
      [['填写示例：', ...EXAMPLE_CELLS], '填写示例'],
      [[1, ...EXAMPLE_CELLS], 'XX科技有限公司'],
      [[1, '（例）深圳市甲科技有限公司', '', '项目'], '例'],
    ])('the word that marks it, as its message needs it (%j)', (row, word) => {
      const finding = checkGrid(withExample(row)).findings.find((f) => f.rule === 'example-row');
      expect(finding?.values).toEqual({ word });
    });

    test('a hidden example row, said to be hidden', () => {
      const grid = workbook(
        sheet('S', [HEADER, ['示例', ...EXAMPLE_CELLS], project(1)], { hiddenRows: [2] }),
      );
      expect(
        checkGrid(grid)
          .findings.filter((f) => f.rule === 'example-row')
          .map((f) => f.hidden),
      ).toEqual([true]);
    });
  });

  describe('passes', () => {
    test.each([
      ['a numbered row', [1, UNIT, validUscc(1), '示范应用平台建设', '智能传感器', '核心基础', '']],
      [
        'a unit whose name starts with 例',
        [1, '例外智能科技有限公司', validUscc(2), '样例库建设', '智能传感器'],
      ],
      ['a title about examples', [1, UNIT, validUscc(1), '范例驱动的小样本学习平台', '智能传感器']],
      [
        'a unit whose name starts with Latin letters',
        [1, 'XXL智能科技有限公司', validUscc(2), '智能传感器研发'],
      ],
      ['a unit whose name starts with one X', [1, 'X光智能科技有限公司', validUscc(2), '智能传感器研发']],
      ['a title with a placeholder of a real unit', [1, UNIT, validUscc(1), 'XX系统研发', '智能传感器']],
      [
        'a 序号 that says more than the word',
        ['示例行见附件', UNIT, validUscc(1), '智能传感器研发', '智能传感器'],
      ],
    ])('%s', (_, row) => {
      expect(findingsOf('example-row', withExample(row as TestCell[]))).toEqual([]);
    });
  });

  describe('leaves the example out of every count and every other rule', () => {
    test('a unit with three projects and the example in its name is within its limit', () => {
      const result = checkGrid(
        withExample(['示例', UNIT, validUscc(1), 'XXXX项目', '智能传感器', '核心基础', '']),
      );
      expect(result.findings.filter((f) => f.rule !== 'example-row')).toEqual([]);
      expect(result.stats.rows).toBe(3);
      expect(result.sheets[0]).toMatchObject({ rows: 3, firstDataRow: 3, lastDataRow: 5 });
      expect(result.summary.units.map((u) => [u.unit, u.projects])).toEqual([[UNIT, 3]]);
    });

    test('property: an example row inserted under the header changes no other finding but by its row', () => {
      const row = fc.tuple(
        fc.constantFrom(UNIT, '深圳市乙科技有限公司', '深圳市丙数据有限公司分公司', ''),
        fc.constantFrom(validUscc(1), validUscc(2), '91440300MA5DA0Q5X', ''),
        fc.constantFrom('智能传感器研发', '机器翻译平台建设', '训练数据资源库', '边缘推理框架', ''),
        fc.constantFrom('智能传感器', '机器翻译系统', '量子计算', ''),
        fc.constantFrom('13912345678', '83606658', ''),
      );
      const example = fc.constantFrom<TestCell[]>(
        ['示例', ...EXAMPLE_CELLS],
        ['', '（示例）深圳市甲科技有限公司', validUscc(1), '智能传感器研发', '智能传感器', '核心基础', ''],
        ['例', UNIT, validUscc(1), '智能传感器研发', '智能传感器', '核心基础', '13912345678'],
      );
      fc.assert(
        fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), example, (rows, exampleRow) => {
          const body = rows.map(([unit, code, title, direction, phone], i) => [
            i + 1,
            unit,
            code,
            title,
            direction,
            '核心基础',
            phone,
          ]);
          const others = (grid: ReturnType<typeof workbook>, shift: number) =>
            checkGrid(grid)
              .findings.filter((f) => f.rule !== 'example-row')
              .map((f): FindingTuple => [f.rule, f.sheet, f.row - shift, f.column, f.severity]);
          const plain = others(workbook(sheet('S', [HEADER, ...body])), 0);
          const marked = others(workbook(sheet('S', [HEADER, exampleRow, ...body])), 1);
          expect(marked).toEqual(plain);
        }),
        { numRuns: 150 },
      );
    });
  });
});
