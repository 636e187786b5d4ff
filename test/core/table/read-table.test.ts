import { check } from '../../../src/core/check';
import { OUR_SIGNATURE } from '../../../src/core/our-sheets';
import { defaultProfile } from '../../../src/core/profile';
import type { MergeRange } from '../../../src/core/grid';
import { checkGrid } from '../../helpers/findings';
import { HEADER, sheet, workbook, type TestCell } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

const A = validUscc(1);
const B = validUscc(2);

/** A government layout: title, blank, 推荐单位 line, a two-row header, merged unit cells, a hidden row, footers. */
const government = sheet(
  '南山区',
  [
    ['深圳市2021年人工智能产业创新任务揭榜挂帅项目推荐汇总表'],
    [],
    ['推荐单位（盖章）：深圳市南山区工业和信息化局', '', '', '', '填报日期：2021年11月16日'],
    ['序号', '*申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '联系人', '', '是否推荐'],
    ['', '', '', '', '', '姓名', '联系电话', ''],
    ['1', '2', '3', '4', '5', '6', '7', '8'],
    [1, '星河智算', A, '云端芯片研发', '高性能云端人工智能芯片', '张三', '13912345678', '是'],
    [2, undefined, undefined, '边缘芯片研发', '智能传感器', '李四', '0755-86001234', '是'],
    [],
    [3, '云帆科技', B, '翻译系统', '机器翻译系统', '王五', '13812345678', '否'],
    ['合计', '3 项'],
    ['填报人：赵六', '', '', '审核人：钱七'],
    ['注：本表一式五份。'],
    [4, '不应读到', validUscc(3), '表尾之后', '智能传感器'],
  ],
  {
    merges: [
      { top: 1, left: 1, bottom: 1, right: 8 },
      { top: 4, left: 1, bottom: 5, right: 1 },
      { top: 4, left: 2, bottom: 5, right: 2 },
      { top: 4, left: 3, bottom: 5, right: 3 },
      { top: 4, left: 4, bottom: 5, right: 4 },
      { top: 4, left: 5, bottom: 5, right: 5 },
      { top: 4, left: 6, bottom: 4, right: 7 },
      { top: 4, left: 8, bottom: 5, right: 8 },
      { top: 7, left: 2, bottom: 8, right: 2 },
      { top: 7, left: 3, bottom: 8, right: 3 },
    ],
    hiddenRows: [10],
  },
);

describe('reading a table', () => {
  const result = checkGrid(
    workbook(sheet('填表说明', [['填表说明'], ['1. 每个主体申报不超过3个项目。']]), government),
  );

  test('finds a merged two-row header and maps 联系人 over 姓名 | 联系电话', () => {
    expect(result.sheets[0]).toMatchObject({
      name: '南山区',
      headerRow: 4,
      firstDataRow: 7,
      lastDataRow: 10,
      rows: 3,
      hiddenRows: 1,
      columns: {
        seq: 'A',
        unit: 'B',
        uscc: 'C',
        project: 'D',
        direction: 'E',
        contact: 'F',
        phone: 'G',
        choice: 'H',
      },
      recommenderLine: '深圳市南山区工业和信息化局',
      title: '深圳市2021年人工智能产业创新任务揭榜挂帅项目推荐汇总表',
    });
  });

  test('reads no row below the 填报人 line, and names the one there that reads as a project', () => {
    expect(result.sheets[0]!.projectsBelowEnd).toEqual({ endRow: 12, rows: [14] });
  });

  test('gives a table without projects, beside one with, the row after its header and the header’s last row', () => {
    const empty = sheet(
      '福田区',
      government.rows.slice(0, 5).map((row) => row.map((cell) => cell?.value)),
      {
        merges: government.merges.filter((merge) => merge.bottom <= 5),
      },
    );
    const sheets = checkGrid(workbook(government, empty)).sheets;
    expect(
      sheets.map(({ name, headerRow, firstDataRow, lastDataRow, rows }) => [
        name,
        headerRow,
        firstDataRow,
        lastDataRow,
        rows,
      ]),
    ).toEqual([
      ['南山区', 4, 7, 10, 3],
      ['福田区', 4, 6, 5, 0],
    ]);
  });

  test('skips a sheet without a table and names it', () => {
    expect(result.skippedSheets).toEqual([{ name: '填表说明', reason: 'no-table' }]);
  });

  test('spreads a merged unit cell to every row it covers', () => {
    expect(result.findings.filter((f) => f.rule === 'required-missing')).toEqual([]);
    expect(result.summary.units.find((u) => u.unit === '星河智算')?.rows).toEqual([
      { sheet: '南山区', row: 7 },
      { sheet: '南山区', row: 8 },
    ]);
  });

  describe('a 同上 cell, which repeats the row above', () => {
    const ditto = (rows: (string | number)[][]) =>
      checkGrid(
        workbook(sheet('S', [['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向'], ...rows])),
      );

    test.each(['同上', '同上。', '〃', '同 上'])(
      'as %s, joins the unit above and its credit code',
      (word) => {
        const result = ditto([
          [1, '星河智算', A, '云端芯片研发', '智能传感器'],
          [2, word, word, '边缘芯片研发', '智能传感器'],
          [3, word, word, '端侧推断框架', '智能传感器'],
          [4, word, word, '训练资源库', '智能传感器'],
        ]);
        expect(result.summary.units.map((u) => [u.unit, u.rows.length])).toEqual([['星河智算', 4]]);
        expect(result.findings.filter((f) => f.rule === 'unit-over-limit').map((f) => f.row)).toEqual([
          2, 3, 4, 5,
        ]);
        expect(result.findings.filter((f) => f.rule.startsWith('uscc'))).toEqual([]);
      },
    );

    test('is marked where the value it repeats is written: past 同上 after 同上, and on a merge’s top cell', () => {
      const grid = workbook(
        sheet(
          'S',
          [
            ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向'],
            [1, '星河智算', A, '云端芯片研发', '智能传感器'],
            [2, '', '', '边缘芯片研发', '智能传感器'],
            [3, '同上', '同上', '端侧推断框架', '智能传感器'],
            [4, '同上', B, '训练资源库', '智能传感器'],
          ],
          {
            merges: [
              { top: 2, left: 2, bottom: 3, right: 2 },
              { top: 2, left: 3, bottom: 3, right: 3 },
            ],
          },
        ),
      );
      expect(checkGrid(grid).copiedCells).toEqual([
        { sheet: 'S', row: 4, column: 'B', fromRow: 2 },
        { sheet: 'S', row: 4, column: 'C', fromRow: 2 },
        { sheet: 'S', row: 5, column: 'B', fromRow: 2 },
      ]);
    });

    test('is itself in the first row, where nothing is above it', () => {
      const result = ditto([
        [1, '同上', '', '云端芯片研发', '智能传感器'],
        [2, '云帆科技', B, '翻译系统', '机器翻译系统'],
      ]);
      expect(result.summary.units.map((u) => u.unit)).toEqual(['同上', '云帆科技']);
    });

    test('is no unit whose name only starts with 同上', () => {
      const result = ditto([
        [1, '星河智算', A, '云端芯片研发', '智能传感器'],
        [2, '同上科技有限公司', B, '边缘芯片研发', '智能传感器'],
      ]);
      expect(result.summary.units.map((u) => u.unit)).toEqual(['星河智算', '同上科技有限公司']);
    });
  });

  test('checks hidden rows and says they are hidden', () => {
    const hidden = checkGrid(
      workbook({
        ...government,
        rows: government.rows.map((row, i) =>
          i === 9 ? row.map((c, j) => (j === 6 && c ? { ...c, text: '123' } : c)) : row,
        ),
      }),
    ).findings.find((f) => f.rule === 'phone-invalid');
    expect(hidden).toMatchObject({ row: 10, hidden: true });
  });

  test('reads the recommender from the 推荐单位 line', () => {
    expect(result.summary.recommenders).toMatchObject([
      {
        name: '深圳市南山区工业和信息化局',
        nameFrom: 'line',
        type: 'planned-city',
        cap: 5,
        counted: 2,
        rows: 3,
      },
    ]);
  });

  test('stops at the 填报人 footer and skips 合计', () => {
    expect(result.stats.rows).toBe(3);
  });

  test.each([
    [['共计', '', '', '1 项'], 1],
    // An Excel table's totals row, which Chinese Excel labels 汇总, with the SUBTOTAL's count under 项目名称.
    [['汇总', '', '', 1], 1],
    [['', '以下空白'], 1],
    [['', '', '', '以下无正文。'], 1],
    [['', '（以下空白）'], 1],
    [['', '填表说明：1.每个单位不超过3项；2.按推荐顺序填写。'], 1],
    [['', '审核：张三'], 1],
    [['', '单位（盖章）：'], 1],
    [['', '', '', '日期：2021年11月'], 1],
    [['制表人：李四', '', '', '联系电话：0574-87654321'], 0],
    [['联系人：李四', '', '', '0574-87654321'], 0],
    [['填报日期：2021年11月16日'], 0],
    [['经办人：王五'], 0],
    // A note's label alone in its cell, the notes beside it, and a signature line that a leader opens.
    [['注', '1.申报单位须具备独立法人资格；'], 0],
    [['注'], 0],
    [['备注', '本表由区工信局汇总，共5项。'], 0],
    [['填表说明', '1.揭榜方向须从18个细化方向中选择。'], 0],
    [['', '主管领导：张三', '', '填报人：李四', '日期：2021.11.16'], 0],
    [['', '项目负责人：王五', '', '13912345678'], 0],
    [['复核人：李四'], 0],
  ])('skips the footer %j, and reads what follows it only after a total (%d)', (footer, after) => {
    const rows = checkGrid(
      workbook(
        sheet('S', [
          ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向'],
          [1, '星河智算', A, '云端芯片研发', '智能传感器'],
          footer,
          [2, '云帆科技', B, '翻译系统', '机器翻译系统'],
        ]),
      ),
    ).stats.rows;
    expect(rows).toBe(1 + after);
  });

  test.each([
    [['填报人：李四', '', '', '联系电话：0757-12345678']],
    [['推荐单位（盖章）：佛山市工业和信息化局']],
    [['注：本表一式两份。']],
  ])('reads on below the footer %j where a header of the same words starts the next block', (footer) => {
    const header = ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向'];
    const result = checkGrid(
      workbook(
        sheet('S', [
          header,
          [1, '星河智算', A, '云端芯片研发', '智能传感器'],
          [],
          footer,
          ['南海区'],
          header,
          [1, '云帆科技', B, '翻译系统', '机器翻译系统'],
          ['填报人：王五'],
          [2, '不应读到', validUscc(3), '表尾之后', '智能传感器'],
        ]),
      ),
    );
    expect(result.stats.rows).toBe(2);
    expect(result.sheets[0]!.lastDataRow).toBe(7);
  });

  test('reads no signature lines of header words alone below the footer as the next block', () => {
    const header = ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '联系人', '联系电话'];
    const rows = checkGrid(
      workbook(
        sheet('S', [
          header,
          [1, '星河智算', A, '云端芯片研发', '智能传感器', '张三', '13912345678'],
          ['填报人：李四'],
          ['联系人', '联系电话'],
          ['王五', '13812345678'],
        ]),
      ),
    ).stats.rows;
    expect(rows).toBe(1);
  });

  test('tells a footer word that a profile writes in digits on a row that opens with its 序号, as any footer word', () => {
    const base = defaultProfile();
    const rowsWith = (footerWords: string[]) => {
      const outcome = check(
        workbook(
          sheet('S', [
            ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向'],
            [1, '星河智算', A, '云端芯片研发', '智能传感器'],
            ['99', '共 1 项'],
            [2, '云帆科技', B, '翻译系统', '机器翻译系统'],
          ]),
        ),
        { profile: { ...base, footerWords } },
      );
      return outcome.ok ? outcome.result.stats.rows : -1;
    };
    expect(rowsWith(base.footerWords)).toBe(3);
    expect(rowsWith([...base.footerWords, '99'])).toBe(2);
  });

  test.each(['汇总科技有限公司', '合计科技（北京）有限公司', '总计算科技有限公司', '共计智能有限公司'])(
    'reads a unit whose name starts with a footer word, %s, as a project, numbered or not, first in its row or not',
    (unit) => {
      const rows = (table: TestCell[][]) => checkGrid(workbook(sheet('S', table))).stats.rows;
      const header = ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向'];
      expect(
        rows([header, [1, unit, A, '云端芯片研发', '智能传感器'], ['', unit, B, '翻译系统', '机器翻译系统']]),
      ).toBe(2);
      const unitFirst = ['申报单位', '序号', '项目名称', '揭榜方向'];
      expect(
        rows([
          unitFirst,
          [unit, 1, '云端芯片研发', '智能传感器'],
          ['甲科技有限公司', 2, '翻译系统', '机器翻译系统'],
        ]),
      ).toBe(2);
    },
  );
});

describe('formulas that were never calculated', () => {
  const table = (name: string) =>
    sheet(name, [
      ['序号', '申报单位', '项目名称', '揭榜方向'],
      [1, '星河智算', '云端芯片研发', '智能传感器'],
    ]);
  const uncalculated = { row: 2, column: 3 };

  test('in a table, stop the check, naming the sheet and the first such cell', () => {
    const outcome = check(workbook(table('S1'), { ...table('S2'), uncalculated }), {
      profile: defaultProfile(),
    });
    expect(outcome).toEqual({
      ok: false,
      failure: 'formulas-not-calculated',
      values: { sheet: 'S2', cell: 'C2' },
    });
  });

  test.each([
    ['a sheet without a table', { ...sheet('填表说明', [['填表说明']]), uncalculated }, undefined],
    [
      'our own report sheet, whose links hold no result',
      { ...sheet('校验报告', [[`${OUR_SIGNATURE}校验报告`]]), uncalculated },
      undefined,
    ],
    ['a sheet the check was not asked to read', { ...table('Other'), uncalculated }, ['S1']],
  ])('are no matter in %s', (_, other, sheets) => {
    const outcome = check(workbook(table('S1'), other), {
      profile: defaultProfile(),
      ...(sheets ? { sheets } : {}),
    });
    expect(outcome.ok).toBe(true);
  });
});

describe('finding no table', () => {
  test('in a workbook of cover sheets', () => {
    expect(check(workbook(sheet('封面', [['推荐材料'], ['2021年']])), { profile: defaultProfile() })).toEqual(
      { ok: false, failure: 'no-table', values: {} },
    );
  });
});

describe('header detection', () => {
  test('does not take a merged title for the upper row of a header', () => {
    const grid = workbook(
      sheet('S', [['推荐汇总表'], ['申报单位', '项目名称', '揭榜方向'], ['甲', '项目一', '智能传感器']], {
        merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
      }),
    );
    expect(checkGrid(grid).sheets[0]).toMatchObject({
      headerRow: 2,
      firstDataRow: 3,
      columns: { unit: 'A', project: 'B', direction: 'C' },
    });
  });

  test.each([
    ['申报单位名称（盖章）', 'unit'],
    ['项目名称\n（不超过30字）', 'project'],
    ['细化揭榜方向', 'direction'],
    ['统一社会信用代码', 'uscc'],
    ['＊企业名称', 'unit'],
    ['申报主体名称', 'unit'],
    ['社会统一信用代码', 'uscc'],
    ['所属揭榜方向', 'direction'],
  ])('maps the wording %s', (wording, field) => {
    const grid = workbook(
      sheet('S', [
        [wording, '项目名称', '申报单位'],
        ['甲', '乙', '丙'],
      ]),
    );
    expect(checkGrid(grid).sheets[0]?.columns).toMatchObject({ [field]: 'A' });
  });

  test('reads a group header over its columns: 申报单位信息 over 名称 | 统一社会信用代码', () => {
    const grid = workbook(
      sheet(
        'S',
        [
          ['序号', '申报单位信息', '', '项目名称', '揭榜方向'],
          ['', '名称', '统一社会信用代码', '', ''],
          ...[1, 2, 3, 4].map((n) => [n, '星河智算', A, `项目${n}`, '智能传感器']),
        ],
        {
          merges: [
            { top: 1, left: 1, bottom: 2, right: 1 },
            { top: 1, left: 2, bottom: 1, right: 3 },
            { top: 1, left: 4, bottom: 2, right: 4 },
            { top: 1, left: 5, bottom: 2, right: 5 },
          ],
        },
      ),
    );
    const result = checkGrid(grid);
    expect(result.sheets[0]).toMatchObject({
      headerRow: 1,
      firstDataRow: 3,
      columns: { unit: 'B', uscc: 'C' },
    });
    expect(result.findings.filter((f) => f.rule === 'unit-over-limit').map((f) => f.row)).toEqual([
      3, 4, 5, 6,
    ]);
  });

  describe('a header repeated above each block of the table', () => {
    const HEADER = ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向'];

    test('is no project, and the rows of every block are read', () => {
      const result = checkGrid(
        workbook(
          sheet('S', [
            ['一、核心基础'],
            HEADER,
            [1, '星河智算', A, '云端芯片研发', '智能传感器'],
            ['二、重点产品'],
            HEADER,
            [1, '云帆科技', B, '翻译系统', '机器翻译系统'],
          ]),
        ),
      );
      expect(result.stats.rows).toBe(2);
      expect(result.findings).toEqual([]);
    });

    test('of two rows, 联系人 over 姓名 | 联系电话, is no project either', () => {
      const twoRows = [
        [...HEADER, '联系人', ''],
        ['', '', '', '', '', '姓名', '联系电话'],
      ];
      const merges = (top: number) => [
        ...[1, 2, 3, 4, 5].map((column) => ({ top, left: column, bottom: top + 1, right: column })),
        { top, left: 6, bottom: top, right: 7 },
      ];
      const result = checkGrid(
        workbook(
          sheet(
            'S',
            [
              ...twoRows,
              [1, '星河智算', A, '云端芯片研发', '智能传感器', '张三', '13912345678'],
              ...twoRows,
              [2, '云帆科技', B, '翻译系统', '机器翻译系统', '王五', '13812345678'],
            ],
            { merges: [...merges(1), ...merges(4)] },
          ),
        ),
      );
      expect(result.stats.rows).toBe(2);
      expect(result.findings).toEqual([]);
    });

    test('leaves a project whose cells hold a header word beside its own values', () => {
      const result = checkGrid(
        workbook(sheet('S', [HEADER, [1, '星河智算', A, '云端芯片研发', '揭榜方向']])),
      );
      expect(result.stats.rows).toBe(1);
      expect(result.findings.map((f) => [f.rule, f.row])).toEqual([['direction-unknown', 2]]);
    });
  });

  describe('rows between the header and the first project', () => {
    const HEAD = ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '联系电话'];
    const PROJECT = [1, '星河智算', A, '云端芯片研发', '高性能云端人工智能芯片', '13912345678'];
    const read = (...above: (string | number)[][]) =>
      checkGrid(workbook(sheet('S', [HEAD, ...above, PROJECT])));

    test.each([
      [
        'filling hints in brackets',
        ['', '（必填，与营业执照一致）', '（18位）', '（必填）', '（从18个方向中选择）', '(手机)'],
      ],
      ['filling hints as words', ['', '必填', '必填', '必填', '选填']],
      ['two hints only', ['', '【全称】', '', '', '', '（区号-号码）']],
    ])('skips %s, and finds nothing in them', (_, hints) => {
      const result = read(hints);
      expect([result.stats.rows, result.sheets[0]?.firstDataRow, result.findings]).toEqual([1, 3, []]);
    });

    test('skips the columns’ numbers and the hints, in either order', () => {
      const numbers = [1, 2, 3, 4, 5, 6];
      const hints = ['', '（必填）', '（18位）', '（必填）', '（必填）', '（手机）'];
      expect(read(numbers, hints).sheets[0]?.firstDataRow).toBe(4);
      expect(read(hints, numbers).sheets[0]?.firstDataRow).toBe(4);
    });

    test('reads a project whose cells are partly in brackets', () => {
      const row = [1, '（筹）星河智能', '', '云端芯片（一期）', '（待定）', '（手机）'];
      expect(read(row).stats.rows).toBe(2);
    });

    test('reads such a row below a project as a row of the table', () => {
      const hints = ['', '（必填）', '（18位）', '（必填）', '（必填）', '（手机）'];
      const grid = workbook(sheet('S', [HEAD, PROJECT, hints]));
      expect(checkGrid(grid).stats.rows).toBe(2);
    });
  });

  test('reads the title from 项目名称, not from a column of old titles beside it', () => {
    const grid = workbook(
      sheet('S', [
        ['序号', '申报单位', '统一社会信用代码', '项目名称（原）', '项目名称', '揭榜方向'],
        [1, '星河智算', A, '旧名称', '云端芯片研发', '高性能云端人工智能芯片'],
        [2, '星河智算', A, '旧名称', '翻译系统', '机器翻译系统'],
      ]),
    );
    const result = checkGrid(grid);
    expect(result.sheets[0]?.columns.project).toBe('E');
    expect(result.findings.filter((f) => f.rule === 'duplicate-project')).toEqual([]);
  });

  test.each([
    [['', '注塑智能装备有限公司', B, '注塑机视觉检测系统', '智能传感器']],
    [['', '备注科技有限公司', B, '翻译系统', '机器翻译系统']],
    [['', '说明书智能科技有限公司', B, '翻译系统', '机器翻译系统']],
    [['', '', '', '注塑机视觉检测系统', '智能传感器']],
  ])('reads a project whose first text only starts with a note’s word: %j', (row) => {
    const grid = workbook(
      sheet('S', [
        ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向'],
        row,
        [2, '云帆科技', A, '芯片', '智能传感器'],
      ]),
    );
    expect(checkGrid(grid).stats.rows).toBe(2);
  });

  describe('a template row of lookups that found nothing', () => {
    const NA = { error: '#N/A' };
    const rows = (...template: TestCell[][]) =>
      checkGrid(
        workbook(
          sheet('S', [
            [...HEADER],
            [1, '星河智算', A, '云端芯片研发', '智能传感器', '核心基础', '13912345678'],
            ...template,
          ]),
        ),
      );

    test.each([[[2, '', '', '', '', NA, NA]], [[2, NA, NA, NA, NA, NA, NA]], [['', { error: '#REF!' }]]])(
      'is no project when it holds only errors and a 序号: %j',
      (template) => {
        const result = rows(template, [...template]);
        expect(result.stats.rows).toBe(1);
        expect(result.findings).toEqual([]);
      },
    );

    test.each([
      // A project whose direction or unit a lookup failed to fill is still a project, with its fields missing.
      [
        [2, '', '', '边缘芯片研发', NA, NA, ''],
        ['B', 'C', 'E'],
      ],
      [
        [2, NA, B, '', '', NA, ''],
        ['B', 'D', 'E'],
      ],
      [
        [2, '', '', '', '', NA, '13912345678'],
        ['B', 'C', 'D', 'E'],
      ],
    ])('is a project when it holds a value besides: %j', (template, missing) => {
      const result = rows(template);
      expect(result.stats.rows).toBe(2);
      const found = result.findings.filter((f) => f.rule === 'required-missing' && f.row === 3);
      expect(found.map((f) => f.column)).toEqual(missing);
    });
  });

  describe('a table grouped by district, with a row that heads or totals each group', () => {
    const first = [1, '宁波甬芯科技有限公司', A, '云端芯片研发', '智能传感器', '核心基础', '13912345678'];
    const last = [
      2,
      '宁波云帆科技有限公司',
      B,
      '会议同传翻译平台',
      '机器翻译系统',
      '重点产品',
      '13812345678',
    ];
    const read = (row: TestCell[], merges: MergeRange[] = []) =>
      checkGrid(workbook(sheet('S', [[...HEADER], first, row, last], { merges })));
    const acrossTheRow = [{ top: 3, left: 2, bottom: 3, right: 7 }];

    test.each([
      [['', '鄞州区（2项）']],
      [['', '鄞州区']],
      [['', '一、鄞州区']],
      [['', '（二）海曙区', '', '', '', '', '']],
      [['', '鄞州区小计', '', '', '', '', '']],
      [['', '鄞州区小计', '', 2]],
      [['', '鄞州区合计：2项']],
      [['', '核心基础（3项）']],
      [['', '', '', '重点产品（共3项）']],
    ])('is no project: %j', (row) => {
      const result = read(row);
      expect(result.stats.rows).toBe(2);
      expect(result.findings).toEqual([]);
    });

    test.each([['鄞州区'], ['宁波甬芯科技有限公司']])(
      'is no project when merged across the row: %s',
      (label) => {
        const result = read(['', label], acrossTheRow);
        expect(result.stats.rows).toBe(2);
        expect(result.findings).toEqual([]);
      },
    );

    test.each([
      // Numbered, or a unit's or a title's own words: a project's row with its other fields left blank.
      [
        [3, '鄞州区'],
        ['C', 'D', 'E'],
      ],
      [
        ['', '宁波甬芯科技有限公司'],
        ['C', 'D', 'E'],
      ],
      [
        ['', '永辉超市'],
        ['C', 'D', 'E'],
      ],
      [
        ['', '宁波甬芯科技有限公司（2项）'],
        ['C', 'D', 'E'],
      ],
      [
        ['', '', '', '智慧城市'],
        ['B', 'C', 'E'],
      ],
      [
        ['', '', '', '面向联邦学习的联合计算平台'],
        ['B', 'C', 'E'],
      ],
      [
        ['', '', '', '同传系统2.0项目'],
        ['B', 'C', 'E'],
      ],
      [
        ['', '苏州工业园区'],
        ['C', 'D', 'E'],
      ],
      [
        ['', '天津滨海新区'],
        ['C', 'D', 'E'],
      ],
      [[3, '宁波甬芯科技有限公司', A, '', '智能传感器', '核心基础', '13912345678'], ['D']],
    ])('is a project: %j', (row, missing) => {
      const result = read(row);
      expect(result.stats.rows).toBe(3);
      const found = result.findings.filter((f) => f.rule === 'required-missing' && f.row === 3);
      expect(found.map((f) => f.column)).toEqual(missing);
    });
  });

  test('ignores a pre-numbered row that holds only a 序号', () => {
    const grid = workbook(sheet('S', [['序号', '申报单位', '项目名称'], [1, '甲', '项目一'], [2], [3]]));
    expect(checkGrid(grid).stats.rows).toBe(1);
  });
});
