import { readSheetHeading } from '../../../src/core/table/sheet-heading';
import { checkGrid, findingsOf } from '../../helpers/findings';
import { sheet, workbook } from '../../helpers/grid';

const HEADER = ['序号', '申报单位', '项目名称', '揭榜方向'];

/** A sheet with a title, the header on row 2 and seven projects of seven units. */
function titled(title: string) {
  const rows = Array.from({ length: 7 }, (_, i) => [i + 1, `单位${i}`, `项目${i}号`, '智能传感器']);
  return workbook(sheet('S', [[title], HEADER, ...rows]));
}

const titleNameOf = (title: string) => readSheetHeading(sheet('S', [[title], HEADER]), 2).titleName;

describe('the recommender a title names', () => {
  test.each([
    ['深圳市2021年人工智能产业创新任务揭榜单位推荐表', '深圳市'],
    ['深圳市南山区2021年人工智能产业创新任务揭榜挂帅推荐汇总表', '深圳市南山区'],
    ['2021年度深圳市人工智能产业创新任务揭榜挂帅推荐汇总表', '深圳市'],
    ['湖北省工业和信息化厅关于推荐2021年揭榜项目的汇总表', '湖北省工业和信息化厅'],
    ['2021年人工智能产业创新任务揭榜挂帅推荐汇总表（厦门市）', '厦门市'],
    ['人工智能产业创新任务揭榜挂帅推荐汇总表【广东省】', '广东省'],
    ['附件1：宁波市2021年人工智能产业创新任务揭榜挂帅项目推荐汇总表', '宁波市'],
    ['附件：宁波市2021年人工智能产业创新任务揭榜挂帅项目推荐汇总表', '宁波市'],
    ['深 圳 市2021年人工智能产业创新任务揭榜挂帅推荐汇总表', '深圳市'],
    ['宁波市推荐2021年人工智能产业创新任务揭榜挂帅项目汇总表', '宁波市'],
  ])('in %s is %s', (title, name) => {
    expect(titleNameOf(title)).toBe(name);
  });

  test.each([
    ['a bare year', '2021年人工智能产业创新任务揭榜挂帅推荐汇总表'],
    ['a bare year of a 年度', '2021年度人工智能产业创新任务揭榜挂帅推荐汇总表'],
    ['关于', '关于推荐2021年人工智能产业创新任务揭榜单位的汇总表'],
    ['the call’s own words', '人工智能产业创新任务揭榜挂帅推荐汇总表'],
    ['a batch in brackets', '2021年人工智能产业创新任务揭榜挂帅推荐汇总表（第一批）'],
    ['a year in brackets', '人工智能产业创新任务揭榜挂帅推荐汇总表（2021年）'],
    ['an attachment’s number and a bare year', '附件1：2021年人工智能产业创新任务揭榜挂帅推荐汇总表'],
  ])('is none for %s', (_, title) => {
    expect(titleNameOf(title)).toBeUndefined();
  });
});

describe('a title', () => {
  test('with a planned city in brackets gives its cap of 5', () => {
    const grid = titled('2021年人工智能产业创新任务揭榜挂帅推荐汇总表（厦门市）');
    expect(checkGrid(grid).summary.recommenders).toMatchObject([
      { name: '厦门市', nameFrom: 'title', type: 'planned-city', cap: 5, counted: 7 },
    ]);
    expect(findingsOf('quota-exceeded', grid)).toEqual([
      ['quota-exceeded', 'S', 8, 'C', 'error'],
      ['quota-exceeded', 'S', 9, 'C', 'error'],
    ]);
  });

  test('with no place leaves the recommender unnamed', () => {
    const grid = titled('2021年人工智能产业创新任务揭榜挂帅推荐汇总表');
    expect(checkGrid(grid).summary.recommenders).toMatchObject([{ name: '', nameFrom: 'none', cap: 15 }]);
  });
});
