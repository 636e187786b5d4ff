import { titleKeys } from '../../../src/core/normalise/title-keys';
import { defaultProfile } from '../../../src/core/profile';
import { PreviousWinners } from '../../../src/core/winners/previous-winners';
import { parseWinners } from '../../../src/core/winners/winners-list';
import { sheet, workbook } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';
import { listOf } from '../../helpers/lists';

const profile = defaultProfile();

describe('reading a previous winners list', () => {
  test('detects its columns like any sheet’s, under a title', () => {
    const grid = workbook(
      sheet('优胜名单', [
        ['2020年人工智能产业创新重点任务揭榜优胜单位名单'],
        ['序号', '揭榜方向', '项目名称', '申报单位', '推荐单位'],
        [1, '智能传感器', '高精度MEMS传感器', '星河智算科技有限公司', '深圳市工业和信息化局'],
      ]),
    );
    const winners = listOf(parseWinners(grid, profile));
    expect(winners.winners).toEqual([
      { project: '高精度MEMS传感器', unit: '星河智算科技有限公司', direction: '智能传感器' },
    ]);
    expect(winners.withTitle(titleKeys('高精度 ＭＥＭＳ 传感器'))).toHaveLength(1);
    expect(new PreviousWinners(winners, (key) => key).fromUnit('星河智算科技有限公司 ')).toHaveLength(1);
  });

  test('reads the credit codes of a list that gives them, a joint winner’s on its rows, and no code that lost its digits or is no code', () => {
    const [A, B] = [validUscc(1), validUscc(2)];
    const grid = workbook(
      sheet('优胜名单', [
        ['序号', '揭榜方向', '项目名称', '申报单位', '统一社会信用代码'],
        [1, '智能传感器', '高精度MEMS传感器', '星河智算科技有限公司', A.toLowerCase()],
        [null, null, null, '乙大学', B],
        [2, '机器翻译系统', '多语种机器翻译系统', '译通科技有限公司', 9.11201e17],
        [3, '机器翻译系统', '端侧语音识别系统', '云图智联科技有限公司', '无'],
      ]),
    );
    expect(listOf(parseWinners(grid, profile)).winners.map((winner) => winner.codes)).toEqual([
      [A, B],
      undefined,
      undefined,
    ]);
  });

  test('gives nothing for a list without a 项目名称 column', () => {
    expect(parseWinners(workbook(sheet('S', [['单位'], ['甲']])), profile)).toEqual({
      ok: false,
      failure: 'no-table',
    });
  });
});

describe('reading the unit column of a previous winners list', () => {
  const title = ['2020年人工智能产业创新任务揭榜优胜单位名单'];
  const row = ['机器翻译系统', '多语种机器翻译系统', '译通科技有限公司', '深圳市工业和信息化局'];
  const cases: [string, string[]][] = [
    ['申报单位', ['揭榜方向', '项目名称', '申报单位', '推荐单位']],
    ['揭榜单位', ['揭榜任务', '揭榜项目名称', '揭榜单位', '推荐单位']],
    ['优胜单位', ['方向', '项目名称', '优胜单位', '推荐单位']],
    ['揭榜优胜单位', ['揭榜方向', '项目名称', '揭榜优胜单位', '推荐单位']],
    ['单位', ['方向', '项目名称', '单位', '推荐单位']],
    ['揭榜单位名称 beside 揭榜项目', ['揭榜方向', '揭榜项目', '揭榜单位名称', '推荐单位']],
  ];
  test.each(cases)('for a unit column headed %s', (_, header) => {
    const winners = listOf(parseWinners(workbook(sheet('优胜名单', [title, header, row])), profile));
    expect(winners.winners).toEqual([
      { project: '多语种机器翻译系统', unit: '译通科技有限公司', direction: '机器翻译系统' },
    ]);
  });

  test('keeps 推荐单位 the recommender, not the winner’s unit, in a list without a unit column', () => {
    const grid = workbook(
      sheet('优胜名单', [title, ['揭榜方向', '项目名称', '推荐单位'], [row[0], row[1], row[3]]]),
    );
    expect(listOf(parseWinners(grid, profile)).winners).toEqual([
      { project: '多语种机器翻译系统', unit: '', direction: '机器翻译系统' },
    ]);
  });

  test('reads a profile without winnerHeaders with its headers alone', () => {
    const older = { ...profile, winnerHeaders: undefined };
    const grid = workbook(sheet('优胜名单', [title, ['方向', '项目名称', '优胜单位'], row.slice(0, 3)]));
    expect(listOf(parseWinners(grid, older)).winners).toEqual([
      { project: '多语种机器翻译系统', unit: '', direction: '机器翻译系统' },
    ]);
  });
});

describe('reading a previous winners list from a workbook that holds recommendation tables too', () => {
  const header = ['序号', '揭榜方向', '项目名称', '申报单位', '推荐单位'];
  const winner = [1, '机器翻译系统', '多语种机器翻译系统', '译通科技有限公司', '深圳市工业和信息化局'];
  const recommendation = (title: string[][]) =>
    sheet('Sheet1', [
      ...title,
      ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '联系电话'],
      [1, '甲科技有限公司', '91110108MA00000010', '某芯片', '智能传感器', '13912345678'],
    ]);
  const titled = [['北京市2021年揭榜挂帅项目推荐汇总表'], ['推荐单位（盖章）：北京市经济和信息化局']];
  const projectsOf = (grid: ReturnType<typeof workbook>) =>
    listOf(parseWinners(grid, profile)).winners.map(({ project }) => project);

  test('reads the sheet that calls itself the list, and not the recommendation table', () => {
    const grid = workbook(recommendation(titled), sheet('前期揭榜优胜项目', [header, winner]));
    expect(projectsOf(grid)).toEqual(['多语种机器翻译系统']);
  });

  test('reads another sheet beside it that is no recommendation table, as a list of several years', () => {
    const grid = workbook(recommendation([]), sheet('Sheet2', [header, winner]));
    expect(projectsOf(grid)).toEqual(['多语种机器翻译系统']);
  });

  test('reads a list whose only sheet is named Sheet1', () => {
    expect(projectsOf(workbook(sheet('Sheet1', [header, winner])))).toEqual(['多语种机器翻译系统']);
  });

  test.each([
    ['a title and a 推荐单位 line', titled],
    ['credit codes and phones alone', []],
  ])('finds no list in a workbook of recommendation tables alone, told by %s', (_, title) => {
    expect(parseWinners(workbook(recommendation(title)), profile)).toEqual({
      ok: false,
      failure: 'recommendations-only',
    });
  });
});
