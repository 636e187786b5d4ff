import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { useTempDir } from '../helpers/cli-inputs';
import { HEADER as STANDARD_HEADER } from '../helpers/grid';
import { spawnCli } from '../helpers/spawn-cli';
import { validUscc } from '../helpers/uscc';
import { xlsxBytes } from '../helpers/xlsx';

/**
 * The report sheet and the three summary tabs of a copy say what the JSON report of the same check says, on a
 * workbook with two sheets, three recommenders, joint applicants, hidden rows, rows not chosen in 是否推荐, a
 * direction list and a winners list.
 */

/** The standard header up to 所属类别, then who recommends, the joint units and the choice. */
const HEADER = [...STANDARD_HEADER.slice(0, 6), '推荐单位', '联合申报单位', '是否推荐'];
const DIRECTIONS: [string, string][] = [
  ['智能传感器', '核心基础'],
  ['机器翻译系统', '重点产品'],
  ['人工智能训练资源库', '公共支撑'],
  ['智能语音平台', '重点产品'],
];
const TOPICS = [
  '声学',
  '视觉',
  '语音',
  '遥感',
  '医疗影像',
  '工业质检',
  '电力巡检',
  '农业',
  '金融风控',
  '物流调度',
];

let seq = 0;
function project(unit: number, recommender: string, chosen: boolean, joint = ''): (string | number)[] {
  seq++;
  const [direction, category] = DIRECTIONS[seq % DIRECTIONS.length]!;
  const title = `${TOPICS[seq % TOPICS.length]}${['大模型', '芯片', '数据集'][seq % 3]}第${seq}期${'甲乙丙丁戊'[seq % 5]}`;
  const unitName = `广州市第${unit}智能科技有限公司`;
  return [
    seq,
    unitName,
    validUscc(unit),
    title,
    direction,
    category,
    recommender,
    joint,
    chosen ? '是' : '否',
  ];
}

const workbookBytes = () =>
  xlsxBytes((workbook) => {
    seq = 0;
    const province = workbook.addWorksheet('广东省 推荐');
    province.addRow(['2021年人工智能产业创新任务揭榜挂帅推荐汇总表']);
    province.addRow(HEADER);
    for (let i = 0; i < 17; i++)
      province.addRow(
        project(i < 4 ? 1 : i + 10, '广东省工业和信息化厅', i !== 5, i % 3 === 0 ? '华南理工大学' : ''),
      );
    province.getRow(8).hidden = true;
    for (let i = 0; i < 5; i++)
      province.addRow(
        project(40 + i, '中国人工智能产业发展联盟', true, i === 1 ? '广州市第1智能科技有限公司' : ''),
      );
    const central = workbook.addWorksheet("央企(it's)");
    central.addRow(HEADER);
    for (let i = 0; i < 5; i++) central.addRow(project(60 + (i % 2), '中国电子科技集团有限公司', i !== 4));
    central.getRow(3).hidden = true;
  });

interface JsonReport {
  findings: { rule: string; sheet: string; row: number; column: string | null }[];
  summary: {
    units: {
      unit: string;
      uscc: string;
      projects: number;
      jointRows: number;
      limit: number;
      over: number;
      rows: { row: number }[];
      notChosen: { row: number }[];
    }[];
    directions: { category: string; direction: string; projects: number; rows: number }[];
    recommenders: { cap: number; rows: number; counted: number; over: number }[];
  };
}

/** The rows of a table of ours below its header row, down to the first empty row, as plain values. */
function tableRows(worksheet: ExcelJS.Worksheet, headerRow: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = headerRow + 1; worksheet.getRow(r).cellCount > 0; r++)
    rows.push(
      (worksheet.getRow(r).values as unknown[])
        .slice(1)
        .map((v) => (v && typeof v === 'object' && 'result' in v ? v.result : v)),
    );
  return rows;
}

/** The row of a sheet's table header: the first row whose A cell is the header of the 序号 column. */
function headerRowOf(worksheet: ExcelJS.Worksheet, seqHeader: string): number {
  let row = 1;
  while (worksheet.getCell(row, 1).value !== seqHeader) row++;
  return row;
}

const tmp = useTempDir();

describe('the tabs of a marked copy agree with the JSON report of the same check', () => {
  test.each([
    ['zh-CN', '序号'],
    ['en-US', 'No.'],
  ])('%s', async (lang, seqHeader) => {
    const dir = tmp.current();
    const input = dir.write('推荐表.xlsx', await workbookBytes());
    const directions = dir.write(
      '方向.txt',
      DIRECTIONS.slice(0, 3)
        .map(([d, c]) => `${c}\t${d}`)
        .join('\n'),
    );
    const winners = dir.write('优胜.csv', '项目名称,申报单位\n语音数据集第2期丙,广州市第1智能科技有限公司\n');
    const copy = dir.file('copy.xlsx');
    const run = spawnCli([
      input,
      '--directions',
      directions,
      '--winners',
      winners,
      '--lang',
      lang,
      '--json',
      '--out',
      copy,
    ]);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    const { summary } = report;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(copy) as unknown as ExcelJS.Buffer);
    const tab = (name: string) =>
      tableRows(workbook.getWorksheet(name)!, headerRowOf(workbook.getWorksheet(name)!, seqHeader));

    // The workbook exercises what it means to.
    expect(new Set(report.findings.map((f) => f.rule))).toEqual(
      new Set([
        'unit-over-limit',
        'quota-exceeded',
        'previous-winner',
        'previous-winner-unit',
        'direction-unknown',
      ]),
    );
    expect(summary.recommenders).toHaveLength(3);
    expect(summary.units.some((unit) => unit.jointRows > 0)).toBe(true);

    expect(tab('校验报告').map((row) => [row[2], row[4], row[5], row[6] || null])).toEqual(
      report.findings.map((f) => [f.rule, f.sheet, f.row, f.column]),
    );
    expect(tab('汇总-按单位').map((row) => [row[1], row[2] ?? '', row[3], row[4], row[5], row[6]])).toEqual(
      summary.units.map((u) => [u.unit, u.uscc, u.projects, u.jointRows, u.limit, u.over]),
    );
    // Rows not chosen are named in 所在行, apart from the counted ones, however few they are.
    const unitRows = tab('汇总-按单位').map((row) => String(row[7] ?? ''));
    summary.units.forEach((u, i) => {
      const numbers = (unitRows[i]!.match(/\d+/gu) ?? []).map(Number);
      for (const { row } of [...u.rows, ...u.notChosen]) expect(numbers).toContain(row);
    });
    expect(summary.units.some((u) => u.projects === 0 && u.notChosen.length > 0)).toBe(true);

    // The tabs count the same rows: those chosen where 是否推荐 decides, and every row in a column of its own.
    const sum = (counts: number[]) => counts.reduce((total, n) => total + n, 0);
    const counted = sum(summary.recommenders.map((r) => r.counted));
    const allRows = sum(summary.recommenders.map((r) => r.rows));
    expect(counted).toBeLessThan(allRows);
    expect(sum(summary.units.map((u) => u.projects))).toBe(counted);
    const directionRows = tab('汇总-按方向');
    const total = directionRows.pop()!;
    expect(directionRows.map((row) => [row[1], row[2], row[3], row[4]])).toEqual(
      summary.directions.map((d) => [d.category, d.direction, d.projects, d.rows]),
    );
    expect([total[3], total[4]]).toEqual([counted, allRows]);
    expect(tab('汇总-按推荐单位').map((row) => [row[4], row[5], row[6], row[7]])).toEqual(
      summary.recommenders.map((r) => [r.cap, r.rows, r.counted, r.over]),
    );
  });
});

describe('the tabs add up to every counted row, rows that name no direction or no unit too', () => {
  /** A row of 序号, 申报单位, 统一社会信用代码, 项目名称, 揭榜方向 (when the sheet has the column) and 是否推荐. */
  const rows: [string, string, string, string][] = [
    ['宁波甲科技有限公司', validUscc(1), '智能传感器', '是'],
    ['', validUscc(2), '', '是'],
    ['', '', '', '是'],
    ['宁波丁科技有限公司', validUscc(4), '机器翻译系统', '否'],
  ];
  test.each([
    ['with some directions blank', true],
    ['without a direction column', false],
  ])('%s', async (_, directionColumn) => {
    const dir = tmp.current();
    const input = dir.write(
      '推荐表.xlsx',
      await xlsxBytes((workbook) => {
        const sheet = workbook.addWorksheet('宁波市');
        sheet.addRow(['推荐单位（盖章）：宁波市经济和信息化局']);
        sheet.addRow([
          '序号',
          '申报单位',
          '统一社会信用代码',
          '项目名称',
          ...(directionColumn ? ['揭榜方向'] : []),
          '是否推荐',
        ]);
        rows.forEach(([unit, code, direction, choice], i) =>
          sheet.addRow([i + 1, unit, code, `项目${i + 1}`, ...(directionColumn ? [direction] : []), choice]),
        );
      }),
    );
    const copy = dir.file('copy.xlsx');
    expect(spawnCli([input, '--out', copy]).status).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(copy) as unknown as ExcelJS.Buffer);
    const tab = (name: string) =>
      tableRows(workbook.getWorksheet(name)!, headerRowOf(workbook.getWorksheet(name)!, '序号'));

    const [recommender] = tab('汇总-按推荐单位');
    expect([recommender![5], recommender![6]]).toEqual([4, 3]);
    const units = tab('汇总-按单位');
    expect(units.map((row) => [row[1], row[2] ?? '', row[3]])).toEqual([
      ['宁波甲科技有限公司', validUscc(1), 1],
      ['（未填写）', validUscc(2), 1],
      ['宁波丁科技有限公司', validUscc(4), 0],
      ['（未填写申报单位）', '', 1],
    ]);
    const directions = tab('汇总-按方向');
    const total = directions.pop()!;
    expect([total[3], total[4]]).toEqual([3, 4]);
    expect(directions.at(-1)!.slice(2, 5)).toEqual([
      '（未填写揭榜方向）',
      directionColumn ? 2 : 3,
      directionColumn ? 2 : 4,
    ]);
  });
});
