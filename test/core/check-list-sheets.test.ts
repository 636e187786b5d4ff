import { check, type CheckResult } from '../../src/core/check';
import { defaultProfile } from '../../src/core/profile';
import { WinnersList } from '../../src/core/winners/winners-list';
import { checkGrid, tuplesOf, type FindingTuple } from '../helpers/findings';
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

  test('whose formulas the file holds no results of stops the check, naming the sheet and a cell', () => {
    const uncalculated = { ...directionSheet('揭榜方向'), uncalculated: { row: 5, column: 2 } };
    expect(check(workbook(unknown, uncalculated), { profile })).toEqual({
      ok: false,
      failure: 'formulas-not-calculated',
      values: { sheet: '揭榜方向', cell: 'B5' },
    });
    const none = {
      ...sheet('揭榜方向', [
        ['所属类别', '揭榜方向'],
        ['核心基础', null],
      ]),
      uncalculated: { row: 2, column: 2 },
    };
    expect(check(workbook(unknown, none), { profile })).toMatchObject({ ok: false, values: { cell: 'B2' } });
  });

  test('whose formulas hold no results is no matter when the officer gave the list', () => {
    const uncalculated = { ...directionSheet('揭榜方向'), uncalculated: { row: 5, column: 2 } };
    const given = [{ name: '机器翻译平台', category: '重点产品' }];
    const result = checkGrid(workbook(unknown, uncalculated), { directions: given });
    expect(result.skippedSheets).toEqual([{ name: '揭榜方向', reason: 'direction-list', used: false }]);
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

describe('a recommendation sheet whose name or title says 优胜 is data, not a winners list', () => {
  /** 甲 and 乙's projects again, pushed for 优胜: a 推荐单位 column, each unit's credit code and phone. */
  const pushed = (name: string, above: TestCell[][] = [], header = WINNERS[0]!) =>
    sheet(name, [
      ...above,
      [...header, '统一社会信用代码', '联系电话'],
      ...WINNERS.slice(1, 3).map((row, i) => [
        ...row.slice(0, header.length),
        validUscc(i + 1),
        '13912345678',
      ]),
    ]);

  test.each([
    ['优胜推荐', []],
    ['2021优胜项目推荐', []],
    ['Sheet2', [['2021年人工智能揭榜挂帅争创优胜项目推荐']]],
    ['推荐', [['2021年揭榜挂帅（争创优胜）项目汇总']]],
    ['Sheet2', [['浙江省揭榜挂帅优胜潜力项目']]],
  ] as [string, TestCell[][]][])('named %s, under %j', (name, above) => {
    const result = checkGrid(workbook(beijing, pushed(name, above)));
    expect(result.sheets.map((s) => s.name)).toEqual(['Sheet1', name]);
    expect(result.skippedSheets).toEqual([]);
    expect(result.winnersList).toBeUndefined();
    expect(tuplesOf(result, 'previous-winner')).toEqual([]);
    expect(tuplesOf(result, 'previous-winner-unit')).toEqual([]);
  });

  test('with the 推荐单位（盖章） line, or a 是否推荐 column, and no credit codes', () => {
    const line = sheet('优胜推荐', [['推荐单位（盖章）：北京市经济和信息化局'], ...WINNERS]);
    const choice = sheet('优胜推荐', [
      [...WINNERS[0]!, '是否推荐'],
      ...WINNERS.slice(1).map((row) => [...row, '是']),
    ]);
    for (const other of [line, choice]) {
      const result = checkGrid(workbook(beijing, other));
      expect(result.sheets.map((s) => s.name)).toEqual(['Sheet1', '优胜推荐']);
      expect(result.winnersList).toBeUndefined();
    }
  });

  test('while a winners list alone in the workbook stops the check, saying that it is one', () => {
    expect(check(workbook(winnersSheet), { profile })).toEqual({
      ok: false,
      failure: 'winners-list-only',
      values: { sheet: '前期揭榜优胜项目' },
    });
  });
});

describe('a sheet named as the direction list', () => {
  const recommended = recommendations('Sheet1', '北京市2021年推荐汇总表', [['甲科技有限公司', '某芯片']]);

  test.each([
    [
      '类别 | 序号 | 揭榜方向',
      ['类别', '序号', '揭榜方向'],
      (i: number) => [guide[i]![0], i + 1, guide[i]![1]],
    ],
    [
      '序号 | 类别 | 揭榜方向 | 任务编号 "01"',
      ['序号', '类别', '揭榜方向', '任务编号'],
      (i: number) => [i + 1, guide[i]![0], guide[i]![1], String(i + 1).padStart(2, '0')],
    ],
    [
      '类别 | 揭榜方向 | 1..18 headed 排列',
      ['类别', '揭榜方向', '排列'],
      (i: number) => [...guide[i]!, i + 1],
    ],
  ] as [string, TestCell[], (i: number) => TestCell[]][])('laid out %s is the list', (_, header, row) => {
    const list = sheet('方向清单', [header, ...guide.map((_, i) => row(i))]);
    const result = checkGrid(workbook(recommended, list));
    expect(result.skippedSheets).toEqual([{ name: '方向清单', reason: 'direction-list', used: true }]);
    expect(result.directionList).toMatchObject({ complete: true, count: 18, source: 'sheet' });
  });

  test.each([
    [
      'counts the projects of each direction: a summary',
      [
        ['揭榜方向', '项目数'],
        ['智能传感器', 1],
        ['机器翻译系统', 2],
      ],
      'counts',
    ],
    ['holds no direction, its header alone', [['类别', '揭榜方向']], 'no-directions'],
  ] as [string, TestCell[][], string][])('but that %s is skipped, saying why', (_, rows, why) => {
    const result = checkGrid(workbook(recommended, sheet('揭榜方向', rows)));
    expect(result.skippedSheets).toEqual([{ name: '揭榜方向', reason: 'direction-list-unread', why }]);
    expect(result.directionList).toMatchObject({ source: 'profile' });
  });
});
