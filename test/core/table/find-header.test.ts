import { checkGrid, findingsOf } from '../../helpers/findings';
import { sheet, workbook, type TestCell } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

const UNIT_1 = '测试单位1科技有限公司';
const UNIT_2 = '测试单位2科技有限公司';

/** The real table: unit 1 with three projects, unit 2 with one. */
const projects = sheet('推荐表', [
  ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向'],
  [1, UNIT_1, validUscc(1), '项目一', '智能传感器'],
  [2, UNIT_1, validUscc(1), '项目二', '智能传感器'],
  [3, UNIT_1, validUscc(1), '项目三', '智能传感器'],
  [4, UNIT_2, validUscc(2), '项目四', '智能传感器'],
]);

describe('a sheet that lists no projects', () => {
  describe.each<[string, TestCell[][], 'visible' | 'hidden']>([
    [
      'an officer’s count per unit (单位汇总)',
      [['各单位申报情况汇总'], ['序号', '单位名称', '项目数量'], [1, UNIT_1, 3], [2, UNIT_2, 1]],
      'visible',
    ],
    [
      'a hidden lookup of codes (代码库)',
      [
        ['单位名称', '统一社会信用代码'],
        [UNIT_1, validUscc(1)],
        [UNIT_2, validUscc(2)],
      ],
      'hidden',
    ],
    [
      'a count per unit, counted in brackets',
      [
        ['序号', '单位名称', '项目（个）'],
        [1, UNIT_1, 3],
        [2, UNIT_2, 1],
      ],
      'visible',
    ],
    [
      'a count per unit with its code',
      [
        ['序号', '单位名称', '统一社会信用代码', '项目数量'],
        [1, UNIT_1, validUscc(1), 3],
      ],
      'visible',
    ],
  ])('such as %s', (_, rows, visibility) => {
    const grid = workbook(projects, sheet('其他', rows, { visibility }));

    test('is skipped and named', () => {
      const result = checkGrid(grid);
      expect(result.sheets.map((s) => s.name)).toEqual(['推荐表']);
      expect(result.skippedSheets).toEqual([{ name: '其他', reason: 'no-table' }]);
    });

    test('adds no rows to a unit', () => {
      expect(findingsOf('unit-over-limit', grid)).toEqual([]);
      expect(checkGrid(grid).summary.units.find((u) => u.unit === UNIT_1)?.rows).toHaveLength(3);
    });

    test('adds no rows to the recommender’s count', () => {
      expect(checkGrid(grid).summary.recommenders.map((r) => r.counted)).toEqual([4]);
    });

    test('is not reported as missing columns', () => {
      expect(findingsOf('required-missing', grid)).toEqual([]);
    });
  });
});

describe('a sheet that lists projects', () => {
  test.each<[string, TestCell[], Record<string, string>]>([
    ['by unit and project', ['申报单位', '项目名称'], { unit: 'A', project: 'B' }],
    ['by project and direction', ['项目名称', '揭榜方向'], { project: 'A', direction: 'B' }],
    ['by 序号 and project', ['序号', '项目名称'], { seq: 'A', project: 'B' }],
    [
      'by unit and direction, its project wording unknown',
      ['申报单位', '课题', '揭榜方向'],
      { unit: 'A', direction: 'C' },
    ],
  ])('is read when it names them %s', (_, header, columns) => {
    const grid = workbook(sheet('S', [header, ['甲', '乙', '丙']]));
    expect(checkGrid(grid).sheets[0]).toMatchObject({ headerRow: 1, columns });
  });

  test('and whose project wording is unknown is reported as missing the column', () => {
    const grid = workbook(
      sheet('S', [
        ['序号', '申报单位', '课题', '揭榜方向'],
        [1, '甲', '项目一', '智能传感器'],
      ]),
    );
    expect(findingsOf('required-missing', grid)).toEqual([['required-missing', 'S', 1, null, 'error']]);
    expect(checkGrid(grid).findings.find((f) => f.rule === 'required-missing')?.values).toMatchObject({
      field: 'project',
      missingColumn: true,
    });
  });
});

describe('a header whose wordings carry remarks, qualifiers, numbers or joins', () => {
  test.each<[string, TestCell[], Record<string, string>]>([
    [
      'short wordings with remarks, a unit’s credit code, a direction to apply for',
      [
        '序号',
        '申报单位',
        '申报单位统一社会信用代码',
        '项目名称',
        '申报揭榜方向',
        '类别（必填）',
        '联系人（姓名）',
        '电话（手机）',
      ],
      {
        seq: 'A',
        unit: 'B',
        uscc: 'C',
        project: 'D',
        direction: 'E',
        category: 'F',
        contact: 'G',
        phone: 'H',
      },
    ],
    [
      'marked required, alternatives joined',
      ['★序号', '企业/单位名称', '统一社会信用代码/注册号', '【必填】项目名称', '所属方向', '联系人/手机'],
      { seq: 'A', unit: 'B', uscc: 'C', project: 'D', direction: 'E', contact: 'F', phone: 'F' },
    ],
    [
      'numbered 1.',
      ['1.序号', '2.申报单位', '3.统一社会信用代码', '4.项目名称', '5.揭榜方向'],
      { seq: 'A', unit: 'B', uscc: 'C', project: 'D', direction: 'E' },
    ],
    [
      'numbered 一、',
      ['一、申报单位', '二、项目名称', '三、揭榜方向'],
      { unit: 'A', project: 'B', direction: 'C' },
    ],
    [
      'numbered （1）',
      ['（1）申报单位', '（2）项目名称', '（3）揭榜方向'],
      { unit: 'A', project: 'B', direction: 'C' },
    ],
    ['numbered ①', ['①申报单位', '②项目名称', '③揭榜方向'], { unit: 'A', project: 'B', direction: 'C' }],
  ])('reads its columns: %s', (_, header, columns) => {
    const grid = workbook(sheet('S', [header, header.map(() => '甲')]));
    expect(checkGrid(grid).sheets[0]).toMatchObject({ headerRow: 1, columns });
  });

  test('checks the codes under a unit’s credit code column', () => {
    const grid = workbook(
      sheet('S', [
        ['序号', '申报单位', '企业统一社会信用代码', '项目名称', '揭榜方向'],
        [1, UNIT_1, validUscc(1), '项目一', '智能传感器'],
        [2, UNIT_2, '91110108551385082A', '项目二', '智能传感器'],
      ]),
    );
    expect(findingsOf('uscc-invalid', grid)).toEqual([['uscc-invalid', 'S', 3, 'C', 'warning']]);
  });
});

describe('a header far down the sheet', () => {
  const notes = (count: number): TestCell[][] =>
    Array.from({ length: count }, (_, i) => [`${i + 1}. 填表说明：请按申报书如实填写`]);
  const table: TestCell[][] = [
    ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向'],
    [1, UNIT_1, validUscc(1), '项目一', '智能传感器'],
  ];

  test('is found under a long 填表说明 pasted above the table', () => {
    expect(checkGrid(workbook(sheet('S', [...notes(60), ...table]))).sheets[0]).toMatchObject({
      headerRow: 61,
      rows: 1,
    });
  });

  test('is looked for in the first 500 rows only', () => {
    expect(checkGrid(workbook(sheet('S', [...notes(499), ...table]))).sheets[0]?.headerRow).toBe(500);
    expect(checkGrid(workbook(sheet('S', [...notes(500), ...table]), projects)).skippedSheets).toEqual([
      { name: 'S', reason: 'no-table' },
    ]);
  });
});

describe('a combined header (联系人及电话) over two columns', () => {
  const header = ['序号', '申报单位', '项目名称', '揭榜方向', '联系人及电话'];
  const row = (i: number, contact: TestCell, phone: TestCell): TestCell[] => [
    i,
    `测试单位${i}科技有限公司`,
    `项目${i}`,
    '智能传感器',
    contact,
    phone,
  ];
  const merged = { merges: [{ top: 1, left: 5, bottom: 1, right: 6 }] };

  test.each<[string, TestCell[][], Parameters<typeof sheet>[2], Record<string, string>]>([
    [
      'merged over the name and the phone',
      [[...header, ''], row(1, '张三', '13800138000')],
      merged,
      { contact: 'E', phone: 'F' },
    ],
    [
      'centred across a blank header cell',
      [[...header, ''], row(1, '张三', '13800138000')],
      {},
      { contact: 'E', phone: 'F' },
    ],
    [
      'merged over a blank column',
      [[...header, ''], row(1, '张三 13800138000', '')],
      merged,
      { contact: 'E', phone: 'E' },
    ],
    [
      'with a phone column of its own after it',
      [
        [...header, '', '联系电话'],
        [...row(1, '张三', '李四'), '13800138000'],
      ],
      merged,
      { contact: 'E', phone: 'G' },
    ],
  ])('maps its fields: %s', (_, rows, extra, columns) => {
    expect(checkGrid(workbook(sheet('S', rows, extra))).sheets[0]).toMatchObject({ columns });
  });

  test('checks the phones in the second column and not the names in the first', () => {
    const grid = workbook(
      sheet('S', [[...header, ''], row(1, '张三', '13800138000'), row(2, '李四', '1380013800')], merged),
    );
    expect(findingsOf('phone-invalid', grid)).toEqual([['phone-invalid', 'S', 3, 'F', 'warning']]);
  });
});

describe('a two-row header whose upper cells are not merged', () => {
  const data = (i: number): TestCell[] => [
    i,
    `测试单位${i}科技有限公司`,
    validUscc(i),
    `项目${i}`,
    '智能传感器',
  ];

  test.each<
    [string, TestCell[][], { headerRow: number; firstDataRow: number; columns: Record<string, string> }]
  >([
    [
      '联系人 over 姓名, 电话 under the blank beside it',
      [
        ['推荐单位（盖章）：深圳市工业和信息化局'],
        ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '联系人', ''],
        ['', '', '', '', '', '姓名', '电话'],
        [...data(1), '张三', '13912345678'],
        [...data(2), '李四', '13812345678'],
      ],
      { headerRow: 2, firstDataRow: 4, columns: { contact: 'F', phone: 'G' } },
    ],
    [
      '申报单位信息 over 名称 | 统一社会信用代码, 项目信息 over 项目名称 | 揭榜方向',
      [
        ['序号', '申报单位信息', '', '项目信息', '', '联系人', ''],
        ['', '名称', '统一社会信用代码', '项目名称', '揭榜方向', '姓名', '手机'],
        [...data(1), '张三', '13912345678'],
        [...data(2), '李四', '13812345678'],
      ],
      {
        headerRow: 1,
        firstDataRow: 3,
        columns: { seq: 'A', unit: 'B', uscc: 'C', project: 'D', direction: 'E', contact: 'F', phone: 'G' },
      },
    ],
  ])('is read as one header: %s', (_, rows, expected) => {
    const report = checkGrid(workbook(sheet('S', rows))).sheets[0];
    expect(report).toMatchObject({ ...expected, rows: 2 });
  });

  test.each<[string, TestCell[][], number]>([
    [
      'a one-row header with an unnamed column, then a project',
      [
        ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', ''],
        [...data(1), '备注'],
        [...data(2), ''],
      ],
      1,
    ],
    [
      'a 推荐单位 label without a colon, its name beside it, above a one-row header',
      [
        ['推荐单位', '深圳市工业和信息化局'],
        ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向'],
        data(1),
        data(2),
      ],
      2,
    ],
    [
      'a line of labels and values above a one-row header',
      [
        ['联系人：', '王五', '联系电话：', '0755-86001234'],
        ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '是否推荐'],
        [...data(1), '是'],
        [...data(2), '是'],
      ],
      2,
    ],
  ])('is not taken for %s', (_, rows, headerRow) => {
    const report = checkGrid(workbook(sheet('S', rows))).sheets[0];
    expect(report).toMatchObject({ headerRow, firstDataRow: headerRow + 1, rows: 2 });
  });
});
