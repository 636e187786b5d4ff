import { check, type CheckResult } from '../../src/core/check';
import { defaultProfile } from '../../src/core/profile';
import { WinnersList } from '../../src/core/winners/winners-list';
import { checkGrid, type FindingTuple } from '../helpers/findings';
import { HEADER, sheet, workbook, type TestCell } from '../helpers/grid';
import { validUscc } from '../helpers/uscc';

/**
 * A recommendation workbook that keeps the previous winners list, or the guide's directions, as a sheet of its own
 * (reference §1: "a workbook, a sheet or a CSV"; §4: "a sheet in the workbook").
 */

/** Every finding of a result as a tuple, in report order. */
const allTuples = (result: CheckResult): FindingTuple[] =>
  result.findings.map((f): FindingTuple => [f.rule, f.sheet, f.row, f.column, f.severity]);

/** A recommendation sheet under its title and 推荐单位 line: its rows from row 4 on. */
function recommendations(name: string, title: string, rows: TestCell[][]) {
  const body = rows.map(([unit, project, direction = '智能传感器', category = '核心基础'], i) => [
    i + 1,
    unit,
    validUscc(i + 1),
    project,
    direction,
    category,
    '13912345678',
  ]);
  return sheet(name, [[title], ['推荐单位（盖章）：北京市经济和信息化局'], HEADER, ...body]);
}

const beijing = recommendations('Sheet1', '北京市2021年人工智能产业创新任务揭榜挂帅项目推荐汇总表', [
  ['甲科技有限公司', '面向数据中心的高能效训练芯片'],
  ['乙科技有限公司', '工业级多维力觉智能传感器'],
  ['丙科技有限公司', '面向车载场景的端侧推断框架'],
  ['丁科技有限公司', '多语种会议同传机器翻译系统', '机器翻译系统', '重点产品'],
]);

const WINNERS: TestCell[][] = [
  ['序号', '揭榜方向', '项目名称', '申报单位', '推荐单位'],
  [1, '高性能云端人工智能芯片', '面向数据中心的高能效训练芯片', '甲科技有限公司', '北京市经济和信息化局'],
  [2, '智能传感器', '工业级多维力觉智能传感器', '苏州衡感智能科技有限公司', '江苏省工业和信息化厅'],
  [3, '终端人工智能推断框架', '灵犀端侧语音识别推断框架', '丙科技有限公司', '北京市经济和信息化局'],
];

const winnersSheet = sheet('前期揭榜优胜项目', [['前期揭榜优胜项目名单'], ...WINNERS]);

/** The guide's 18 directions: the notice's six and twelve more, by category, as a sheet of the workbook. */
const profile = defaultProfile();
const guide = [
  ...profile.directions.map(({ name, category }) => [category ?? '', name]),
  ...Array.from({ length: 12 }, (_, i) => ['公共支撑', `指南方向${i + 1}`]),
];
const directionSheet = (name: string) => sheet(name, [['所属类别', '揭榜方向'], ...guide]);

const THE_WINNERS_FINDINGS: FindingTuple[] = [
  ['previous-winner', 'Sheet1', 4, 'D', 'error'],
  ['previous-winner', 'Sheet1', 5, 'D', 'warning'],
  ['previous-winner-unit', 'Sheet1', 6, 'B', 'warning'],
];

describe('a previous winners list kept as a sheet of the workbook', () => {
  test('is no recommendation table, and is the list the projects are checked against', () => {
    const result = checkGrid(workbook(beijing, winnersSheet));
    expect(allTuples(result)).toEqual(THE_WINNERS_FINDINGS);
    expect(result.sheets.map(({ name }) => name)).toEqual(['Sheet1']);
    expect(result.skippedSheets).toEqual([{ name: '前期揭榜优胜项目', reason: 'winners-list', used: true }]);
    expect(result.winnersList).toEqual({
      winners: 3,
      titled: 3,
      source: 'sheet',
      sheets: ['前期揭榜优胜项目'],
    });
    expect(result.summary.recommenders.map(({ name, counted }) => [name, counted])).toEqual([
      ['北京市经济和信息化局', 4],
    ]);
  });

  test('is found by its title under any sheet name, and before the recommendation sheet', () => {
    const titled = sheet('Sheet2', [['2020年人工智能产业创新重点任务揭榜优胜单位名单'], ...WINNERS]);
    const result = checkGrid(workbook(titled, beijing));
    expect(allTuples(result)).toEqual(THE_WINNERS_FINDINGS);
    expect(result.winnersList).toMatchObject({ source: 'sheet', sheets: ['Sheet2'] });
  });

  test('is still no data when only other sheets are chosen, and still the list', () => {
    const result = checkGrid(workbook(beijing, winnersSheet), { sheets: ['Sheet1'] });
    expect(allTuples(result)).toEqual(THE_WINNERS_FINDINGS);
  });

  test('of no winners, its header alone, is a list of none', () => {
    const result = checkGrid(workbook(beijing, sheet('前期揭榜优胜项目', [WINNERS[0]!])));
    expect(allTuples(result)).toEqual([]);
    expect(result.winnersList).toEqual({
      winners: 0,
      titled: 0,
      source: 'sheet',
      sheets: ['前期揭榜优胜项目'],
    });
  });

  test('whose formulas the file holds no results of stops the check, naming the sheet and a cell', () => {
    const uncalculated = { ...winnersSheet, uncalculated: { row: 3, column: 3 } };
    expect(check(workbook(beijing, uncalculated), { profile })).toEqual({
      ok: false,
      failure: 'formulas-not-calculated',
      values: { sheet: '前期揭榜优胜项目', cell: 'C3' },
    });
  });

  test('gives way to the list the officer gave, and says it was not used', () => {
    const given = new WinnersList([
      { project: '多语种会议同传机器翻译系统', unit: '丁科技有限公司', direction: '' },
    ]);
    const result = checkGrid(workbook(beijing, winnersSheet), { winners: given });
    expect(allTuples(result)).toEqual([['previous-winner', 'Sheet1', 7, 'D', 'error']]);
    expect(result.skippedSheets).toEqual([{ name: '前期揭榜优胜项目', reason: 'winners-list', used: false }]);
    expect(result.winnersList).toEqual({ winners: 1, titled: 1, source: 'file' });
  });
});

describe('a direction list kept as a sheet of the workbook', () => {
  const unknown = recommendations('Sheet1', '北京市2021年推荐汇总表', [
    ['甲科技有限公司', '某平台', '机器翻译平台', '重点产品'],
  ]);

  test.each(['揭榜方向', '方向清单', '揭榜方向清单'])('named %s makes the list complete', (name) => {
    const result = checkGrid(workbook(unknown, directionSheet(name)));
    expect(result.directionList).toEqual({
      complete: true,
      count: 18,
      expected: 18,
      source: 'sheet',
      sheets: [name],
    });
    expect(result.skippedSheets).toEqual([{ name, reason: 'direction-list', used: true }]);
    expect(allTuples(result)).toEqual([['direction-unknown', 'Sheet1', 4, 'E', 'error']]);
  });

  test('gives way to the list the officer gave', () => {
    const given = [{ name: '机器翻译平台', category: '重点产品' }];
    const result = checkGrid(workbook(unknown, directionSheet('揭榜方向')), { directions: given });
    expect(result.directionList).toMatchObject({ complete: false, source: 'file' });
    expect(result.skippedSheets).toEqual([{ name: '揭榜方向', reason: 'direction-list', used: false }]);
    expect(allTuples(result)).toEqual([]);
  });

  test('is no list when it holds projects: a sheet named 揭榜方向 with a project table is data', () => {
    const projects = recommendations('揭榜方向', '2021年推荐汇总表', [['乙科技有限公司', '某芯片']]);
    const result = checkGrid(workbook(unknown, projects));
    expect(result.sheets.map(({ name }) => name)).toEqual(['Sheet1', '揭榜方向']);
    expect(result.directionList).toMatchObject({ complete: false, source: 'profile' });
  });
});

describe('recommendation sheets are still read as data', () => {
  test.each(['推荐项目', '2021年推荐汇总', '推荐汇总（已剔除前期优胜项目）'])('when named %s', (name) => {
    const other = recommendations(name, '2021年推荐汇总表（已剔除前期揭榜优胜项目）', [
      ['戊科技有限公司', '某系统'],
    ]);
    const result = checkGrid(workbook(other));
    expect(result.sheets.map((s) => s.name)).toEqual([name]);
    expect(result.skippedSheets).toEqual([]);
    expect(result.winnersList).toBeUndefined();
    expect(allTuples(result)).toEqual([]);
  });
});
