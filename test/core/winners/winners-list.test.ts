import { defaultProfile } from '../../../src/core/profile';
import { parseWinners } from '../../../src/core/winners/winners-list';
import { sheet, workbook } from '../../helpers/grid';

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
    const winners = parseWinners(grid, profile);
    expect(winners?.winners).toEqual([
      { project: '高精度MEMS传感器', unit: '星河智算科技有限公司', direction: '智能传感器' },
    ]);
    expect(winners?.withTitle('高精度 ＭＥＭＳ 传感器')).toHaveLength(1);
    expect(winners?.fromUnit('星河智算科技有限公司 ')).toHaveLength(1);
  });

  test('gives nothing for a list without a 项目名称 column', () => {
    expect(parseWinners(workbook(sheet('S', [['单位'], ['甲']])), profile)).toBeUndefined();
  });
});
