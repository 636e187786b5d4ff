import fc from 'fast-check';
import { defaultProfile } from '../../src/core/profile';
import { checkGrid } from '../helpers/findings';
import { HEADER, projectSheet, sheet, workbook, type ProjectRow } from '../helpers/grid';
import { validUscc } from '../helpers/uscc';

const projects = (...directions: string[]): ProjectRow[] =>
  directions.map((d, i) => [`单位${i}`, validUscc(i), `项目${i}号`, d, '核心基础']);

const directionSummary = (...directions: string[]) =>
  checkGrid(workbook(projectSheet('S', projects(...directions)))).summary.directions;

describe('the summary by direction', () => {
  test('gives a cell that names several directions a line that says so, counted under none of them', () => {
    expect(directionSummary('智能传感器', '智能传感器、机器翻译系统', '机器翻译系统')).toEqual([
      { category: '核心基础', direction: '智能传感器', projects: 1, rows: 1, known: true },
      {
        category: '核心基础',
        direction: '智能传感器、机器翻译系统',
        projects: 1,
        rows: 1,
        known: false,
        several: ['智能传感器', '机器翻译系统'],
      },
      { category: '重点产品', direction: '机器翻译系统', projects: 1, rows: 1, known: true },
    ]);
  });

  test.each(['机器翻译系统/机器翻译系统', '机器翻译系统、机器翻译系统'])(
    'counts a cell that writes one direction twice (%s) under that direction',
    (cell) => {
      expect(directionSummary('机器翻译系统', cell)).toEqual([
        { category: '重点产品', direction: '机器翻译系统', projects: 2, rows: 2, known: true },
      ]);
    },
  );

  test.each(['', '/', '暂无', '待定', '见附件'])(
    'lists no direction of its own for a cell that holds %j, only the line of rows naming none',
    (written) => {
      expect(
        directionSummary('智能传感器', written).map((d) => [d.direction, d.projects, !!d.unwritten]),
      ).toEqual([
        ['智能传感器', 1, false],
        ['', 1, true],
      ]);
    },
  );

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

  test('gives the rows that name no direction a line of their own, after every direction', () => {
    expect(directionSummary('', '智能传感器', '', '机器翻译系统').slice(2)).toEqual([
      { category: '', direction: '', projects: 2, rows: 2, known: false, unwritten: true },
    ]);
  });

  test('gives every row that line where the sheet has no direction column', () => {
    const rows = [1, 2].map((i) => [i, `单位${i}`, validUscc(i), `项目${i}号`]);
    const result = checkGrid(workbook(sheet('S', [HEADER.slice(0, 4), ...rows])));
    expect(result.summary.directions).toEqual([
      { category: '', direction: '', projects: 2, rows: 2, known: false, unwritten: true },
    ]);
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

/**
 * A sheet of the standard header and a 是否推荐 column (H), from row 2: one row per [unit, direction, choice], each
 * with a project of its own.
 */
const chosenSheet = (rows: [unit: string, direction: string, choice: string][]) =>
  workbook(
    sheet('S', [
      [...HEADER, '是否推荐'],
      ...rows.map(([unit, direction, choice], i) => [
        i + 1,
        unit,
        unit ? validUscc(unit.charCodeAt(0)) : '',
        `项目${i}号`,
        direction,
        '核心基础',
        '13912345678',
        choice,
      ]),
    ]),
  );

describe('the summary by direction, where a choice column decides', () => {
  test.each<[string, string[], [string, number, number][]]>([
    [
      'counts the chosen rows as its projects, and every row apart',
      ['是', '否', '否', '是', '否'],
      [
        ['智能传感器', 1, 3],
        ['机器翻译系统', 1, 2],
      ],
    ],
    [
      'counts every row where the column is blank, as the quota does',
      ['', '', '', '', ''],
      [
        ['智能传感器', 3, 3],
        ['机器翻译系统', 2, 2],
      ],
    ],
    [
      'lists a direction none of whose rows is chosen, with no project',
      ['否', '否', '是', '是', '否'],
      [
        ['智能传感器', 0, 3],
        ['机器翻译系统', 2, 2],
      ],
    ],
  ])('%s', (_, choices, expected) => {
    const directions = ['智能传感器', '智能传感器', '机器翻译系统', '机器翻译系统', '智能传感器'];
    const result = checkGrid(
      chosenSheet(directions.map((direction, i) => [`单位${i}`, direction, choices[i]!])),
    );
    expect(result.summary.directions.map((d) => [d.direction, d.projects, d.rows])).toEqual(expected);
  });

  test('gives the same total as the units and the recommender', () => {
    const choice = fc.constantFrom('是', '否', '');
    const direction = fc.constantFrom('智能传感器', '机器翻译系统', '人工智能训练资源库', '');
    const unit = fc.constantFrom('甲', '乙', '丙', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(unit, direction, choice), { minLength: 1, maxLength: 9 }), (rows) => {
        const { directions, units, recommenders } = checkGrid(chosenSheet(rows)).summary;
        const total = (counts: number[]) => counts.reduce((sum, n) => sum + n, 0);
        const counted = total(recommenders.map((r) => r.counted));
        expect(total(directions.map((d) => d.projects))).toBe(counted);
        expect(total(units.map((u) => u.projects))).toBe(counted);
        expect(total(directions.map((d) => d.rows))).toBe(rows.length);
      }),
    );
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
    ['blank unit cells', [1, 2, 3, 4].map((n): ProjectRow => ['', A, `项目${n}号`]), [['', A]]],
    [
      'blank unit cells on some rows',
      [
        ['', B, '项目1号'],
        ['乙科技有限公司', B, '项目2号'],
      ],
      [['乙科技有限公司', B]],
    ],
  ])('gives a unit no name but its code where no row names it: %s', (_, rows, expected) => {
    expect(unitSummary(rows).map(([unit, uscc]) => [unit, uscc])).toEqual(expected);
  });

  test('gives the rows that name no unit and no code a line of their own, after every unit', () => {
    const rows: ProjectRow[] = [
      ['', '', '项目1号'],
      ['甲科技有限公司', A, '项目2号'],
      ['', '', '项目3号'],
    ];
    const units = checkGrid(workbook(projectSheet('S', rows))).summary.units;
    expect(
      units.map(({ unit, uscc, projects, over, rows, unwritten }) => [
        unit,
        uscc,
        projects,
        over,
        rows,
        unwritten,
      ]),
    ).toEqual([
      ['甲科技有限公司', A, 1, 0, [{ sheet: 'S', row: 3 }], undefined],
      [
        '',
        '',
        2,
        0,
        [
          { sheet: 'S', row: 2 },
          { sheet: 'S', row: 4 },
        ],
        true,
      ],
    ]);
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

  test('gives units whose code is written under each other’s names the projects of them all', () => {
    const rows: ProjectRow[] = [
      ['哈尔滨工业大学', A, '项目1号'],
      ['哈尔滨工业大学', A, '项目2号'],
      ['哈工大', A, '项目3号'],
      ['哈工大', A, '项目4号'],
      ['乙科技有限公司', B, '项目5号'],
    ];
    const units = checkGrid(workbook(projectSheet('S', rows))).summary.units;
    expect(units.map(({ unit, projects, over, sameCode }) => [unit, projects, over, sameCode])).toEqual([
      ['哈尔滨工业大学', 2, 0, { projects: 4, over: 1 }],
      ['哈工大', 2, 0, { projects: 4, over: 1 }],
      ['乙科技有限公司', 1, 0, undefined],
    ]);
  });

  describe('where a choice column decides', () => {
    const unitsOf = (rows: [string, string, string][]) =>
      checkGrid(chosenSheet(rows)).summary.units.map(({ unit, projects, rows, notChosen }) => [
        unit,
        projects,
        rows.map(({ row }) => row),
        notChosen.map(({ row }) => row),
      ]);

    test('gives the rows left out apart from the counted ones', () => {
      expect(
        unitsOf([
          ['甲科技有限公司', '智能传感器', '是'],
          ['甲科技有限公司', '智能传感器', '否'],
          ['乙科技有限公司', '智能传感器', '否'],
        ]),
      ).toEqual([
        ['甲科技有限公司', 1, [2], [3]],
        ['乙科技有限公司', 0, [], [4]],
      ]);
    });

    test('leaves none out where the column is blank', () => {
      expect(
        unitsOf([
          ['甲科技有限公司', '智能传感器', ''],
          ['甲科技有限公司', '智能传感器', ''],
        ]),
      ).toEqual([['甲科技有限公司', 2, [2, 3], []]]);
    });
  });
});
