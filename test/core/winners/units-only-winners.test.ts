import { defaultProfile } from '../../../src/core/profile';
import { parseWinners } from '../../../src/core/winners/winners-list';
import { checkGrid, findingsOf } from '../../helpers/findings';
import { projectSheet, sheet, workbook } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';
import { listOf } from '../../helpers/lists';

const profile = defaultProfile();

/** Published 优胜单位名单 often name only the direction and the units, without the projects. */
const unitsOnly = sheet('2019年', [
  ['2019年人工智能产业创新重点任务揭榜优胜单位名单'],
  ['序号', '揭榜任务', '单位名称'],
  [1, '智能传感器', '华科智能（北京）科技有限公司'],
]);

describe('a previous winners list of units and directions without 项目名称', () => {
  test('is read, its winners without a project', () => {
    expect(listOf(parseWinners(workbook(unitsOnly), profile)).winners).toEqual([
      { project: '', unit: '华科智能（北京）科技有限公司', direction: '智能传感器' },
    ]);
  });

  test('is read beside a sheet that names the projects', () => {
    const withProjects = sheet('2020年', [
      ['序号', '揭榜方向', '项目名称', '揭榜单位'],
      [1, '机器翻译系统', '多语种机器翻译系统', '译通科技有限公司'],
    ]);
    const winners = listOf(parseWinners(workbook(withProjects, unitsOnly), profile));
    expect(winners.winners.map((winner) => winner.unit)).toEqual([
      '译通科技有限公司',
      '华科智能（北京）科技有限公司',
    ]);
  });

  test('makes every project of a listed unit a previous-winner-unit warning, and no title a match', () => {
    const winners = listOf(parseWinners(workbook(unitsOnly), profile));
    const grid = workbook(
      projectSheet('S', [
        ['华科智能（北京）科技有限公司', validUscc(1), '城市级视觉大模型平台'],
        ['译通科技有限公司', validUscc(2), '城市级视觉大模型平台'],
      ]),
    );
    expect(checkGrid(grid, { winners }).findings.filter((f) => f.rule.startsWith('previous')).length).toBe(1);
    expect(findingsOf('previous-winner-unit', grid, { winners })).toEqual([
      ['previous-winner-unit', 'S', 2, 'B', 'warning'],
    ]);
  });

  test('but a list of units alone, without their directions, is no winners list', () => {
    expect(parseWinners(workbook(sheet('S', [['单位'], ['甲']])), profile)).toEqual({
      ok: false,
      failure: 'no-table',
    });
  });

  test('names the headers of its columns that no wording names, one of which may hold the titles', () => {
    const list = sheet('优胜名单', [
      ['序号', '揭榜方向', '成果名称', '揭榜单位', '备注'],
      [1, '智能传感器', '车规级惯性测量单元', '甲科技有限公司', ''],
    ]);
    expect(listOf(parseWinners(workbook(list), profile)).info).toEqual({
      winners: 1,
      titled: 0,
      unreadHeaders: ['成果名称', '备注'],
    });
  });

  test('names no header where every column is named', () => {
    expect(listOf(parseWinners(workbook(unitsOnly), profile)).info).toEqual({ winners: 1, titled: 0 });
  });
});
