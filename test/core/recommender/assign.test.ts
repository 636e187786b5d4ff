import fc from 'fast-check';
import { checkGrid, findingsOf, tuplesOf, type FindingTuple } from '../../helpers/findings';
import { distinctRow, HEADER, sheet, workbook, type TestCell } from '../../helpers/grid';
import type { CheckResult } from '../../../src/core/check';
import { defaultProfile } from '../../../src/core/profile';
import { RECOMMENDER_TYPES, type RecommenderType } from '../../../src/core/recommender-type';

const rows = (n: number, extra: string[] = []) => Array.from({ length: n }, (_, i) => distinctRow(i, extra));
/** `n` rows of units of their own, numbered from `from`. */
const rowsFrom = (from: number, n: number, extra: string[] = []) =>
  Array.from({ length: n }, (_, i) => distinctRow(from + i, extra, { prefix: `${from}号` }));
const CALL = '2021年人工智能产业创新任务揭榜挂帅项目推荐汇总表';

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

  test('reads a region with a note in nested brackets on the line as the province it is', () => {
    const line = '推荐单位（盖章）：新疆维吾尔自治区（含新疆生产建设兵团（第八师））  日期：2021年6月1日';
    const grid = workbook(sheet('S', [[line], HEADER, ...rows(2)]));
    expect(checkGrid(grid).summary.recommenders).toMatchObject([
      {
        name: '新疆维吾尔自治区(含新疆生产建设兵团(第八师))',
        nameFrom: 'line',
        type: 'province',
        typeFrom: 'name',
        capOf: 'own',
        cap: 15,
      },
    ]);
  });

  test('gathers 新疆生产建设兵团 under its short names as one holder, with the note to verify', () => {
    const grid = workbook(
      sheet('兵团', [['推荐单位（盖章）：新疆生产建设兵团工业和信息化局'], HEADER, ...rows(2)]),
      sheet('第八师', [['推荐单位（盖章）：兵团工信局'], HEADER, ...rows(2)]),
    );
    expect(checkGrid(grid).summary.recommenders).toMatchObject([
      {
        names: ['新疆生产建设兵团工业和信息化局', '兵团工信局'],
        type: 'province',
        typeFrom: 'name',
        typeReason: { kind: 'province-like' },
        unverified: true,
        capOf: 'own',
        counted: 4,
      },
    ]);
  });

  test('gathers the units of a central group under the group, saying that the group recommends for them', () => {
    const grid = workbook(
      sheet('十四所', [['推荐单位（盖章）：中国电子科技集团有限公司第十四研究所'], HEADER, ...rows(2)]),
      sheet('集团', [['推荐单位（盖章）：中国电子科技集团有限公司'], HEADER, ...rows(1)]),
    );
    expect(checkGrid(grid).summary.recommenders).toMatchObject([
      {
        names: ['中国电子科技集团有限公司第十四研究所', '中国电子科技集团有限公司'],
        type: 'central',
        typeReason: { kind: 'central-member', group: '中国电子科技集团有限公司' },
        unverified: true,
        cap: 3,
        counted: 3,
      },
    ]);
  });

  test('falls back to the province cap, said to be a default, when nothing names the recommender', () => {
    const grid = workbook(sheet('S', [HEADER, ...rows(2)]));
    expect(checkGrid(grid).summary.recommenders).toMatchObject([
      { name: '', nameFrom: 'none', typeFrom: 'default', cap: 15 },
    ]);
  });

  describe('a branch named as the recommender, which is none of the notice’s recommenders', () => {
    test.each([
      ['on the line', '中国电信股份有限公司北京分公司', '分公司', 'line'],
      ['in the column', '中国工商银行股份有限公司深圳分行', '分行', 'column'],
    ] as const)('%s: keeps the default province cap and says why no type fits', (_, name, word, from) => {
      const grid =
        from === 'line'
          ? workbook(sheet('S', [[`推荐单位（盖章）：${name}`], HEADER, ...rows(2)]))
          : workbook(sheet('S', [[...HEADER, '推荐单位'], ...rows(2, [name])]));
      expect(checkGrid(grid).summary.recommenders).toMatchObject([
        {
          name,
          nameFrom: from,
          type: 'province',
          typeFrom: 'default',
          typeReason: { kind: 'no-recommender', word },
          unverified: true,
          capOf: 'own',
          cap: 15,
          counted: 2,
        },
      ]);
    });

    test('but the officer’s type wins, with its own cap and no reason', () => {
      const grid = workbook(
        sheet('S', [['推荐单位（盖章）：中国电信股份有限公司北京分公司'], HEADER, ...rows(2)]),
      );
      const [recommender] = checkGrid(grid, { recommenderType: 'central' }).summary.recommenders;
      expect(recommender).toMatchObject({ type: 'central', typeFrom: 'option', cap: 3 });
      expect(recommender?.typeReason).toBeUndefined();
    });

    test('but a central group’s branch still counts against the group’s 3', () => {
      const grid = workbook(
        sheet('S', [['推荐单位（盖章）：中国电信集团有限公司北京分公司'], HEADER, ...rows(2)]),
      );
      expect(checkGrid(grid).summary.recommenders).toMatchObject([
        { type: 'central', typeReason: { kind: 'central-member', group: '中国电信集团有限公司' }, cap: 3 },
      ]);
    });

    test('never for a name without a branch word that infers nothing', () => {
      const grid = workbook(sheet('S', [['推荐单位（盖章）：某某科技有限公司'], HEADER, ...rows(2)]));
      const [recommender] = checkGrid(grid).summary.recommenders;
      expect(recommender).toMatchObject({ typeFrom: 'default', cap: 15 });
      expect(recommender?.typeReason).toBeUndefined();
    });
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

  describe('the ordinary cities of the province the workbook names', () => {
    const recommenders = (...sheets: ReturnType<typeof sheet>[]) =>
      checkGrid(workbook(...sheets)).summary.recommenders.map((r) => [r.name, r.names, r.capOf, r.counted]);

    test('count with the province’s own rows on another sheet against its 15', () => {
      const grid = workbook(
        sheet('省直单位', [['推荐单位（盖章）：江苏省工业和信息化厅'], HEADER, ...rowsFrom(0, 8)]),
        sheet('南京市', [[`南京市${CALL}`], HEADER, ...rowsFrom(10, 4)]),
        sheet('苏州市', [[`苏州市${CALL}`], HEADER, ...rowsFrom(20, 4)]),
      );
      expect(checkGrid(grid).summary.recommenders.map((r) => [r.name, r.names, r.capOf, r.counted])).toEqual([
        ['江苏省工业和信息化厅', ['江苏省工业和信息化厅', '南京市', '苏州市'], 'own', 16],
      ]);
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', '苏州市', 6, 'D', 'error']]);
    });

    test('count with the province’s own rows in the 推荐单位 column, in any order', () => {
      const grid = workbook(
        sheet('S', [
          [CALL],
          [...HEADER, '推荐单位'],
          ...rowsFrom(0, 5, ['杭州市经济和信息化局']),
          ...rowsFrom(10, 8, ['浙江省经济和信息化厅']),
          ...rowsFrom(20, 4, ['温州市经济和信息化局']),
        ]),
      );
      expect(checkGrid(grid).summary.recommenders).toMatchObject([
        {
          name: '浙江省经济和信息化厅',
          names: ['杭州市经济和信息化局', '浙江省经济和信息化厅', '温州市经济和信息化局'],
          type: 'province',
          capOf: 'own',
          counted: 17,
        },
      ]);
      expect(findingsOf('quota-exceeded', grid)).toEqual([
        ['quota-exceeded', 'S', 18, 'D', 'error'],
        ['quota-exceeded', 'S', 19, 'D', 'error'],
      ]);
    });

    test('leave a planned city’s rows under its own 5', () => {
      expect(
        recommenders(
          sheet('S', [
            [...HEADER, '推荐单位'],
            ...rowsFrom(0, 3, ['广东省工业和信息化厅']),
            ...rowsFrom(10, 2, ['深圳市工业和信息化局']),
            ...rowsFrom(20, 2, ['广州市工业和信息化局']),
          ]),
        ),
      ).toEqual([
        ['广东省工业和信息化厅', ['广东省工业和信息化厅', '广州市工业和信息化局'], 'own', 5],
        ['深圳市工业和信息化局', ['深圳市工业和信息化局'], 'own', 2],
      ]);
    });

    // 鼓楼区 (江苏, 福建, 河南) and 朝阳区 (北京, 吉林) are districts of several provinces' cities.
    const shared = (...provinces: string[]) =>
      sheet('S', [
        [...HEADER, '推荐单位'],
        ...rowsFrom(0, 2, ['鼓楼区工业和信息化局']),
        ...rowsFrom(10, 2, ['朝阳区工业和信息化局']),
        ...provinces.flatMap((province, i) => rowsFrom(20 + 10 * i, 1, [province])),
      ]);

    test('stay apart, each a province’s figure of its own, when no province is named', () => {
      expect(recommenders(shared())).toEqual([
        ['鼓楼区工业和信息化局', ['鼓楼区工业和信息化局'], 'province', 2],
        ['朝阳区工业和信息化局', ['朝阳区工业和信息化局'], 'province', 2],
      ]);
    });

    test('join the one of their provinces that the workbook names, and stay apart from the others', () => {
      expect(recommenders(shared('江苏省工业和信息化厅', '浙江省经济和信息化厅'))).toEqual([
        ['江苏省工业和信息化厅', ['鼓楼区工业和信息化局', '江苏省工业和信息化厅'], 'own', 3],
        ['朝阳区工业和信息化局', ['朝阳区工业和信息化局'], 'province', 2],
        ['浙江省经济和信息化厅', ['浙江省经济和信息化厅'], 'own', 1],
      ]);
    });

    test('count with their own province where the workbook names two', () => {
      const grid = sheet('S', [
        [...HEADER, '推荐单位'],
        ...rowsFrom(0, 2, ['南京市工业和信息化局']),
        ...rowsFrom(10, 2, ['杭州市经济和信息化局']),
        ...rowsFrom(20, 1, ['江苏省工业和信息化厅']),
        ...rowsFrom(30, 1, ['浙江省经济和信息化厅']),
      ]);
      expect(recommenders(grid)).toEqual([
        ['江苏省工业和信息化厅', ['南京市工业和信息化局', '江苏省工业和信息化厅'], 'own', 3],
        ['浙江省经济和信息化厅', ['杭州市经济和信息化局', '浙江省经济和信息化厅'], 'own', 3],
      ]);
    });
  });

  describe('a sheet named after a place, its rows naming no recommender, in a 湖北 workbook', () => {
    // 省本级 names the province on its line (8 rows, rows 3–10); the other sheet names nobody (rows 2–9).
    const hubei = (name: string) =>
      workbook(
        sheet('省本级', [['推荐单位（盖章）：湖北省经济和信息化厅'], HEADER, ...rowsFrom(0, 8)]),
        sheet(name, [HEADER, ...rowsFrom(10, 8)]),
      );

    test.each([
      ['a city of the province, with 市', '武汉市'],
      ['a city of the province, without 市', '宜昌'],
      ['an autonomous prefecture of the province, by its short name', '恩施州'],
      ['a county-level city of the province', '仙桃市'],
      ['no place', '表2'],
    ])('pools with the province when the sheet is named after %s (%s)', (_, name) => {
      const grid = hubei(name);
      expect(checkGrid(grid).summary.recommenders.map((r) => [r.name, r.counted, r.unnamed])).toEqual([
        ['湖北省经济和信息化厅', 16, 8],
      ]);
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', name, 9, 'D', 'error']]);
    });

    test.each([
      ['a city of another province', '长沙市', 'province'],
      ['another province', '湖南省', 'own'],
    ])(
      'does not pool, but counts the rows as that place’s, when the sheet is named after %s (%s)',
      (_, name, capOf) => {
        const grid = hubei(name);
        expect(
          checkGrid(grid).summary.recommenders.map((r) => [
            r.name,
            r.typeFrom,
            r.capOf,
            r.province,
            r.counted,
          ]),
        ).toEqual([
          ['湖北省经济和信息化厅', 'name', 'own', undefined, 8],
          [name, 'name', capOf, capOf === 'province' ? '湖南省' : undefined, 8],
        ]);
        expect(findingsOf('quota-exceeded', grid)).toEqual([]);
      },
    );

    test('counts a sheet named after a planned city (深圳市) against the city’s own 5', () => {
      const grid = hubei('深圳市');
      expect(checkGrid(grid).summary.recommenders.map((r) => [r.name, r.type, r.counted])).toEqual([
        ['湖北省经济和信息化厅', 'province', 8],
        ['深圳市', 'planned-city', 8],
      ]);
      expect(findingsOf('quota-exceeded', grid)).toEqual([
        ['quota-exceeded', '深圳市', 7, 'D', 'error'],
        ['quota-exceeded', '深圳市', 8, 'D', 'error'],
        ['quota-exceeded', '深圳市', 9, 'D', 'error'],
      ]);
    });
  });

  describe('ordinary cities named without their province', () => {
    const summary = (...sheets: ReturnType<typeof sheet>[]) =>
      checkGrid(workbook(...sheets)).summary.recommenders.map((r) => [
        r.names,
        r.type,
        r.capOf,
        r.province,
        r.counted,
      ]);
    const city = (name: string, line: string, from: number, n: number) =>
      sheet(name, [[`推荐单位（盖章）：${line}`], HEADER, ...rowsFrom(from, n)]);

    test.each<[string, ReturnType<typeof sheet>[], unknown[][], FindingTuple[]]>([
      [
        'cities of two provinces each feed their own province’s 15',
        [city('武汉', '武汉市经济和信息化局', 0, 10), city('长沙', '长沙市工业和信息化局', 20, 10)],
        [
          [['武汉市经济和信息化局'], 'province', 'province', '湖北省', 10],
          [['长沙市工业和信息化局'], 'province', 'province', '湖南省', 10],
        ],
        [],
      ],
      [
        'cities of one province on two sheets pool into its 15',
        [city('武汉', '武汉市经济和信息化局', 0, 10), city('宜昌', '宜昌市经济和信息化局', 20, 6)],
        [[['武汉市经济和信息化局', '宜昌市经济和信息化局'], 'province', 'province', '湖北省', 16]],
        [['quota-exceeded', '宜昌', 8, 'D', 'error']],
      ],
      [
        'a city and a county of one province, the county named alone, pool into its 15',
        [city('苏州', '苏州市工业和信息化局', 0, 10), city('昆山', '昆山市工业和信息化局', 20, 6)],
        [[['苏州市工业和信息化局', '昆山市工业和信息化局'], 'province', 'province', '江苏省', 16]],
        [['quota-exceeded', '昆山', 8, 'D', 'error']],
      ],
      [
        'a city past its province’s 15 alone',
        [city('武汉', '武汉市经济和信息化局', 0, 16)],
        [[['武汉市经济和信息化局'], 'province', 'province', '湖北省', 16]],
        [['quota-exceeded', '武汉', 18, 'D', 'error']],
      ],
    ])('%s', (_, sheets, expected, findings) => {
      expect(summary(...sheets)).toEqual(expected);
      expect(findingsOf('quota-exceeded', workbook(...sheets))).toEqual(findings);
    });

    test('a city of the province the workbook names counts against that province’s own 15', () => {
      expect(
        summary(city('省本级', '湖南省工业和信息化厅', 0, 4), city('武汉', '武汉市经济和信息化局', 20, 12)),
      ).toEqual([
        [['湖南省工业和信息化厅'], 'province', 'own', undefined, 4],
        [['武汉市经济和信息化局'], 'province', 'province', '湖北省', 12],
      ]);
    });
  });

  describe('a recommender whose type cannot be told', () => {
    test.each([
      ['a national company on no list, without 集团 in its name', '中国铁塔股份有限公司'],
      ['a company', '某某科技有限公司'],
    ])('%s (%s) is assumed a province’s 15 of its own, and unverified', (_, name) => {
      const grid = workbook(sheet('S', [[`推荐单位（盖章）：${name}`], HEADER, ...rows(4)]));
      expect(checkGrid(grid).summary.recommenders).toMatchObject([
        { name, type: 'province', typeFrom: 'default', unverified: true, capOf: 'own', cap: 15, counted: 4 },
      ]);
      expect(findingsOf('quota-exceeded', grid)).toEqual([]);
    });

    test('two such recommenders are two holders, not one 15 shared', () => {
      const grid = workbook(
        sheet('A', [['推荐单位（盖章）：中国铁塔股份有限公司'], HEADER, ...rowsFrom(0, 10)]),
        sheet('B', [['推荐单位（盖章）：中国石油天然气股份有限公司'], HEADER, ...rowsFrom(20, 10)]),
      );
      expect(checkGrid(grid).summary.recommenders.map((r) => [r.name, r.typeFrom, r.counted])).toEqual([
        ['中国铁塔股份有限公司', 'default', 10],
        ['中国石油天然气股份有限公司', 'default', 10],
      ]);
      expect(findingsOf('quota-exceeded', grid)).toEqual([]);
    });
  });

  test.each([
    [
      'an organisation',
      ['中国人工智能产业发展联盟', '中国人工智能产业发展联盟（AIIA）', '中国人工智能产业发展联盟秘书处'],
      15,
    ],
    [
      'a central group with its seal note',
      ['中国电子科技集团有限公司', '中国电子科技集团有限公司（盖章）'],
      3,
    ],
    [
      'a central group and its institutes under their registered names',
      ['中国电子科技集团有限公司', '中国电子科技集团公司第十四研究所', '中国电子科技集团公司电子科学研究院'],
      3,
    ],
    [
      'a central group and its institute after its short name',
      ['中国航天科工集团有限公司', '中国航天科工集团第二研究院'],
      3,
    ],
  ])('counts %s written with a note or its office after it against one cap', (_, names, cap) => {
    const grid = workbook(
      sheet('S', [[...HEADER, '推荐单位'], ...names.flatMap((name, i) => rowsFrom(10 * i, cap, [name]))]),
    );
    // A seal note after the name is no other spelling to list.
    const listed = names.filter((name) => !name.endsWith('（盖章）'));
    expect(checkGrid(grid).summary.recommenders).toMatchObject([{ name: names[0], names: listed, cap }]);
    expect(findingsOf('quota-exceeded', grid)).toHaveLength(cap * (names.length - 1));
  });

  describe('the names listed for one recommender', () => {
    const names = (...sheets: ReturnType<typeof sheet>[]) =>
      checkGrid(workbook(...sheets)).summary.recommenders.map((r) => [r.name, r.names]);

    test.each([
      [
        'one bureau’s spellings, beside a district’s bureau',
        [
          '宁波市经济和信息化局',
          '宁波市经信局',
          '宁波市 经济和信息化局',
          '宁波市经济和信息化局（盖章）',
          '余姚市经济和信息化局',
        ],
        [['宁波市经济和信息化局', ['宁波市经济和信息化局', '余姚市经济和信息化局']]],
      ],
      [
        'a group with its seal note',
        ['中国电子科技集团有限公司', '中国电子科技集团有限公司（盖章）'],
        [['中国电子科技集团有限公司', ['中国电子科技集团有限公司']]],
      ],
      [
        'a central group by its registered and its short names, and without its 中国',
        ['中国电子科技集团有限公司', '中国电科', '中电科集团', '电子科技集团'],
        [['中国电子科技集团有限公司', ['中国电子科技集团有限公司']]],
      ],
      [
        'a listed central enterprise in its spellings, beside a unit of it',
        ['国家电网有限公司', '国家电网公司', '国网', '国家电网有限公司信息通信分公司'],
        [['国家电网有限公司', ['国家电网有限公司', '国家电网有限公司信息通信分公司']]],
      ],
      [
        'a central enterprise registered with （集团）, with and without it',
        ['中国通用技术（集团）控股有限责任公司', '通用技术集团', '中国通用技术集团'],
        [['中国通用技术（集团）控股有限责任公司', ['中国通用技术（集团）控股有限责任公司']]],
      ],
    ])('list %s once', (_, recommenders, expected) => {
      expect(
        names(sheet('S', [[...HEADER, '推荐单位'], ...recommenders.map((r, i) => distinctRow(i, [r]))])),
      ).toEqual(expected);
    });

    test.each([
      ['a city’s two bureaus', ['深圳市工业和信息化局', '深圳市科技创新委员会', '深圳市工信局']],
      ['a bureau and its branch', ['宁波市经济和信息化局', '宁波市经济和信息化局象山分局', '宁波市经信局']],
      [
        'a zone’s committee and its bureau',
        ['宁波高新区管委会', '宁波高新区经济发展局', '宁波高新区管理委员会'],
      ],
    ])('list %s apart, and each one’s spellings once', (_, recommenders) => {
      expect(
        names(sheet('S', [[...HEADER, '推荐单位'], ...recommenders.map((r, i) => distinctRow(i, [r]))])),
      ).toEqual([[recommenders[0], recommenders.slice(0, 2)]]);
    });

    test('list the title’s place once beside its bureau on the line', () => {
      expect(
        names(
          sheet('杭州市', [
            [`浙江省${CALL}`],
            ['推荐单位（盖章）：浙江省经济和信息化厅'],
            HEADER,
            ...rowsFrom(0, 2),
          ]),
          sheet('温州市', [HEADER, ...rowsFrom(10, 2)]),
        ),
      ).toEqual([['浙江省经济和信息化厅', ['浙江省经济和信息化厅']]]);
    });

    test('list the title’s place once beside its bureau in the column', () => {
      expect(
        names(
          sheet('S', [
            [`江苏省${CALL}`],
            [...HEADER, '推荐单位'],
            ...rowsFrom(0, 2, ['江苏省工业和信息化厅']),
            ...rowsFrom(10, 1, ['']),
          ]),
        ),
      ).toEqual([['江苏省工业和信息化厅', ['江苏省工业和信息化厅']]]);
    });
  });

  describe('rows that name no recommender', () => {
    const groups = (...sheets: ReturnType<typeof sheet>[]) =>
      checkGrid(workbook(...sheets)).summary.recommenders.map((r) => [r.name, r.counted, r.unnamed]);

    test('on a sheet without the line count as the workbook’s only named recommender’s, and say so', () => {
      const grid = workbook(
        sheet('鄞州区', [[CALL], ['推荐单位（盖章）：宁波市经济和信息化局'], HEADER, ...rowsFrom(0, 3)]),
        sheet('余姚市', [HEADER, ...rowsFrom(10, 3)]),
      );
      expect(checkGrid(grid).summary.recommenders).toMatchObject([
        { name: '宁波市经济和信息化局', type: 'planned-city', cap: 5, counted: 6, unnamed: 3 },
      ]);
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', '余姚市', 4, 'D', 'error']]);
    });

    test('beside a 推荐单位 cell left blank count as the one the column names', () => {
      const grid = workbook(
        sheet('S', [
          [CALL],
          [...HEADER, '推荐单位'],
          ...rowsFrom(0, 1, ['深圳市工业和信息化局']),
          ...rowsFrom(10, 6, ['']),
        ]),
      );
      expect(groups(grid.sheets[0]!)).toEqual([['深圳市工业和信息化局', 7, 6]]);
      expect(findingsOf('quota-exceeded', grid)).toEqual([
        ['quota-exceeded', 'S', 8, 'D', 'error'],
        ['quota-exceeded', 'S', 9, 'D', 'error'],
      ]);
    });

    test('stay a province’s figure of their own when two recommenders are named', () => {
      expect(
        groups(
          sheet('S1', [['推荐单位（盖章）：宁波市经济和信息化局'], HEADER, ...rowsFrom(0, 2)]),
          sheet('S2', [['推荐单位（盖章）：厦门市工业和信息化局'], HEADER, ...rowsFrom(10, 2)]),
          sheet('S3', [HEADER, ...rowsFrom(20, 2)]),
        ),
      ).toEqual([
        ['宁波市经济和信息化局', 2, undefined],
        ['厦门市工业和信息化局', 2, undefined],
        ['', 2, undefined],
      ]);
    });

    test('are no central group’s, whose rows a local workbook lists beside its own outside the local quota', () => {
      const grid = workbook(
        sheet('S', [
          [CALL],
          ['推荐单位（盖章）：', '', '日期：'],
          [...HEADER, '推荐单位'],
          ...rowsFrom(0, 10, ['']),
          ...rowsFrom(20, 2, ['中国电子科技集团有限公司']),
        ]),
      );
      expect(groups(grid.sheets[0]!)).toEqual([
        ['', 10, undefined],
        ['中国电子科技集团有限公司', 2, undefined],
      ]);
      expect(findingsOf('quota-exceeded', grid)).toEqual([]);
    });

    test('are not the named recommender’s on a sheet whose name names another (湖南省 beside 深圳)', () => {
      expect(
        groups(
          sheet('深圳', [['推荐单位（盖章）：深圳市工业和信息化局'], HEADER, ...rowsFrom(0, 3)]),
          sheet('湖南省', [HEADER, ...rowsFrom(10, 12)]),
        ),
      ).toEqual([
        ['深圳市工业和信息化局', 3, undefined],
        ['湖南省', 12, undefined],
      ]);
    });

    test('are no extra note when nothing names the recommender', () => {
      expect(
        groups(sheet('S1', [HEADER, ...rowsFrom(0, 2)]), sheet('S2', [HEADER, ...rowsFrom(10, 2)])),
      ).toEqual([['', 4, undefined]]);
    });
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

  describe('district bureaus of a planned city named without the city, and nothing else naming it', () => {
    const districts = (...names: string[]) =>
      workbook(
        sheet('汇总', [
          [...HEADER, '推荐单位'],
          ...names.map((name, i) => [...distinctRow(i, []), name] as TestCell[]),
        ]),
      );

    test('count against the city’s 5, not a province’s 15, a shared district name among them', () => {
      const grid = districts(
        ...['福田区工业和信息化局', '南山区工业和信息化局', '龙岗区工业和信息化局'].flatMap((n) => [n, n]),
      );
      expect(checkGrid(grid).summary.recommenders).toMatchObject([
        {
          type: 'planned-city',
          typeReason: { kind: 'planned-city-district', city: '深圳' },
          cap: 5,
          counted: 6,
          over: 1,
        },
      ]);
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', '汇总', 7, 'D', 'error']]);
    });

    test.each([
      ['广东省', '南山区工业和信息化局', '深圳'],
      ['浙江省', '江北区经济和信息化局', '宁波'],
    ])('or a shared district name in a workbook of the city’s province, %s', (province, district, city) => {
      const grid = workbook(
        sheet('汇总', [
          [`${province}2021年人工智能产业创新任务揭榜挂帅项目推荐汇总表`],
          [...HEADER, '推荐单位'],
          ...Array.from({ length: 6 }, (_, i) => [...distinctRow(i, []), district] as TestCell[]),
        ]),
      );
      expect(checkGrid(grid).summary.recommenders).toMatchObject([
        { type: 'planned-city', typeReason: { city }, cap: 5, counted: 6, over: 1 },
      ]);
    });

    test('but not in a workbook of another province, where the name is a district of its own', () => {
      const grid = workbook(
        sheet('汇总', [
          ['重庆市2021年人工智能产业创新任务揭榜挂帅项目推荐汇总表'],
          [...HEADER, '推荐单位'],
          ...Array.from(
            { length: 6 },
            (_, i) => [...distinctRow(i, []), '江北区经济和信息化委员会'] as TestCell[],
          ),
        ]),
      );
      expect(checkGrid(grid).summary.recommenders).toMatchObject([
        { name: '重庆市', nameFrom: 'title', type: 'province', cap: 15, counted: 6 },
      ]);
    });

    test('but a shared district name alone stays an ordinary district, feeding its province', () => {
      expect(
        checkGrid(districts('南山区工业和信息化局', '南山区工业和信息化局')).summary.recommenders,
      ).toMatchObject([{ type: 'province', capOf: 'province', cap: 15, counted: 2 }]);
    });
  });

  describe('the officer’s type against a central group or ministry unit in the name', () => {
    const CENTRAL = '中国智能科技集团有限公司';
    const OTHER_CENTRAL = '中国电子科技集团有限公司';
    const TITLE = '2021年人工智能产业创新任务揭榜单位推荐表';

    /** A sheet with `above` rows over a header with a 推荐单位 column, one project row per column value. */
    const columnSheet = (name: string, above: TestCell[][], recommenders: string[]) =>
      sheet(name, [
        ...above,
        [...HEADER, '推荐单位'],
        ...recommenders.map((r, i) => distinctRow(i, [r], { prefix: name, code: i + name.length * 100 })),
      ]);
    const times = (n: number, name: string) => Array<string>(n).fill(name);
    const holders = (result: CheckResult) =>
      result.summary.recommenders.map((r) => [r.name, r.nameFrom, r.type, r.typeFrom, r.cap, r.counted]);

    test.each<[string, ReturnType<typeof workbook>, RecommenderType, unknown[][]]>([
      [
        'the line names the group',
        workbook(sheet('S', [[`推荐单位（盖章）：${CENTRAL}`], HEADER, ...rows(6)])),
        'ai-org',
        [[CENTRAL, 'line', 'ai-org', 'option', 15, 6]],
      ],
      [
        'the title names the group',
        workbook(sheet('S', [[`${OTHER_CENTRAL}${TITLE}`], HEADER, ...rows(6)])),
        'province',
        [[OTHER_CENTRAL, 'title', 'province', 'option', 15, 6]],
      ],
      [
        'the column names one group for the whole workbook and nothing else names it',
        workbook(columnSheet('S', [], times(6, CENTRAL))),
        'ai-org',
        [[CENTRAL, 'column', 'ai-org', 'option', 15, 6]],
      ],
      [
        'the column names one group under a title that names nobody',
        workbook(columnSheet('S', [[TITLE]], times(6, CENTRAL))),
        'ai-org',
        [[CENTRAL, 'column', 'ai-org', 'option', 15, 6]],
      ],
      [
        'the column names one ministry unit for the whole workbook',
        workbook(columnSheet('S', [], times(4, '北京理工大学'))),
        'province',
        [['北京理工大学', 'column', 'province', 'option', 15, 4]],
      ],
      [
        'the column repeats the group that the line names',
        workbook(columnSheet('S', [[`推荐单位（盖章）：${CENTRAL}`]], times(6, CENTRAL))),
        'ai-org',
        [[CENTRAL, 'line', 'ai-org', 'option', 15, 6]],
      ],
      [
        'the line names a ministry unit and the officer says central group',
        workbook(sheet('S', [['推荐单位（盖章）：中国信息通信研究院'], HEADER, ...rows(4)])),
        'central',
        [['中国信息通信研究院', 'line', 'central', 'option', 3, 4]],
      ],
    ])('lets the officer’s type win when %s', (_case, grid, option, expected) => {
      expect(holders(checkGrid(grid, { recommenderType: option }))).toEqual(expected);
    });

    test.each<[string, ReturnType<typeof workbook>, RecommenderType, unknown[][]]>([
      [
        'the column names a group beside the province’s own rows',
        workbook(columnSheet('S', [], [...times(3, '广东省工业和信息化厅'), ...times(4, OTHER_CENTRAL)])),
        'province',
        [
          ['广东省工业和信息化厅', 'column', 'province', 'option', 15, 3],
          [OTHER_CENTRAL, 'column', 'central', 'name', 3, 4],
        ],
      ],
      [
        'the title names the province and the column names a group on every row',
        workbook(columnSheet('S', [[`湖北省${TITLE}`]], times(4, OTHER_CENTRAL))),
        'province',
        [[OTHER_CENTRAL, 'column', 'central', 'name', 3, 4]],
      ],
      [
        'the column names two groups and nothing else names the workbook',
        workbook(columnSheet('S', [], [...times(4, CENTRAL), ...times(2, OTHER_CENTRAL)])),
        'ai-org',
        [
          [CENTRAL, 'column', 'central', 'name', 3, 4],
          [OTHER_CENTRAL, 'column', 'central', 'name', 3, 2],
        ],
      ],
      [
        'another sheet’s line names the workbook',
        workbook(
          sheet('A', [['推荐单位（盖章）：广东省工业和信息化厅'], HEADER, ...rows(2)]),
          columnSheet('B', [], times(4, OTHER_CENTRAL)),
        ),
        'province',
        [
          ['广东省工业和信息化厅', 'line', 'province', 'option', 15, 2],
          [OTHER_CENTRAL, 'column', 'central', 'name', 3, 4],
        ],
      ],
      [
        'the officer says central group and the column names another group than the line',
        workbook(
          columnSheet(
            'S',
            [[`推荐单位（盖章）：${CENTRAL}`]],
            [...times(2, CENTRAL), ...times(4, OTHER_CENTRAL)],
          ),
        ),
        'central',
        [
          [CENTRAL, 'line', 'central', 'option', 3, 2],
          [OTHER_CENTRAL, 'column', 'central', 'name', 3, 4],
        ],
      ],
    ])('keeps a group’s own cap of 3 when %s', (_case, grid, option, expected) => {
      expect(holders(checkGrid(grid, { recommenderType: option }))).toEqual(expected);
    });

    const GD_LINE = '推荐单位（盖章）：广东省工业和信息化厅';
    test.each<[string, ReturnType<typeof workbook>, unknown[][]]>([
      [
        'keeps a planned city’s 5 when the line names its province',
        workbook(
          columnSheet(
            'S',
            [[GD_LINE]],
            [...times(6, '广州市工业和信息化局'), ...times(4, '深圳市工业和信息化局')],
          ),
        ),
        [
          ['广东省工业和信息化厅', 'line', 'province', 'option', 15, 6],
          ['深圳市工业和信息化局', 'column', 'planned-city', 'name', 5, 4],
        ],
      ],
      [
        'still takes the planned city’s own district rows when the line names the city',
        workbook(
          columnSheet(
            'S',
            [['推荐单位（盖章）：深圳市工业和信息化局']],
            [...times(2, '深圳市工业和信息化局'), ...times(2, '深圳市南山区工业和信息化局')],
          ),
        ),
        [['深圳市工业和信息化局', 'line', 'province', 'option', 15, 4]],
      ],
      [
        'keeps a planned city’s 5 when nothing but the column names the workbook, which names the province too',
        workbook(
          columnSheet('S', [], [...times(3, '广东省工业和信息化厅'), ...times(2, '深圳市工业和信息化局')]),
        ),
        [
          ['广东省工业和信息化厅', 'column', 'province', 'option', 15, 3],
          ['深圳市工业和信息化局', 'column', 'planned-city', 'name', 5, 2],
        ],
      ],
      [
        'keeps an organisation’s own 15 beside the province’s rows in the column',
        workbook(
          columnSheet(
            'S',
            [],
            [...times(15, '江苏省工业和信息化厅'), ...times(3, '中国人工智能产业发展联盟')],
          ),
        ),
        [
          ['江苏省工业和信息化厅', 'column', 'province', 'option', 15, 15],
          ['中国人工智能产业发展联盟', 'column', 'ai-org', 'name', 15, 3],
        ],
      ],
      [
        'counts a name whose type can’t be told (a zone’s office) in the province’s 15 beside it in the column',
        workbook(
          columnSheet('S', [], [...times(10, '北京市经济和信息化局'), ...times(6, '中关村科学城管委会')]),
        ),
        [['北京市经济和信息化局', 'column', 'province', 'option', 15, 16]],
      ],
      [
        'counts a name whose type can’t be told in the province’s 15 when its rows come first',
        workbook(
          columnSheet('S', [], [...times(6, '中新天津生态城管委会'), ...times(10, '天津市工业和信息化局')]),
        ),
        [['天津市工业和信息化局', 'column', 'province', 'option', 15, 16]],
      ],
      [
        'keeps a national body’s rows whose type can’t be told (a company without 集团 on no list) apart, unverified',
        workbook(
          columnSheet('S', [], [...times(12, '北京市经济和信息化局'), ...times(4, '中国铁塔股份有限公司')]),
        ),
        [
          ['北京市经济和信息化局', 'column', 'province', 'option', 15, 12],
          ['中国铁塔股份有限公司', 'column', 'province', 'default', 15, 4],
        ],
      ],
    ])('the officer’s province type %s', (_case, grid, expected) => {
      expect(holders(checkGrid(grid, { recommenderType: 'province' }))).toEqual(expected);
    });

    test('counts a central group written with and without its 中国 as one, against its 3', () => {
      const grid = workbook(
        columnSheet('S', [], [...times(2, '中国航天科技集团有限公司'), ...times(2, '航天科技集团')]),
      );
      expect(holders(checkGrid(grid))).toEqual([
        ['中国航天科技集团有限公司', 'column', 'central', 'name', 3, 4],
      ]);
    });

    describe('the officer’s province type on a workbook that names city bureaus and no province', () => {
      const cityLine = (name: string, bureau: string, from: number, n: number) =>
        sheet(name, [[`推荐单位（盖章）：${bureau}`], HEADER, ...rowsFrom(from, n)]);
      const cities = (result: CheckResult) =>
        result.summary.recommenders.map((r) => [r.names, r.type, r.capOf, r.province, r.cap, r.counted]);

      test.each<[string, ReturnType<typeof workbook>, unknown[][]]>([
        [
          'in the column',
          workbook(
            columnSheet(
              'S',
              [],
              [
                ...times(8, '杭州市经济和信息化局'),
                ...times(5, '宁波市经济和信息化局'),
                ...times(7, '温州市经济和信息化局'),
              ],
            ),
          ),
          [
            [['杭州市经济和信息化局', '温州市经济和信息化局'], 'province', 'province', '浙江省', 15, 15],
            [['宁波市经济和信息化局'], 'planned-city', 'own', undefined, 5, 5],
          ],
        ],
        [
          'on each sheet’s line',
          workbook(
            cityLine('广州市', '广州市工业和信息化局', 0, 8),
            cityLine('深圳市', '深圳市工业和信息化局', 10, 5),
            cityLine('佛山市', '佛山市工业和信息化局', 20, 7),
          ),
          [
            [['广州市工业和信息化局', '佛山市工业和信息化局'], 'province', 'province', '广东省', 15, 15],
            [['深圳市工业和信息化局'], 'planned-city', 'own', undefined, 5, 5],
          ],
        ],
        [
          'on the line of its only sheet',
          workbook(cityLine('武汉', '武汉市经济和信息化局', 0, 4)),
          [[['武汉市经济和信息化局'], 'province', 'province', '湖北省', 15, 4]],
        ],
      ])(
        'keeps a planned city’s 5 apart and the cities labelled as feeding their province, %s',
        (_, grid, expected) => {
          const result = checkGrid(grid, { recommenderType: 'province' });
          expect(cities(result)).toEqual(expected);
          expect(tuplesOf(result, 'quota-exceeded')).toEqual([]);
        },
      );
    });

    const outsideName = fc.constantFrom(CENTRAL, OTHER_CENTRAL, '北京理工大学', '中国信息通信研究院');

    test('lets the officer’s type win wherever the workbook’s only name is', () => {
      const caps = defaultProfile().caps;
      const grids = {
        line: (name: string, n: number) => sheet('S', [[`推荐单位（盖章）：${name}`], HEADER, ...rows(n)]),
        title: (name: string, n: number) => sheet('S', [[`${name}${TITLE}`], HEADER, ...rows(n)]),
        column: (name: string, n: number) => columnSheet('S', [], times(n, name)),
      };
      fc.assert(
        fc.property(
          fc.constantFrom(...RECOMMENDER_TYPES),
          outsideName,
          fc.constantFrom('line', 'title', 'column' as const),
          fc.integer({ min: 1, max: 8 }),
          (option, name, from, n) => {
            const result = checkGrid(workbook(grids[from](name, n)), { recommenderType: option });
            expect(holders(result)).toEqual([[name, from, option, 'option', caps[option], n]]);
          },
        ),
        { numRuns: 60 },
      );
    });

    test('keeps another holder’s rows under its own 3 in any order and under any local type', () => {
      const localType = fc.constantFrom(
        ...RECOMMENDER_TYPES.filter((t) => t !== 'central' && t !== 'ministry-unit'),
      );
      const column = fc
        .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
        .chain(([own, other]) =>
          fc.shuffledSubarray([...times(own, '广东省工业和信息化厅'), ...times(other, OTHER_CENTRAL)], {
            minLength: own + other,
          }),
        );
      fc.assert(
        fc.property(localType, column, (option, recommenders) => {
          const result = checkGrid(workbook(columnSheet('S', [], recommenders)), { recommenderType: option });
          const other = recommenders.filter((r) => r === OTHER_CENTRAL).length;
          expect(holders(result).find(([name]) => name === OTHER_CENTRAL)).toEqual([
            OTHER_CENTRAL,
            'column',
            'central',
            'name',
            3,
            other,
          ]);
        }),
        { numRuns: 60 },
      );
    });

    test('drops the group’s quota findings when the officer says the workbook is an organisation’s', () => {
      const grid = workbook(columnSheet('S', [], times(6, CENTRAL)));
      expect(findingsOf('quota-exceeded', grid)).toEqual([
        ['quota-exceeded', 'S', 5, 'D', 'error'],
        ['quota-exceeded', 'S', 6, 'D', 'error'],
        ['quota-exceeded', 'S', 7, 'D', 'error'],
      ]);
      expect(findingsOf('quota-exceeded', grid, { recommenderType: 'ai-org' })).toEqual([]);
    });

    test('still flags a group’s rows past its 3 inside a province’s workbook', () => {
      const grid = workbook(columnSheet('S', [[`湖北省${TITLE}`]], times(4, OTHER_CENTRAL)));
      expect(findingsOf('quota-exceeded', grid, { recommenderType: 'province' })).toEqual([
        ['quota-exceeded', 'S', 6, 'D', 'error'],
      ]);
    });
  });
});
