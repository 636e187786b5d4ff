import { defaultProfile } from '../../../src/core/profile';
import { parseWinners } from '../../../src/core/winners/winners-list';
import { findingsOf } from '../../helpers/findings';
import { projectSheet, sheet, workbook } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';
import { listOf } from '../../helpers/lists';

const profile = defaultProfile();

/**
 * A list that writes a joint winner's units one a row under a merged 序号 and title, saved as CSV: the merges are
 * gone, and the second unit's row has nothing but the unit.
 */
const unmerged = sheet('优胜名单', [
  ['2020年人工智能产业创新重点任务揭榜优胜单位名单'],
  [],
  ['序号', '揭榜方向', '项目名称', '揭榜单位'],
  ['1', '智能传感器', '车规级惯性测量单元', '甲科技有限公司（牵头）'],
  [undefined, undefined, undefined, '乙大学'],
  ['2', undefined, '高精度MEMS智能传感器', '丙科技有限公司'],
  ['3', '机器翻译系统', undefined, '丁大学'],
]);

describe('a winners list whose joint units have a row each, without the merged 序号 and title', () => {
  const winners = listOf(parseWinners(workbook(unmerged), profile));

  test('reads the unit alone on its row as one more unit of the winner above it', () => {
    expect(winners.winners.map(({ project, unit }) => [project, unit])).toEqual([
      ['车规级惯性测量单元', '甲科技有限公司（牵头）、乙大学'],
      ['高精度MEMS智能传感器', '丙科技有限公司'],
      ['', '丁大学'],
    ]);
  });

  test('makes the same title from that unit the same project', () => {
    const grid = workbook(projectSheet('S', [['乙大学', validUscc(1), '车规级惯性测量单元']]));
    expect(findingsOf('previous-winner', grid, { winners })).toEqual([
      ['previous-winner', 'S', 2, 'D', 'error'],
    ]);
  });
});

test('a list without a 项目名称 column keeps each unit’s row a winner of its own', () => {
  const unitsOnly = sheet('优胜名单', [
    ['揭榜方向', '单位名称'],
    ['智能传感器', '甲科技有限公司'],
    [undefined, '乙大学'],
  ]);
  expect(listOf(parseWinners(workbook(unitsOnly), profile)).winners.map(({ unit }) => unit)).toEqual([
    '甲科技有限公司',
    '乙大学',
  ]);
});
