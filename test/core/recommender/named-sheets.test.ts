import { checkGrid, tuplesOf, type FindingTuple } from '../../helpers/findings';
import { distinctRow, HEADER, sheet, workbook } from '../../helpers/grid';
import type { RecommenderType } from '../../../src/core/recommender-type';

/** `n` rows of units of their own, numbered from `from`. */
const rowsFrom = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => distinctRow(from + i, [], { prefix: `${from}号` }));
const CALL = '2021年人工智能产业创新任务揭榜挂帅项目推荐汇总表';
type Sheet = ReturnType<typeof sheet>;

/** The first sheet of a provincial summary: the title and the seal line above its table, as the template has them. */
const firstSheet = (name: string, province: string, bureau: string, n: number, title = true) =>
  sheet(name, [
    ...(title ? [[`${province}${CALL}`]] : []),
    [`推荐单位（盖章）：${bureau}`],
    HEADER,
    ...rowsFrom(0, n),
  ]);
/** A later sheet: a table alone, its rows naming nobody, on Excel rows 2 to n + 1. */
const bareSheet = (name: string, from: number, n: number) => sheet(name, [HEADER, ...rowsFrom(from, n)]);

const summary = (sheets: Sheet[], recommenderType?: RecommenderType) => {
  const result = checkGrid(workbook(...sheets), recommenderType ? { recommenderType } : {});
  return {
    holders: result.summary.recommenders.map((r) => [r.name, r.type, r.cap, r.counted]),
    quota: tuplesOf(result, 'quota-exceeded'),
  };
};

describe('a sheet named after a recommender, its rows naming none', () => {
  const ZJ = '浙江省经济和信息化厅';
  const GD = '广东省工业和信息化厅';

  describe('beside a first sheet whose title and line name the province', () => {
    test.each<[string, Sheet[], unknown[][], FindingTuple[]]>([
      [
        'a planned city’s sheet (宁波市) counts against the city’s 5, the province’s cities against its 15',
        [firstSheet('杭州市', '浙江省', ZJ, 6), bareSheet('宁波市', 10, 6), bareSheet('温州市', 20, 5)],
        [
          [ZJ, 'province', 15, 11],
          ['宁波市', 'planned-city', 5, 6],
        ],
        [['quota-exceeded', '宁波市', 7, 'D', 'error']],
      ],
      [
        'a planned city’s 5 rows (深圳市) are not added to the province’s 15',
        [firstSheet('广州市', '广东省', GD, 8), bareSheet('深圳市', 10, 5), bareSheet('佛山市', 20, 7)],
        [
          [GD, 'province', 15, 15],
          ['深圳市', 'planned-city', 5, 5],
        ],
        [],
      ],
      [
        'another province’s sheet (湖南省) is that province’s',
        [firstSheet('省直', '浙江省', ZJ, 13), bareSheet('湖南省', 20, 3)],
        [
          [ZJ, 'province', 15, 13],
          ['湖南省', 'province', 15, 3],
        ],
        [],
      ],
      [
        'a central group’s sheet is the group’s, against its 3',
        [firstSheet('省直', '浙江省', ZJ, 13), bareSheet('中国电子科技集团有限公司', 20, 4)],
        [
          [ZJ, 'province', 15, 13],
          ['中国电子科技集团有限公司', 'central', 3, 4],
        ],
        [['quota-exceeded', '中国电子科技集团有限公司', 5, 'D', 'error']],
      ],
    ])('%s', (_, sheets, holders, quota) => {
      expect(summary(sheets)).toEqual({ holders, quota });
    });
  });

  test.each<[string, Sheet[], unknown[][], FindingTuple[]]>([
    [
      'a central group’s sheet beside the province’s line',
      [firstSheet('省直', '浙江省', ZJ, 13, false), bareSheet('中国电子科技集团有限公司', 20, 4)],
      [
        [ZJ, 'province', 15, 13],
        ['中国电子科技集团有限公司', 'central', 3, 4],
      ],
      [['quota-exceeded', '中国电子科技集团有限公司', 5, 'D', 'error']],
    ],
    [
      'a workbook of one sheet named after a ministry unit',
      [bareSheet('哈尔滨工业大学', 0, 4)],
      [['哈尔滨工业大学', 'ministry-unit', 3, 4]],
      [['quota-exceeded', '哈尔滨工业大学', 5, 'D', 'error']],
    ],
  ])('%s counts against that body’s own cap', (_, sheets, holders, quota) => {
    expect(summary(sheets)).toEqual({ holders, quota });
  });

  test('a central group’s sheet keeps its 3 under the province type the officer gives the workbook', () => {
    const sheets = [firstSheet('省直', '浙江省', ZJ, 13), bareSheet('中国电子科技集团有限公司', 20, 4)];
    expect(summary(sheets, 'province')).toEqual({
      holders: [
        [ZJ, 'province', 15, 13],
        ['中国电子科技集团有限公司', 'central', 3, 4],
      ],
      quota: [['quota-exceeded', '中国电子科技集团有限公司', 5, 'D', 'error']],
    });
  });

  describe('a sheet name with a list number, 附件N or 推荐表 around the body’s name', () => {
    const beside = (name: string, n: number) => [
      firstSheet('杭州市', '浙江省', ZJ, 5),
      bareSheet(name, 10, n),
    ];
    test.each<[string, string, number, unknown[]]>([
      ['宁波市推荐表', '宁波市', 6, ['planned-city', 5]],
      ['2.宁波市', '宁波市', 6, ['planned-city', 5]],
      ['2、宁波市', '宁波市', 6, ['planned-city', 5]],
      ['附件2-宁波市', '宁波市', 6, ['planned-city', 5]],
      ['附件2 宁波市推荐汇总表', '宁波市', 6, ['planned-city', 5]],
      ['宁波推荐', '宁波', 6, ['planned-city', 5]],
      ['湖南省推荐项目', '湖南省', 16, ['province', 15]],
      ['中国电子科技集团推荐表', '中国电子科技集团', 4, ['central', 3]],
    ])('%s is %s’s sheet', (sheetName, body, n, [type, cap]) => {
      expect(summary(beside(sheetName, n))).toEqual({
        holders: [
          [ZJ, 'province', 15, 5],
          [body, type, cap, n],
        ],
        quota: [['quota-exceeded', sheetName, Number(cap) + 2, 'D', 'error']],
      });
    });

    test.each([
      '汇总',
      '省直',
      '2021年',
      '附件2',
      'Sheet2',
      '杭州市推荐表',
      '2.温州市',
      '省直汇总表',
      '推荐表',
    ])('%s still counts with the title’s province', (sheetName) => {
      expect(summary(beside(sheetName, 11))).toEqual({
        holders: [[ZJ, 'province', 15, 16]],
        quota: [['quota-exceeded', sheetName, 12, 'D', 'error']],
      });
    });
  });

  describe('a sheet named after a group that is only guessed to be central (an applicant’s short name)', () => {
    const SD = '山东省工业和信息化厅';
    const sheets = (group: string) => [firstSheet('省直', '山东省', SD, 12), bareSheet(group, 20, 4)];
    test.each<[string, RecommenderType | undefined]>([
      ['浪潮集团', undefined],
      ['浪潮集团', 'province'],
      ['华为集团', undefined],
      ['华为集团', 'province'],
      // An applicant's registered name, and names whose first characters spell a place.
      ['浪潮集团有限公司', undefined],
      ['万向集团股份有限公司', 'province'],
      ['宁波均胜集团', undefined],
      ['阿里巴巴集团', undefined],
      ['中山集团', 'province'],
      // A listed central enterprise that says no 集团, and a unit of one, named so as an applicant's sheet is.
      ['国家电网有限公司', undefined],
      ['南方电网数字电网研究院有限公司', undefined],
      ['国家电网有限公司', 'province'],
    ])('%s (type %s) counts with the province the workbook names', (group, type) => {
      expect(summary(sheets(group), type)).toEqual({
        holders: [[SD, 'province', 15, 16]],
        quota: [['quota-exceeded', group, 5, 'D', 'error']],
      });
    });

    test('a sheet named after a central group that starts with 中国 keeps its rows', () => {
      expect(summary(sheets('中国电子科技集团有限公司')).holders).toEqual([
        [SD, 'province', 15, 12],
        ['中国电子科技集团有限公司', 'central', 3, 4],
      ]);
    });

    test('a workbook of that sheet alone still counts it against the group’s 3', () => {
      expect(summary([bareSheet('浪潮集团', 0, 4)]).holders).toEqual([['浪潮集团', 'central', 3, 4]]);
    });
  });

  test('a sheet named after one of the province’s cities still counts with the title’s province', () => {
    const sheets = [firstSheet('杭州市', '浙江省', ZJ, 10), bareSheet('温州市', 20, 6)];
    expect(summary(sheets)).toEqual({
      holders: [[ZJ, 'province', 15, 16]],
      quota: [['quota-exceeded', '温州市', 7, 'D', 'error']],
    });
  });
});
