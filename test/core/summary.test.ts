import fc from 'fast-check';
import { defaultProfile } from '../../src/core/profile';
import { checkGrid } from '../helpers/findings';
import { projectSheet, workbook, type ProjectRow } from '../helpers/grid';
import { validUscc } from '../helpers/uscc';

const projects = (...directions: string[]): ProjectRow[] =>
  directions.map((d, i) => [`单位${i}`, validUscc(i), `项目${i}号`, d, '核心基础']);

const directionSummary = (...directions: string[]) =>
  checkGrid(workbook(projectSheet('S', projects(...directions)))).summary.directions;

describe('the summary by direction', () => {
  test('gives a cell that names several directions a line that says so, counted under none of them', () => {
    expect(directionSummary('智能传感器', '智能传感器、机器翻译系统', '机器翻译系统')).toEqual([
      { category: '核心基础', direction: '智能传感器', projects: 1, known: true },
      {
        category: '核心基础',
        direction: '智能传感器、机器翻译系统',
        projects: 1,
        known: false,
        several: ['智能传感器', '机器翻译系统'],
      },
      { category: '重点产品', direction: '机器翻译系统', projects: 1, known: true },
    ]);
  });

  test('keeps a cell that names one unknown direction without the several', () => {
    expect(directionSummary('区块链金融服务平台')[0]).not.toHaveProperty('several');
  });

  test('counts every project once, however many directions its cell names', () => {
    const known = defaultProfile().directions.map(({ name }) => name);
    const cell = fc.oneof(
      fc.constantFrom(...known),
      fc.uniqueArray(fc.constantFrom(...known), { minLength: 2, maxLength: 3 }).map((d) => d.join('、')),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), (cells) => {
        const summary = directionSummary(...cells);
        expect(summary.reduce((sum, d) => sum + d.projects, 0)).toBe(cells.length);
        for (const d of summary) expect(d.several !== undefined).toBe(d.direction.includes('、'));
      }),
    );
  });

  test('lists the categories in the profile’s order, and any other category after them', () => {
    const rows: ProjectRow[] = [
      ['甲', validUscc(1), '项目一号', '人工智能训练资源库', '公共支撑'],
      ['乙', validUscc(2), '项目二号', '区块链金融服务平台', '应用推广'],
      ['丙', validUscc(3), '项目三号', '机器翻译系统', '重点产品'],
      ['丁', validUscc(4), '项目四号', '智能传感器', '核心基础'],
      ['戊', validUscc(5), '项目五号', '量子计算平台', '核心基础类'],
    ];
    const summary = checkGrid(workbook(projectSheet('S', rows))).summary.directions;
    expect(summary.map((d) => [d.category, d.direction])).toEqual([
      ['核心基础', '智能传感器'],
      ['核心基础类', '量子计算平台'],
      ['重点产品', '机器翻译系统'],
      ['公共支撑', '人工智能训练资源库'],
      ['应用推广', '区块链金融服务平台'],
    ]);
  });
});

describe('the summary by unit', () => {
  const A = validUscc(1);
  const B = validUscc(2);
  const unitSummary = (rows: ProjectRow[]) =>
    checkGrid(workbook(projectSheet('S', rows))).summary.units.map(({ unit, uscc, projects }) => [
      unit,
      uscc,
      projects,
    ]);

  test.each<[string, string | number, string]>([
    ['a placeholder', '无', A],
    ['a code with a letter O for a zero', A.replace(/0/gu, 'O'), A],
    ['a code stored as a number', 9.14403e17, A],
    ['a full-width code', A.replace(/\d/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)), A],
  ])('gives the code that identifies the unit, though its first row writes %s', (_, first, shown) => {
    expect(
      unitSummary([
        ['甲科技有限公司', first, '项目1号'],
        ['甲科技有限公司', A, '项目2号'],
      ]),
    ).toEqual([['甲科技有限公司', shown, 2]]);
  });

  test('gives the first code written for a unit that no code identifies', () => {
    expect(
      unitSummary([
        ['甲科技有限公司', '无', '项目1号'],
        ['甲科技有限公司', '', '项目2号'],
      ]),
    ).toEqual([['甲科技有限公司', '无', 2]]);
  });

  test.each<[string, ProjectRow[], string[][]]>([
    ['blank unit cells', [1, 2, 3, 4].map((n): ProjectRow => ['', A, `项目${n}号`]), [[A, A]]],
    [
      'blank unit cells on some rows',
      [
        ['', B, '项目1号'],
        ['乙科技有限公司', B, '项目2号'],
      ],
      [['乙科技有限公司', B]],
    ],
  ])('names a unit by its code where no row names it: %s', (_, rows, expected) => {
    expect(unitSummary(rows).map(([unit, uscc]) => [unit, uscc])).toEqual(expected);
  });

  test('gives a unit whose name is written with other codes the projects of them all, and what that is over', () => {
    const name = '江苏甲智能科技有限公司';
    const rows: ProjectRow[] = [
      [name, A, '项目1号'],
      [name, A, '项目2号'],
      ['乙科技有限公司', validUscc(3), '项目3号'],
      [name, A, '项目4号'],
      [name, B, '项目5号'],
    ];
    const units = checkGrid(workbook(projectSheet('S', rows))).summary.units;
    expect(
      units.map(({ unit, uscc, projects, over, sameName }) => [unit, uscc, projects, over, sameName]),
    ).toEqual([
      [name, A, 3, 0, { projects: 4, over: 1 }],
      ['乙科技有限公司', validUscc(3), 1, 0, undefined],
      [name, B, 1, 0, { projects: 4, over: 1 }],
    ]);
  });
});
