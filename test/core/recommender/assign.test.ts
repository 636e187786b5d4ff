import { checkGrid, findingsOf, tuplesOf } from '../../helpers/findings';
import { distinctRow, HEADER, sheet, workbook } from '../../helpers/grid';

const rows = (n: number, extra: string[] = []) => Array.from({ length: n }, (_, i) => distinctRow(i, extra));

describe('assigning rows to recommenders', () => {
  test('takes the name from the title when there is no line', () => {
    const grid = workbook(
      sheet('S', [['宁波市2021年人工智能产业创新任务揭榜单位推荐表'], HEADER, ...rows(2)]),
    );
    expect(checkGrid(grid).summary.recommenders).toMatchObject([
      { name: '宁波市', nameFrom: 'title', type: 'planned-city', typeFrom: 'name', cap: 5, counted: 2 },
    ]);
  });

  test('labels an ordinary city’s figure with its province’s cap', () => {
    const grid = workbook(sheet('S', [['推荐单位（盖章）：武汉市经济和信息化局'], HEADER, ...rows(2)]));
    expect(checkGrid(grid).summary.recommenders).toMatchObject([
      { type: 'province', capOf: 'province', cap: 15, typeFrom: 'name' },
    ]);
  });

  test('falls back to the province cap, said to be a default, when nothing names the recommender', () => {
    const grid = workbook(sheet('S', [HEADER, ...rows(2)]));
    expect(checkGrid(grid).summary.recommenders).toMatchObject([
      { name: '', nameFrom: 'none', typeFrom: 'default', cap: 15 },
    ]);
  });

  test('lets the officer’s type win and says so', () => {
    const grid = workbook(sheet('S', [['推荐单位（盖章）：广东省工业和信息化厅'], HEADER, ...rows(2)]));
    expect(checkGrid(grid, { recommenderType: 'ai-org' }).summary.recommenders).toMatchObject([
      { name: '广东省工业和信息化厅', nameFrom: 'line', type: 'ai-org', typeFrom: 'option', cap: 15 },
    ]);
  });

  test('reads a recommender column row by row, and a province title gathers its cities', () => {
    const grid = workbook(
      sheet('S', [
        ['湖北省2021年人工智能产业创新任务揭榜单位推荐汇总表'],
        [...HEADER, '推荐单位'],
        ...rows(2, ['武汉市经济和信息化局']),
        ...rows(2, ['宜昌市经济和信息化局']).map((r, i) => [i + 3, `单位${i + 10}`, ...r.slice(2)]),
      ]),
    );
    expect(checkGrid(grid).summary.recommenders).toMatchObject([
      { name: '湖北省', nameFrom: 'title', type: 'province', counted: 4 },
    ]);
  });

  describe('a district of a planned city named in the title', () => {
    const titled = (place: string, n: number) =>
      sheet('S', [[`${place}2021年人工智能产业创新任务揭榜挂帅项目推荐汇总表`], HEADER, ...rows(n)]);

    test.each([
      ['深圳市南山区', '深圳'],
      ['青岛市市南区', '青岛'],
      ['大连高新区', '大连'],
      ['宁波市鄞州区', '宁波'],
    ])('for %s, which counts against %s’s 5, not its province’s 15', (place, city) => {
      const result = checkGrid(workbook(titled(place, 7)));
      expect(result.summary.recommenders).toMatchObject([
        {
          name: place,
          nameFrom: 'title',
          type: 'planned-city',
          typeFrom: 'name',
          typeReason: { kind: 'planned-city', word: city },
          capOf: 'own',
          cap: 5,
          counted: 7,
          over: 2,
        },
      ]);
      expect(tuplesOf(result, 'quota-exceeded')).toEqual([
        ['quota-exceeded', 'S', 8, 'D', 'error'],
        ['quota-exceeded', 'S', 9, 'D', 'error'],
      ]);
    });

    test('for a title district and a line bureau of one city, which share its 5', () => {
      const grid = workbook(
        sheet('南山', [['深圳市南山区2021年人工智能产业创新任务揭榜单位推荐表'], HEADER, ...rows(3)]),
        sheet('福田', [
          ['推荐单位（盖章）：深圳市福田区科技创新局'],
          HEADER,
          ...rows(3).map((r, i) => [i + 1, `福田单位${i}`, ...r.slice(2)]),
        ]),
      );
      expect(checkGrid(grid).summary.recommenders).toMatchObject([
        { names: ['深圳市南山区', '深圳市福田区科技创新局'], type: 'planned-city', cap: 5, counted: 6 },
      ]);
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', '福田', 5, 'D', 'error']]);
    });
  });
});
