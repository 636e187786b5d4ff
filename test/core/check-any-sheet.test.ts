import fc from 'fast-check';
import { check } from '../../src/core/check';
import { columnNumber } from '../../src/core/column-letter';
import type { CellValue, GridCell, SheetGrid, WorkbookGrid } from '../../src/core/grid';
import { defaultProfile } from '../../src/core/profile';
import { RULE_IDS } from '../../src/core/finding';
import { renderFinding } from '../../src/i18n';
import { parseWinners } from '../../src/core/winners/winners-list';
import { validUscc } from '../helpers/uscc';
import { listOf } from '../helpers/lists';

/**
 * Sheets as officers' workbooks hold them, at random: header words of the reference anywhere, titles, units, codes,
 * directions, phones, ranks, footers, notes, error values, dates and numbers, merges and hidden rows. Whatever comes,
 * a check must end in a result or one of its failures, never in an exception, and what it reports must point at
 * cells that exist.
 */
const WORDS = [
  '序号',
  '申报单位',
  '单位名称',
  '统一社会信用代码',
  '项目名称',
  '揭榜方向',
  '所属类别',
  '推荐单位',
  '联系人',
  '联系电话',
  '是否推荐',
  '推荐排序',
  '联合申报单位',
  '推荐单位（盖章）：深圳市工业和信息化局',
  '广东省2021年人工智能产业创新任务揭榜挂帅项目推荐汇总表',
  '星河智算科技有限公司',
  '星河智算科技有限公司深圳分公司',
  '甲大学计算机学院',
  '乙科技有限公司、丙大学',
  'XX科技有限公司',
  '示例',
  '同上',
  '〃',
  '高精度MEMS智能传感器研发及产业化',
  '高精度MEMS智能传感器研发与产业化',
  '城市级视觉大模型平台',
  '智能传感器',
  '机器翻译系统',
  '核心基础',
  '重点产品-智能传感器',
  '智能传感器方向',
  '13912345678',
  '83606658',
  '是',
  '否',
  '√',
  '第1',
  '三',
  '合计',
  '注：每个主体申报不超过3个项目',
  '填报人：王华',
  '以下空白',
  '福田区工业和信息化局',
  '南山区工信局',
  '中国电子科技集团有限公司',
  '',
];

const value: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 12 },
  { arbitrary: fc.integer({ min: 1, max: 40 }).map((n) => validUscc(n)), weight: 3 },
  { arbitrary: fc.integer({ min: -5, max: 30 }), weight: 3 },
  { arbitrary: fc.constant(9.11201e17), weight: 1 },
  { arbitrary: fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }), weight: 1 },
  { arbitrary: fc.constant({ date: '2021-11-15' }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
);

const cell: fc.Arbitrary<GridCell | undefined> = fc.option(
  value.map((v) => ({
    value: v,
    text: typeof v === 'object' && v !== null ? ('error' in v ? v.error : v.date) : String(v),
  })),
  { freq: 4 },
);

const WIDTH = 9;

const sheetGrid = (name: string): fc.Arbitrary<SheetGrid> =>
  fc
    .record({
      rows: fc.array(fc.array(cell, { maxLength: WIDTH }), { maxLength: 30 }),
      merge: fc.option(
        fc.record({ top: fc.integer({ min: 1, max: 20 }), left: fc.integer({ min: 1, max: WIDTH }) }),
      ),
      hiddenRows: fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 3 }),
      visibility: fc.constantFrom('visible', 'hidden', 'veryHidden') as fc.Arbitrary<SheetGrid['visibility']>,
    })
    .map(({ rows, merge, hiddenRows, visibility }) => ({
      name,
      visibility,
      rows,
      merges: merge ? [{ ...merge, bottom: merge.top + 2, right: merge.left }] : [],
      hiddenRows,
      hiddenColumns: [],
    }));

/** The notice's fields as a header names them, and what their cells hold, few enough to repeat. */
const FIELDS: [header: string, values: CellValue[]][] = [
  ['序号', [1, 2, 3, '示例']],
  ['申报单位', ['星河智算科技有限公司', '云帆科技有限公司', '甲大学', '乙科技有限公司深圳分公司']],
  ['统一社会信用代码', [validUscc(1), validUscc(2), validUscc(3), '91440300MA5FXXXX', 9.11201e17, '']],
  [
    '项目名称',
    ['城市级视觉大模型平台', '城市级视觉大模型平台（二期）', '多语种机器翻译系统', '端侧推断框架', ''],
  ],
  ['揭榜方向', ['智能传感器', '机器翻译系统', '智能传感器方向', '人工智能芯片', '核心基础']],
  ['所属类别', ['核心基础', '重点产品', '公共支撑']],
  ['联系电话', ['13912345678', '83606658', 13912345678, '0755-8888']],
  ['推荐单位', ['深圳市工业和信息化局', '福田区工业和信息化局', '南山区工信局', '中国电子科技集团有限公司']],
  ['是否推荐', ['是', '否', '√', '']],
];

const fieldCell = (v: CellValue): GridCell | undefined =>
  v === '' ? undefined : { value: v, text: String(v) };

/**
 * A sheet under a header of some of the notice's fields in an order of its own, with project rows of their values
 * before the random rows, so that most generated sheets hold a table whose units, titles and recommenders repeat.
 */
const tableSheet = (name: string): fc.Arbitrary<SheetGrid> =>
  fc
    .tuple(
      sheetGrid(name),
      fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8], { minLength: 3 }),
      fc.array(fc.array(fc.nat(), { minLength: FIELDS.length, maxLength: FIELDS.length }), { maxLength: 25 }),
    )
    .map(([random, fields, picks]) => {
      const header = fields.map((f) => fieldCell(FIELDS[f]![0]));
      const projects = picks.map((pick) =>
        fields.map((f) => fieldCell(FIELDS[f]![1][pick[f]! % FIELDS[f]![1].length]!)),
      );
      return { ...random, rows: [header, ...projects, ...random.rows] };
    });

const workbookGrid: fc.Arbitrary<WorkbookGrid> = fc
  .tuple(tableSheet('南山区'), sheetGrid('福田区'))
  .map((sheets) => ({ sheets }));

/** A previous winners list naming some of the generated units and titles. */
const winners = listOf(
  parseWinners(
    {
      sheets: [
        {
          name: '优胜',
          visibility: 'visible',
          rows: [
            ['项目名称', '申报单位'],
            ['城市级视觉大模型平台', '星河智算科技有限公司'],
            ['端侧推断框架', '丙科技有限公司'],
            ['', '甲大学'],
          ].map((row) => row.map(fieldCell)),
          merges: [],
          hiddenRows: [],
          hiddenColumns: [],
        },
      ],
    },
    defaultProfile(),
  ),
);

describe('check, on any sheet', () => {
  test('ends in a result or a failure, never an exception, and reports only cells that exist', () => {
    const profile = defaultProfile();
    fc.assert(
      fc.property(workbookGrid, (grid) => {
        const outcome = check(grid, { profile, winners });
        if (!outcome.ok) {
          expect(['no-table', 'sheet-not-found', 'formulas-not-calculated']).toContain(outcome.failure);
          return;
        }
        const { findings, stats } = outcome.result;
        const rowsOf = new Map(grid.sheets.map((sheet) => [sheet.name, sheet.rows.length]));
        for (const finding of findings) {
          expect(RULE_IDS).toContain(finding.rule);
          expect(finding.row).toBeGreaterThanOrEqual(1);
          expect(finding.row).toBeLessThanOrEqual(rowsOf.get(finding.sheet)!);
          if (finding.column !== null) expect(columnNumber(finding.column)).toBeLessThanOrEqual(WIDTH);
          for (const ref of finding.related ?? [])
            expect(ref.row).toBeLessThanOrEqual(rowsOf.get(ref.sheet)!);
          expect(renderFinding(finding, 'zh-CN')).not.toMatch(/undefined|NaN|\[object/u);
          expect(renderFinding(finding, 'en-US')).not.toMatch(/undefined|NaN|\[object/u);
        }
        expect(stats.errors + stats.warnings).toBe(findings.length);
      }),
      { numRuns: 300 },
    );
  });
});
