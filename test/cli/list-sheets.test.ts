import type ExcelJS from 'exceljs';
import { useTempDir } from '../helpers/cli-inputs';
import { expectChineseFailure } from '../helpers/cli-failure';
import { spawnCli, type CliRun } from '../helpers/spawn-cli';
import { validUscc } from '../helpers/uscc';
import { xlsxBytes } from '../helpers/xlsx';

/**
 * The previous winners list and the guide's direction list kept as sheets (reference §1 and §4), in the workbook
 * that is checked or in the file given with --winners / --directions, on real .xlsx files.
 */

interface Report {
  winnersList?: {
    winners: number;
    titled: number;
    unreadHeaders?: string[];
    source: string;
    sheets?: string[];
  };
  directionList: {
    complete: boolean;
    count: number;
    uncategorised?: string[];
    source: string;
    sheets?: string[];
  };
  sheets: { name: string }[];
  skippedSheets: { name: string; reason: string; used?: boolean }[];
  findings: { rule: string; sheet: string; row: number; column: string | null; severity: string }[];
}

const tmp = useTempDir();

/** Sheet1: a Beijing recommendation table under its title and 推荐单位 line, its projects on rows 4 to 6. */
function addRecommendations(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(['北京市2021年人工智能产业创新任务揭榜挂帅项目推荐汇总表']);
  sheet.addRow(['推荐单位（盖章）：北京市经济和信息化局']);
  sheet.addRow(['序号', '申报单位', '统一社会信用代码', '项目名称', '所属类别', '揭榜方向', '联系电话']);
  const rows = [
    ['甲科技有限公司', '面向数据中心的高能效训练芯片', '核心基础', '高性能云端人工智能芯片'],
    ['乙科技有限公司', '面向车载场景的端侧推断框架', '核心基础', '终端人工智能推断框架'],
    ['丙科技有限公司', '跨境电商机器翻译', '重点产品', '机器翻译平台'],
  ];
  rows.forEach(([unit, project, category, direction], i) =>
    sheet.addRow([i + 1, unit, validUscc(i + 1), project, category, direction, '13912345678']),
  );
}

/** A previous winners list: 甲's project, and 乙 with another project. */
function addWinners(workbook: ExcelJS.Workbook, name: string): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(['序号', '揭榜方向', '项目名称', '申报单位', '推荐单位']);
  sheet.addRow([
    1,
    '高性能云端人工智能芯片',
    '面向数据中心的高能效训练芯片',
    '甲科技有限公司',
    '北京市经济和信息化局',
  ]);
  sheet.addRow([
    2,
    '终端人工智能推断框架',
    '灵犀端侧语音识别推断框架',
    '乙科技有限公司',
    '北京市经济和信息化局',
  ]);
}

/** The guide's 18 directions: the notice's six and twelve more. */
function addDirections(workbook: ExcelJS.Workbook, name: string): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(['所属类别', '揭榜方向']);
  for (const direction of ['高性能云端人工智能芯片', '高性能边缘端/终端计算人工智能芯片', '智能传感器'])
    sheet.addRow(['核心基础', direction]);
  sheet.addRow(['核心基础', '终端人工智能推断框架']);
  sheet.addRow(['重点产品', '机器翻译系统']);
  sheet.addRow(['公共支撑', '人工智能训练资源库']);
  for (let i = 1; i <= 12; i++) sheet.addRow(['公共支撑', `指南方向${i}`]);
}

async function write(name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  return tmp.current().write(name, await xlsxBytes(build));
}

function reportOf(run: CliRun): Report {
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Report;
}

const tuples = (report: Report) => report.findings.map((f) => [f.rule, f.sheet, f.row, f.column, f.severity]);

/** What the lists find in Sheet1: 甲's project won before, 乙 won with another, 丙's direction is not the guide's. */
const FOUND_WITH_BOTH_LISTS = [
  ['previous-winner', 'Sheet1', 4, 'D', 'error'],
  ['previous-winner-unit', 'Sheet1', 5, 'B', 'warning'],
  ['direction-unknown', 'Sheet1', 6, 'F', 'error'],
];

describe('lists kept as sheets of the workbook checked', () => {
  test('are the lists, and no data', async () => {
    const file = await write('推荐汇总表.xlsx', (workbook) => {
      addRecommendations(workbook);
      addWinners(workbook, '前期揭榜优胜项目');
      addDirections(workbook, '揭榜方向');
    });
    const run = spawnCli([file, '--json']);
    const report = reportOf(run);
    expect(run.status).toBe(1);
    expect(tuples(report)).toEqual(FOUND_WITH_BOTH_LISTS);
    expect(report.sheets.map(({ name }) => name)).toEqual(['Sheet1']);
    expect(report.skippedSheets).toEqual([
      { name: '前期揭榜优胜项目', reason: 'winners-list', used: true },
      { name: '揭榜方向', reason: 'direction-list', used: true },
    ]);
    expect(report.winnersList).toEqual({
      winners: 2,
      titled: 2,
      source: 'sheet',
      sheets: ['前期揭榜优胜项目'],
    });
    expect(report.directionList).toMatchObject({
      complete: true,
      count: 18,
      source: 'sheet',
      sheets: ['揭榜方向'],
    });
  });

  test('are named in the report for people, with what they were used for', async () => {
    const file = await write('推荐汇总表.xlsx', (workbook) => {
      addRecommendations(workbook);
      addWinners(workbook, '前期揭榜优胜项目');
    });
    const zh = spawnCli([file]).stdout;
    expect(zh).toContain('前期揭榜优胜项目：前期揭榜优胜项目名单，不作为推荐表检查，已用它核对前期优胜项目');
    expect(zh).toContain('前期揭榜优胜项目名单（取自工作表“前期揭榜优胜项目”）：2 个项目。');
    const en = spawnCli([file, '--lang', 'en-US']).stdout;
    expect(en).toContain(
      '前期揭榜优胜项目: previous winners list, not checked as recommendations; used to find previous winners',
    );
  });
});

describe('sheets whose name alone would make them lists', () => {
  test('are read for what they hold: 优胜推荐 as data, 类别 | 序号 | 揭榜方向 as the list; a winners list alone stops the check', async () => {
    const file = await write('推荐汇总表.xlsx', (workbook) => {
      addRecommendations(workbook);
      const pushed = workbook.addWorksheet('优胜推荐');
      pushed.addRow(['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '联系电话', '推荐单位']);
      pushed.addRow([
        1,
        '丁科技有限公司',
        validUscc(4),
        '车规级惯性测量单元',
        '智能传感器',
        '13912345678',
        '北京市经济和信息化局',
      ]);
      addDirections(workbook, '揭榜方向');
      const directions = workbook.getWorksheet('揭榜方向')!;
      directions.spliceColumns(2, 0, ['序号', ...Array.from({ length: 18 }, (_, i) => i + 1)]);
    });
    const report = reportOf(spawnCli([file, '--json']));
    expect(report.sheets.map(({ name }) => name)).toEqual(['Sheet1', '优胜推荐']);
    expect(report.winnersList).toBeUndefined();
    expect(report.skippedSheets).toEqual([{ name: '揭榜方向', reason: 'direction-list', used: true }]);
    expect(report.directionList).toMatchObject({ complete: true, count: 18, source: 'sheet' });
    expect(tuples(report)).toEqual([['direction-unknown', 'Sheet1', 6, 'F', 'error']]);

    const winnersOnly = await write('优胜名单.xlsx', (workbook) => addWinners(workbook, '前期揭榜优胜项目'));
    expectChineseFailure(spawnCli([winnersOnly]), [
      '工作表“前期揭榜优胜项目”是前期揭榜优胜项目名单',
      '没有找到推荐表',
    ]);
  });
});

describe('lists kept as sheets that the report has more to say of', () => {
  test('name their sheets beside the headers left unread and the entries under no category', async () => {
    const file = await write('推荐汇总表.xlsx', (workbook) => {
      addRecommendations(workbook);
      const winners = workbook.addWorksheet('前期揭榜优胜项目');
      winners.addRow(['序号', '揭榜方向', '成果名称', '申报单位']);
      winners.addRow([1, '智能传感器', '车规级惯性测量单元', '丁科技有限公司']);
      addDirections(workbook, '揭榜方向');
      workbook.getWorksheet('揭榜方向')!.addRow(['', '揭榜挂帅工作方案']);
    });
    const report = reportOf(spawnCli([file, '--json']));
    expect(report.winnersList).toEqual({
      winners: 1,
      titled: 0,
      unreadHeaders: ['成果名称'],
      source: 'sheet',
      sheets: ['前期揭榜优胜项目'],
    });
    expect(report.directionList).toMatchObject({
      count: 19,
      uncategorised: ['揭榜挂帅工作方案'],
      source: 'sheet',
      sheets: ['揭榜方向'],
    });
    const zh = spawnCli([file]).stdout;
    expect(zh).toContain(
      '前期揭榜优胜名单（取自工作表“前期揭榜优胜项目”）中没有识别出“项目名称”列（未识别的表头：“成果名称”）',
    );
    expect(zh).toContain('揭榜方向清单（取自工作表“揭榜方向”）有 19 个方向');
    expect(zh).toContain('其中“揭榜挂帅工作方案”没有所属类别');
    expect(zh).toContain('请核对该工作表是否为本次申报指南的清单');
  });
});

describe('--winners and --directions naming a workbook with a recommendation table', () => {
  test('read only its list sheets', async () => {
    const checked = await write('推荐汇总表.xlsx', addRecommendations);
    const lists = await write('名单.xlsx', (workbook) => {
      addRecommendations(workbook);
      addWinners(workbook, '前期揭榜优胜项目');
      addDirections(workbook, '揭榜方向清单');
    });
    const report = reportOf(spawnCli([checked, '--winners', lists, '--directions', lists, '--json']));
    expect(tuples(report)).toEqual(FOUND_WITH_BOTH_LISTS);
    expect(report.winnersList).toEqual({ winners: 2, titled: 2, source: 'file' });
    expect(report.directionList).toMatchObject({ complete: true, count: 18, source: 'file' });
  });

  test('take a winners list whose only sheet is Sheet1', async () => {
    const checked = await write('推荐汇总表.xlsx', addRecommendations);
    const winners = await write('优胜名单.xlsx', (workbook) => addWinners(workbook, 'Sheet1'));
    const report = reportOf(spawnCli([checked, '--winners', winners, '--json']));
    expect(tuples(report).filter(([rule]) => String(rule).startsWith('previous'))).toEqual(
      FOUND_WITH_BOTH_LISTS.slice(0, 2),
    );
  });

  test('refuse the workbook checked itself as the winners list, in one sentence', async () => {
    const checked = await write('推荐汇总表.xlsx', addRecommendations);
    expectChineseFailure(spawnCli([checked, '--winners', checked]), [
      '推荐汇总表.xlsx',
      '没有前期揭榜优胜项目名单',
      '前期揭榜优胜项目',
    ]);
  });

  test('refuse the workbook checked itself as the direction list, in one sentence', async () => {
    const checked = await write('推荐汇总表.xlsx', addRecommendations);
    expectChineseFailure(spawnCli([checked, '--sheet', 'Sheet1', '--directions', checked]), [
      '推荐汇总表.xlsx',
      '没有揭榜方向清单',
    ]);
  });
});
