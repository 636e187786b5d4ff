import { namesDirectionList, namesWinnersList } from '../../src/core/list-sheets';
import { HEADER, sheet, type TestCell } from '../helpers/grid';

const WINNERS_HEADER = ['序号', '揭榜方向', '项目名称', '申报单位', '推荐单位'];
const winnersRows: TestCell[][] = [
  WINNERS_HEADER,
  [1, '智能传感器', '某传感器', '甲公司', '北京市经济和信息化局'],
];
const directionRows: TestCell[][] = [
  ['序号', '所属类别', '揭榜方向'],
  [1, '核心基础', '智能传感器'],
  [2, '重点产品', '机器翻译系统'],
];

describe('namesWinnersList', () => {
  describe('flags', () => {
    test.each([
      '前期揭榜优胜项目',
      '优胜项目名单',
      '揭榜优胜单位',
      '2020年优胜',
      '前期优胜（2019-2020）',
      '往年优胜名单',
    ])('for a sheet named %s', (name) => expect(namesWinnersList(sheet(name, winnersRows))).toBe(true));

    test.each([
      '前期揭榜优胜项目名单',
      '2020年人工智能产业创新重点任务揭榜优胜单位名单',
      '前期揭榜优胜项目（不得重复申报）',
    ])('for a sheet named Sheet2 under the title %s', (title) => {
      expect(namesWinnersList(sheet('Sheet2', [[title], ...winnersRows]))).toBe(true);
    });
  });

  describe('accepts', () => {
    test.each([
      '推荐项目',
      '2021年推荐汇总',
      'Sheet1',
      '推荐汇总（已剔除前期优胜项目）',
      '拟推荐（核对优胜）',
    ])('a sheet named %s as no winners list', (name) =>
      expect(namesWinnersList(sheet(name, winnersRows))).toBe(false),
    );

    test('a sheet titled as a recommendation table that names the previous winners', () => {
      const title = ['2021年揭榜挂帅项目推荐汇总表（已剔除前期揭榜优胜项目）'];
      expect(namesWinnersList(sheet('优胜核对', [title, HEADER]))).toBe(false);
    });

    test('a winners word in the table rather than above it', () => {
      expect(namesWinnersList(sheet('Sheet1', [HEADER, [1, '优胜科技有限公司', '', '优胜项目']]))).toBe(
        false,
      );
    });
  });
});

describe('namesDirectionList', () => {
  describe('flags', () => {
    test.each([
      '揭榜方向',
      '揭榜方向清单',
      '方向清单',
      '细化揭榜方向',
      '申报方向',
      '揭榜方向（18个）',
      '方向列表',
    ])('for a sheet named %s', (name) => expect(namesDirectionList(sheet(name, directionRows))).toBe(true));

    test.each([
      [
        '序号 headed',
        [
          ['类别', '序号', '揭榜方向'],
          ['核心基础', 1, '智能传感器'],
          ['重点产品', 2, '机器翻译系统'],
        ],
      ],
      [
        '任务编号 headed',
        [
          ['揭榜方向', '任务编号'],
          ['智能传感器', '01'],
          ['机器翻译系统', '02'],
        ],
      ],
      [
        'consecutive',
        [
          ['揭榜方向', '排列'],
          ['智能传感器', 1],
          ['机器翻译系统', 2],
          ['人工智能训练资源库', 3],
        ],
      ],
    ] as [string, TestCell[][]][])('whose row numbers are %s beside the directions', (_, rows) =>
      expect(namesDirectionList(sheet('揭榜方向', rows))).toBe(true),
    );

    test('for a sheet named Sheet3 under the title 附件2：2021年揭榜方向清单', () => {
      expect(namesDirectionList(sheet('Sheet3', [['附件2：2021年揭榜方向清单'], ...directionRows]))).toBe(
        true,
      );
    });
  });

  describe('accepts', () => {
    test.each(['方向', '按方向汇总', '推荐项目', 'Sheet1'])(
      'a sheet named %s as no direction list',
      (name) => {
        expect(namesDirectionList(sheet(name, directionRows))).toBe(false);
      },
    );

    test('a sheet named 揭榜方向 that counts the projects of each direction: a summary', () => {
      const counts = [
        ['揭榜方向', '项目数'],
        ['智能传感器', 3],
      ];
      expect(namesDirectionList(sheet('揭榜方向', counts))).toBe(false);
    });

    test.each([
      ['项目数', 1, 2],
      ['排列', 2, 3],
    ])('a sheet named 揭榜方向 whose column %s holds %d, %d: counts', (header, a, b) => {
      const counts = [
        ['揭榜方向', header],
        ['智能传感器', a],
        ['机器翻译系统', b],
      ];
      expect(namesDirectionList(sheet('揭榜方向', counts))).toBe(false);
    });
  });
});
