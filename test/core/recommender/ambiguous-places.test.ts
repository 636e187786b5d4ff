import { checkGrid, findingsOf, type FindingTuple } from '../../helpers/findings';
import { distinctRow, HEADER, sheet, workbook } from '../../helpers/grid';
import type { CheckOptions } from '../../../src/core/check';
import { defaultProfile } from '../../../src/core/profile';
import { inferRecommenderType } from '../../../src/core/recommender/infer-type';

type Sheet = ReturnType<typeof sheet>;
const CALL = '2021年人工智能产业创新任务揭榜挂帅项目推荐汇总表';
const rowsFrom = (from: number, n: number, extra: string[] = []) =>
  Array.from({ length: n }, (_, i) => distinctRow(from + i, extra, { prefix: `${from}号` }));
/** A sheet with a 推荐单位 column: `n` rows for each recommender, after `above` (a title, a line). */
const column = (name: string, above: string[][], ...recommenders: [string, number][]) =>
  sheet(name, [
    ...above,
    [...HEADER, '推荐单位'],
    ...recommenders.flatMap(([r, n], i) => rowsFrom(i * 100, n, [r])),
  ]);
const lined = (name: string, line: string | undefined, from: number, n: number) =>
  sheet(name, [...(line ? [[`推荐单位（盖章）：${line}`]] : []), HEADER, ...rowsFrom(from, n)]);

describe('district names that several provinces share, zones and planned cities’ sheets', () => {
  test.each<[string, Sheet[], Partial<CheckOptions>, unknown[][], FindingTuple[]]>([
    [
      'two shared names whose provinces differ (朝阳区: 北京/吉林, 西湖区: 浙江/江西) are never pooled',
      [column('S', [], ['朝阳区经济和信息化局', 10], ['西湖区经济和信息化局', 8])],
      {},
      [
        [['朝阳区经济和信息化局'], 'province', undefined, 10],
        [['西湖区经济和信息化局'], 'province', undefined, 8],
      ],
      [],
    ],
    [
      'a shared name joins the province that the title’s city and another district tell (南京市, 玄武区 → 江苏)',
      [column('S', [[`南京市${CALL}`]], ['鼓楼区工业和信息化局', 10], ['玄武区工业和信息化局', 8])],
      {},
      [[['鼓楼区工业和信息化局', '玄武区工业和信息化局'], 'province', '江苏省', 18]],
      [
        ['quota-exceeded', 'S', 18, 'D', 'error'],
        ['quota-exceeded', 'S', 19, 'D', 'error'],
        ['quota-exceeded', 'S', 20, 'D', 'error'],
      ],
    ],
    [
      'a shared name joins the province written in the workbook, when it is one of its provinces',
      [lined('省直', '江苏省工业和信息化厅', 0, 8), lined('鼓楼', '鼓楼区工业和信息化局', 20, 8)],
      {},
      [[['江苏省工业和信息化厅', '鼓楼区工业和信息化局'], 'province', undefined, 16]],
      [['quota-exceeded', '鼓楼', 10, 'D', 'error']],
    ],
    [
      'a shared name stays apart from a province written that is none of its own (鼓楼区 is in no 河北 city)',
      [lined('省直', '河北省工业和信息化厅', 0, 8), lined('鼓楼', '鼓楼区工业和信息化局', 20, 8)],
      {},
      [
        [['河北省工业和信息化厅'], 'province', undefined, 8],
        [['鼓楼区工业和信息化局'], 'province', undefined, 8],
      ],
      [],
    ],
    [
      'a zone named after a city is in its province (杭州高新区 + 温州市 → 浙江)',
      [column('S', [], ['杭州高新区经济发展局', 10], ['温州市经济和信息化局', 8])],
      {},
      [[['杭州高新区经济发展局', '温州市经济和信息化局'], 'province', '浙江省', 18]],
      [
        ['quota-exceeded', 'S', 17, 'D', 'error'],
        ['quota-exceeded', 'S', 18, 'D', 'error'],
        ['quota-exceeded', 'S', 19, 'D', 'error'],
      ],
    ],
    ...[{}, { recommenderType: 'province' as const }].map(
      (options): [string, Sheet[], Partial<CheckOptions>, unknown[][], FindingTuple[]] => [
        `a planned city’s sheet whose rows name nobody is the city’s 5, not the province’s (${JSON.stringify(options)})`,
        [
          sheet('杭州市', [[CALL], ['推荐单位（盖章）：浙江省经济和信息化厅'], HEADER, ...rowsFrom(0, 6)]),
          lined('温州市', undefined, 10, 6),
          lined('宁波市', undefined, 20, 6),
        ],
        options,
        [
          [['浙江省经济和信息化厅'], 'province', undefined, 12],
          [['宁波市'], 'planned-city', undefined, 6],
        ],
        [['quota-exceeded', '宁波市', 7, 'D', 'error']],
      ],
    ),
  ])('%s', (_, sheets, options, expected, findings) => {
    const grid = workbook(...sheets);
    expect(
      checkGrid(grid, options).summary.recommenders.map((r) => [r.names, r.type, r.province, r.counted]),
    ).toEqual(expected);
    expect(findingsOf('quota-exceeded', grid, options)).toEqual(findings);
  });

  test.each([
    ['杭州高新区经济发展局', '浙江', '浙江省'],
    ['成都高新区经济运行局', '四川', '四川省'],
    ['合肥高新区管委会', '安徽', '安徽省'],
    ['长沙经济技术开发区', '湖南', '湖南省'],
    ['武汉东湖新技术开发区', '湖北', '湖北省'],
    ['苏州工业园区', '江苏', '江苏省'],
    ['浦东新区科技和经济委员会', '上海', '上海市'],
    ['两江新区管委会', '重庆', '重庆市'],
    ['雄安新区', '河北', '河北省'],
    ['西咸新区', '陕西', '陕西省'],
  ])('a zone, %s, feeds %s', (name, holder, province) => {
    expect(inferRecommenderType(name, defaultProfile())).toEqual({
      type: 'province',
      holder,
      reason: { kind: 'feeder', word: expect.any(String), province },
      unverified: false,
      feeder: true,
    });
  });

  test.each([
    ['宁波高新区', '宁波'],
    ['大连金普新区管委会', '大连'],
    ['金普新区', '大连'],
    ['西海岸新区', '青岛'],
  ])('a zone of a planned city, %s, is the city’s', (name, city) => {
    expect(inferRecommenderType(name, defaultProfile())).toMatchObject({
      type: 'planned-city',
      holder: city,
    });
  });
});
