import { checkGrid } from '../../helpers/findings';
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
});
