import fc from 'fast-check';
import { DirectionList, directionName } from '../../../src/core/directions/direction-list';
import { parseDirectionGrid, parseDirectionText } from '../../../src/core/directions/parse-direction-list';
import type { WorkbookGrid } from '../../../src/core/grid';
import { defaultProfile } from '../../../src/core/profile';
import { sheet, workbook } from '../../helpers/grid';
import { listOf } from '../../helpers/lists';

const profile = defaultProfile();
const directionsIn = (grid: WorkbookGrid) => listOf(parseDirectionGrid(grid, profile));

describe('reading the guide’s direction list', () => {
  test('from text, one a line, with categories after a tab, skipping blanks, comments and a header', () => {
    const text =
      '类别\t揭榜方向\n# 指南附件\n核心基础\t智能传感器\n\n机器翻译系统\r\n 重点产品 \t 测试方向甲 \n';
    expect(parseDirectionText(text, profile)).toEqual([
      { name: '智能传感器', category: '核心基础' },
      { name: '机器翻译系统' },
      { name: '测试方向甲', category: '重点产品' },
    ]);
  });

  test('from text with each category as a heading on its own line, over its directions', () => {
    const text =
      '一、核心基础\n1.智能传感器\n2.测试方向甲\n\n（二）重点产品\n机器翻译系统\n公共支撑\n核心基础\t测试方向乙\n';
    expect(parseDirectionText(text, profile)).toEqual([
      { name: '1.智能传感器', category: '核心基础' },
      { name: '2.测试方向甲', category: '核心基础' },
      { name: '机器翻译系统', category: '重点产品' },
      { name: '测试方向乙', category: '核心基础' },
    ]);
  });

  test('from text whose headings write a category with 类 or 任务 after it', () => {
    const text =
      '一、核心基础类\n测试方向甲\n二、重点产品类任务\n测试方向乙\n公共支撑任务：测试方向丙\n核心基础类\t测试方向丁\n';
    expect(parseDirectionText(text, profile)).toEqual([
      { name: '测试方向甲', category: '核心基础' },
      { name: '测试方向乙', category: '重点产品' },
      { name: '测试方向丙', category: '公共支撑' },
      { name: '测试方向丁', category: '核心基础' },
    ]);
  });

  test('from text copied from a table with a note after each direction, leaving the note out', () => {
    const text =
      '类别\t揭榜方向\t备注\n核心基础\t智能传感器\t牵头单位优先\n测试方向甲\t重点产品\t备注二\n1\t公共支撑\t测试方向乙\t\t备注三\n';
    expect(parseDirectionText(text, profile)).toEqual([
      { name: '智能传感器', category: '核心基础' },
      { name: '测试方向甲', category: '重点产品' },
      { name: '测试方向乙', category: '公共支撑' },
    ]);
  });

  test('from text whose headings write how many directions they hold', () => {
    const text =
      '一、核心基础（4个）\n测试方向甲\n重点产品（共6项）：\n测试方向乙\n（三）公共支撑 (3个方向)\n测试方向丙\n核心基础（共4项）：测试方向丁\n';
    expect(parseDirectionText(text, profile)).toEqual([
      { name: '测试方向甲', category: '核心基础' },
      { name: '测试方向乙', category: '重点产品' },
      { name: '测试方向丙', category: '公共支撑' },
      { name: '测试方向丁', category: '核心基础' },
    ]);
  });

  test('from a sheet whose heading rows write how many directions they hold', () => {
    const grid = workbook(
      sheet('S', [['揭榜方向'], ['一、核心基础（共2项）'], ['测试方向甲'], ['测试方向乙']]),
    );
    expect(directionsIn(grid)).toEqual([
      { name: '测试方向甲', category: '核心基础' },
      { name: '测试方向乙', category: '核心基础' },
    ]);
  });

  test('keeping a direction whose bracket holds a number that counts nothing', () => {
    expect(parseDirectionText('测试方向（2个）\n核心基础\t测试方向（第2代）\n', profile)).toEqual([
      { name: '测试方向（2个）' },
      { name: '测试方向（第2代）', category: '核心基础' },
    ]);
  });

  test('from text with a category and spaces before each direction, in place of a tab', () => {
    const text =
      '核心基础  智能传感器\n一、核心基础 1.测试方向甲\n（二）重点产品\u3000机器翻译系统\n二、 重点产品 测试方向乙\n';
    expect(parseDirectionText(text, profile)).toEqual([
      { name: '智能传感器', category: '核心基础' },
      { name: '1.测试方向甲', category: '核心基础' },
      { name: '机器翻译系统', category: '重点产品' },
      { name: '测试方向乙', category: '重点产品' },
    ]);
  });

  test('from text with a colon between a category and its direction, or after a heading', () => {
    const text =
      '核心基础：智能传感器\n（二）重点产品: 机器翻译系统\n公共支撑 ： 测试方向乙\n一、核心基础：\n测试方向丙\n';
    expect(parseDirectionText(text, profile)).toEqual([
      { name: '智能传感器', category: '核心基础' },
      { name: '机器翻译系统', category: '重点产品' },
      { name: '测试方向乙', category: '公共支撑' },
      { name: '测试方向丙', category: '核心基础' },
    ]);
  });

  test('from text saved comma-separated, a category and its direction on each line', () => {
    const text = '类别,揭榜方向\n核心基础,智能传感器\n重点产品，机器翻译系统\n公共支撑, 测试方向乙\n';
    expect(parseDirectionText(text, profile)).toEqual([
      { name: '智能传感器', category: '核心基础' },
      { name: '机器翻译系统', category: '重点产品' },
      { name: '测试方向乙', category: '公共支撑' },
    ]);
  });

  test('from text whose directions have spaces inside, never cut where no category comes first', () => {
    const text = '核心基础\n高性能 云端人工智能芯片\n智能 传感器 二期\n';
    expect(parseDirectionText(text, profile)).toEqual([
      { name: '高性能 云端人工智能芯片', category: '核心基础' },
      { name: '智能 传感器 二期', category: '核心基础' },
    ]);
  });

  test('from text copied from a table with a 序号 column, taking no number for a category', () => {
    const text = '序号\t类别\t揭榜方向\n1\t核心基础\t智能传感器\n2.\t重点产品\t机器翻译系统\n3\t测试方向甲\n';
    expect(parseDirectionText(text, profile)).toEqual([
      { name: '智能传感器', category: '核心基础' },
      { name: '机器翻译系统', category: '重点产品' },
      { name: '测试方向甲' },
    ]);
  });

  test('from text with the category after the direction', () => {
    const text = '揭榜方向\t类别\n智能传感器\t核心基础\n1\t机器翻译系统\t（二）重点产品\n';
    expect(parseDirectionText(text, profile)).toEqual([
      { name: '智能传感器', category: '核心基础' },
      { name: '机器翻译系统', category: '重点产品' },
    ]);
  });

  test('from text with the category in brackets after each direction, or before it with a dash', () => {
    const text =
      '智能传感器（核心基础）\n测试方向甲 (核心基础类)\n【重点产品】机器翻译系统\n重点产品-测试方向乙\n公共支撑平台\n';
    expect(parseDirectionText(text, profile)).toEqual([
      { name: '智能传感器', category: '核心基础' },
      { name: '测试方向甲', category: '核心基础' },
      { name: '机器翻译系统', category: '重点产品' },
      { name: '测试方向乙', category: '重点产品' },
      { name: '公共支撑平台' },
    ]);
  });

  test('from text under a title that names the list', () => {
    const text = '揭榜方向清单\n2021年人工智能产业创新任务细化揭榜方向：\n智能传感器\n测试方向甲\n';
    expect(parseDirectionText(text, profile)).toEqual([{ name: '智能传感器' }, { name: '测试方向甲' }]);
  });

  describe('from text written on one line', () => {
    const six = profile.directions.map(({ name }) => ({ name }));
    test.each([
      ['separated by 、', six.map(({ name }) => name).join('、')],
      ['separated by ；, after a label', `揭榜方向：${six.map(({ name }) => name).join('；')}；`],
      ['separated by ，', six.map(({ name }) => name).join('，')],
      ['separated by ; with spaces', six.map(({ name }) => name).join(' ; ')],
    ])('%s', (_, line) => {
      expect(parseDirectionText(`${line}\n`, profile)).toEqual(six);
    });

    test.each([
      ['1.智能传感器 2.机器翻译系统 3.测试方向甲'],
      ['1、智能传感器 2、机器翻译系统 3、测试方向甲'],
      ['（1）智能传感器 （2）机器翻译系统（3）测试方向甲'],
      ['①智能传感器②机器翻译系统③测试方向甲'],
      ['揭榜方向：1. 智能传感器；2. 机器翻译系统；3. 测试方向甲。'],
    ])('numbered, as %s', (line) => {
      expect(parseDirectionText(line, profile).map(({ name }) => directionName(name))).toEqual([
        '智能传感器',
        '机器翻译系统',
        '测试方向甲',
      ]);
    });

    test('not at numbers out of sequence, or inside a direction', () => {
      expect(parseDirectionText('1.测试方向甲 3.0版', profile)).toEqual([{ name: '1.测试方向甲 3.0版' }]);
      expect(parseDirectionText('1.测试方向甲 2.0版', profile)).toEqual([{ name: '1.测试方向甲 2.0版' }]);
      expect(parseDirectionText('测试方向 2.0 甲', profile)).toEqual([{ name: '测试方向 2.0 甲' }]);
    });

    test('under a category heading, which each direction takes', () => {
      expect(parseDirectionText('核心基础\n智能传感器、测试方向甲', profile)).toEqual([
        { name: '智能传感器', category: '核心基础' },
        { name: '测试方向甲', category: '核心基础' },
      ]);
    });

    test('cut at its strongest separator only, so that a direction with a 、 inside stays whole', () => {
      expect(parseDirectionText('智能传感器；测试方向甲、乙；机器翻译系统', profile)).toEqual([
        { name: '智能传感器' },
        { name: '测试方向甲、乙' },
        { name: '机器翻译系统' },
      ]);
    });

    test('as a one-per-line list reads it, whatever the separator', () => {
      const name = fc.constantFrom(...profile.directions.map((d) => d.name), '测试方向甲', '1.测试方向乙');
      const separator = fc.constantFrom('、', '；', ';', '，', ',', ' ； ');
      fc.assert(
        fc.property(fc.uniqueArray(name, { minLength: 2, maxLength: 8 }), separator, (names, between) => {
          expect(parseDirectionText(names.join(between), profile)).toEqual(
            parseDirectionText(names.join('\n'), profile),
          );
        }),
      );
    });
  });

  describe('from text with one line for each category, which lists its directions', () => {
    /** Two categories, each on one line with its directions after it. */
    const lineEach = (after: string) =>
      `核心基础${after}智能传感器、测试方向甲、测试方向乙\n重点产品${after}机器翻译系统、测试方向丙\n`;

    test.each([
      ['after a colon', lineEach('：')],
      ['after a tab', lineEach('\t')],
      [
        'after a tab, each direction in a cell of its own, as copied from a sheet',
        '核心基础\t智能传感器\t测试方向甲\t测试方向乙\n重点产品\t机器翻译系统\t测试方向丙\t\n',
      ],
      [
        'after a row number and a tab, each direction in a cell of its own',
        '1\t核心基础\t智能传感器\t测试方向甲、测试方向乙\n2\t重点产品\t机器翻译系统\t测试方向丙\n',
      ],
      ['after spaces', lineEach('  ')],
      [
        'under a heading of its own',
        '一、核心基础：\n智能传感器、测试方向甲、测试方向乙\n（二）重点产品\n机器翻译系统；测试方向丙\n',
      ],
    ])('%s', (_, text) => {
      expect(parseDirectionText(text, profile)).toEqual([
        { name: '智能传感器', category: '核心基础' },
        { name: '测试方向甲', category: '核心基础' },
        { name: '测试方向乙', category: '核心基础' },
        { name: '机器翻译系统', category: '重点产品' },
        { name: '测试方向丙', category: '重点产品' },
      ]);
    });

    test('as lines of one direction each read them, whatever the separators', () => {
      const name = fc.constantFrom(...profile.directions.map((d) => d.name), '测试方向甲', '1.测试方向乙');
      const list = fc.uniqueArray(name, { minLength: 1, maxLength: 6 });
      const categories = fc.shuffledSubarray(profile.categories, { minLength: 1 });
      const after = fc.constantFrom('：', ': ', '\t', ' ', '\u3000');
      const between = fc.constantFrom('、', '；', '，', ' ; ');
      fc.assert(
        fc.property(categories, list, after, between, (heads, names, colon, separator) => {
          const oneLineEach = heads.map((head) => `${head}${colon}${names.join(separator)}`).join('\n');
          const oneDirectionEach = heads.flatMap((head) => names.map((n) => `${head}\t${n}`)).join('\n');
          expect(parseDirectionText(oneLineEach, profile)).toEqual(
            parseDirectionText(oneDirectionEach, profile),
          );
        }),
      );
    });

    test('with its directions in cells of their own as with them in one cell, separated by 、', () => {
      const name = fc.constantFrom(...profile.directions.map((d) => d.name), '测试方向甲', '1.测试方向乙');
      const list = fc.uniqueArray(name, { minLength: 1, maxLength: 6 });
      const categories = fc.shuffledSubarray(profile.categories, { minLength: 1 });
      fc.assert(
        fc.property(categories, list, (heads, names) => {
          const lineEach = (between: string) =>
            heads.map((head) => `${head}\t${names.join(between)}`).join('\n');
          expect(parseDirectionText(lineEach('\t'), profile)).toEqual(
            parseDirectionText(lineEach('、'), profile),
          );
        }),
      );
    });

    test.each([
      [
        'under a heading over two lines or more',
        '核心基础\n智能传感器\n测试方向甲、乙\n重点产品\n测试方向丙、丁\n',
      ],
      [
        'where a category begins two lines',
        '核心基础\t智能传感器\n核心基础\t测试方向甲、乙\n重点产品\t测试方向丙、丁\n',
      ],
    ])('but not %s: those name one direction a line', (_, text) => {
      expect(parseDirectionText(text, profile)).toEqual([
        { name: '智能传感器', category: '核心基础' },
        { name: '测试方向甲、乙', category: '核心基础' },
        { name: '测试方向丙、丁', category: '重点产品' },
      ]);
    });
  });

  describe('with a category over two lines, the second beginning with an empty cell', () => {
    const expected = [
      { name: '高性能云端人工智能芯片', category: '核心基础' },
      { name: '智能传感器', category: '核心基础' },
      { name: '终端人工智能推断框架', category: '核心基础' },
      { name: '测试方向甲', category: '核心基础' },
      { name: '机器翻译系统', category: '重点产品' },
      { name: '人工智能训练资源库', category: '公共支撑' },
    ];
    const rows = [
      ['核心基础', '高性能云端人工智能芯片', '智能传感器'],
      ['', '终端人工智能推断框架', '测试方向甲'],
      ['重点产品', '机器翻译系统'],
      ['公共支撑', '人工智能训练资源库'],
    ];

    test('from tab-separated text', () => {
      expect(parseDirectionText(rows.map((cells) => cells.join('\t')).join('\n'), profile)).toEqual(expected);
    });

    test('from tab-separated text copied with its 序号 column (2<TAB><TAB>…)', () => {
      const text = rows.map((cells, i) => [i + 1, ...cells].join('\t')).join('\n');
      expect(parseDirectionText(text, profile)).toEqual(expected);
    });

    test('from tab-separated text of one direction a row, with or without its 序号 column, whatever the categories', () => {
      const table = fc
        .shuffledSubarray(profile.categories, { minLength: 1 })
        .chain((categories) =>
          fc.tuple(
            ...categories.map((category) => fc.tuple(fc.constant(category), fc.integer({ min: 1, max: 3 }))),
          ),
        );
      const numbering = fc.constantFrom('', '.', '、');
      fc.assert(
        fc.property(table, numbering, (categories, after) => {
          const directions = categories.flatMap(([category, count]) =>
            Array.from({ length: count }, (_, i) => ({ name: `${category}的测试方向${i + 1}`, category })),
          );
          const rows = directions.map(({ name, category }, i) => [
            i === 0 || directions[i - 1]!.category !== category ? category : '',
            name,
          ]);
          const text = (numbered: boolean) =>
            rows.map((cells, i) => (numbered ? [`${i + 1}${after}`, ...cells] : cells).join('\t')).join('\n');
          expect(parseDirectionText(text(false), profile)).toEqual(directions);
          expect(parseDirectionText(text(true), profile)).toEqual(directions);
        }),
      );
    });

    test.each([
      ['from its first column', (cells: string[]) => cells],
      ['from a column after an empty one', (cells: string[]) => ['', ...cells]],
      ['after a 序号 column', (cells: string[], i: number) => [i + 1, ...cells]],
    ])('from a sheet without a header, %s', (_, layout) => {
      expect(directionsIn(workbook(sheet('方向', rows.map(layout))))).toEqual(expected);
    });

    test('from a sheet without a header of one direction a row, the category written on its first row only', () => {
      const grid = workbook(
        sheet('方向', [
          ['核心基础', '智能传感器'],
          ['', '测试方向甲、乙'],
          ['重点产品', '机器翻译系统'],
          ['重点产品', '测试方向丙'],
        ]),
      );
      expect(directionsIn(grid)).toEqual([
        { name: '智能传感器', category: '核心基础' },
        { name: '测试方向甲、乙', category: '核心基础' },
        { name: '机器翻译系统', category: '重点产品' },
        { name: '测试方向丙', category: '重点产品' },
      ]);
    });
  });

  test('from text one a line, never cutting a direction with a 、 or ； inside', () => {
    expect(parseDirectionText('智能传感器\n测试方向甲、乙\n测试方向丙；丁\n', profile)).toEqual([
      { name: '智能传感器' },
      { name: '测试方向甲、乙' },
      { name: '测试方向丙；丁' },
    ]);
  });

  test('from a sheet with 揭榜方向 and 类别 columns', () => {
    const grid = workbook(
      sheet('方向', [
        ['序号', '类别', '揭榜方向'],
        [1, '核心基础', '智能传感器'],
        [2, '', '测试方向乙'],
        [3, '重点产品类', '测试方向丙'],
      ]),
    );
    expect(directionsIn(grid)).toEqual([
      { name: '智能传感器', category: '核心基础' },
      { name: '测试方向乙' },
      { name: '测试方向丙', category: '重点产品' },
    ]);
  });

  test('from a sheet whose 揭榜方向 column heads each category’s directions with it, which is no direction', () => {
    const grid = workbook(
      sheet('方向', [
        ['序号', '揭榜方向'],
        ['', '一、核心基础'],
        [1, '智能传感器'],
        [2, '测试方向甲'],
        ['', '（二）重点产品'],
        [3, '机器翻译系统'],
      ]),
    );
    expect(directionsIn(grid)).toEqual([
      { name: '智能传感器', category: '核心基础' },
      { name: '测试方向甲', category: '核心基础' },
      { name: '机器翻译系统', category: '重点产品' },
    ]);
  });

  test('from a sheet without a header whose rows are numbered, taking no number for a direction', () => {
    const grid = workbook(
      sheet('方向', [
        [1, '智能传感器'],
        ['2.', '测试方向丙', '新增'],
      ]),
    );
    expect(directionsIn(grid)).toEqual([{ name: '智能传感器' }, { name: '测试方向丙' }]);
  });

  test('from a sheet without a header with a category beside each direction', () => {
    const grid = workbook(
      sheet('方向', [
        [1, '核心基础', '智能传感器'],
        [2, '机器翻译系统', '重点产品'],
      ]),
    );
    expect(directionsIn(grid)).toEqual([
      { name: '智能传感器', category: '核心基础' },
      { name: '机器翻译系统', category: '重点产品' },
    ]);
  });

  describe('from a sheet without a header that is one row across, as a CSV of one line holds it', () => {
    test.each([
      ['a direction in every cell', ['智能传感器', '机器翻译系统', '测试方向甲、乙'], undefined],
      ['after a row number', [1, '智能传感器', '机器翻译系统', '测试方向甲、乙'], undefined],
      ['after a category', ['核心基础', '智能传感器', '机器翻译系统', '测试方向甲、乙'], '核心基础'],
    ])('%s', (_, row, category) => {
      const names = ['智能传感器', '机器翻译系统', '测试方向甲、乙'];
      expect(directionsIn(workbook(sheet('方向', [row, []])))).toEqual(
        names.map((name) => (category ? { name, category } : { name })),
      );
    });
  });

  test('from a sheet without a header with one row for each category, its directions across it', () => {
    const grid = workbook(
      sheet('方向', [
        ['核心基础', '智能传感器', '测试方向甲', '测试方向乙、丙'],
        ['重点产品', '机器翻译系统'],
        ['公共支撑', '人工智能训练资源库', '测试方向丁'],
      ]),
    );
    expect(directionsIn(grid)).toEqual([
      { name: '智能传感器', category: '核心基础' },
      { name: '测试方向甲', category: '核心基础' },
      { name: '测试方向乙、丙', category: '核心基础' },
      { name: '机器翻译系统', category: '重点产品' },
      { name: '人工智能训练资源库', category: '公共支撑' },
      { name: '测试方向丁', category: '公共支撑' },
    ]);
  });

  test('from a sheet without a header, taking its first column', () => {
    const grid = workbook(sheet('方向', [['智能传感器'], ['测试方向丙']]));
    expect(directionsIn(grid)).toEqual([{ name: '智能传感器' }, { name: '测试方向丙' }]);
  });
});

describe('reading a direction list from a workbook that holds recommendation tables too', () => {
  const recommendation = sheet('Sheet1', [
    ['北京市2021年揭榜挂帅项目推荐汇总表'],
    ['序号', '申报单位', '项目名称', '揭榜方向'],
    [1, '甲科技有限公司', '某平台', '机器翻译平台'],
  ]);
  const list = (name: string) =>
    sheet(name, [
      ['所属类别', '揭榜方向'],
      ['核心基础', '智能传感器'],
    ]);

  test.each(['揭榜方向', 'Sheet2'])(
    'reads the sheet %s, never the recommendation table’s 揭榜方向 column',
    (name) => {
      expect(directionsIn(workbook(recommendation, list(name)))).toEqual([
        { name: '智能传感器', category: '核心基础' },
      ]);
    },
  );

  test('reads the sheet that calls itself the list before another', () => {
    const other = sheet('说明', [['方向'], ['测试方向甲']]);
    expect(directionsIn(workbook(recommendation, other, list('方向清单')))).toEqual([
      { name: '智能传感器', category: '核心基础' },
    ]);
  });

  test('finds no list in a workbook of recommendation tables alone', () => {
    expect(parseDirectionGrid(workbook(recommendation), profile)).toEqual({
      ok: false,
      failure: 'recommendations-only',
    });
  });
});

describe('reading a guide list whose lines are decorated, as typed or pasted from a document', () => {
  const others = Array.from('甲乙丙丁戊己庚辛壬癸子丑', (c) => `测试方向${c}`);
  const guide = [...profile.directions.map(({ name }) => name), ...others];
  const listOf = (text: string) => new DirectionList(profile, parseDirectionText(text, profile));

  test.each([
    ['bullets', (name: string) => `• ${name}`],
    ['a middle dot and a tab, as Word’s bulleted list pastes', (name: string) => `·\t${name}`],
    ['dashes and stars', (name: string, i: number) => `${i % 2 ? '-' : '*'} ${name}`],
    ['square bullets', (name: string) => `▪${name}`],
    ['curly quotes', (name: string) => `“${name}”`],
    ['straight quotes', (name: string) => `"${name}"`],
    ['book-title marks', (name: string) => `《${name}》`],
    ['a task number', (name: string, i: number) => `任务${i + 1}：${name}`],
    ['a direction number', (name: string, i: number) => `方向${i + 1}：${name}`],
    ['a bullet, a number and quotes', (name: string, i: number) => `· ${i + 1}.“${name}”`],
  ])('with %s, taking each direction without them', (_, decorated) => {
    const list = listOf(guide.map(decorated).join('\r\n'));
    expect(list.info).toEqual({ complete: true, count: 18, expected: 18, source: 'file' });
    expect(guide.map((name) => list.find(name)?.name)).toEqual(guide);
    const categories = guide.map((name) => list.find(name)?.category);
    expect(categories.filter((category) => category && !profile.categories.includes(category))).toEqual([]);
  });

  test('taking no bullet, and no text that is none of the profile’s categories, for a category', () => {
    const text = [
      '·\t测试方向甲',
      '其他\t测试方向乙',
      '核心基础\t测试方向丙',
      '• 重点产品类：测试方向丁',
    ].join('\n');
    expect(parseDirectionText(text, profile)).toEqual([
      { name: '测试方向甲' },
      { name: '测试方向乙' },
      { name: '测试方向丙', category: '核心基础' },
      { name: '测试方向丁', category: '重点产品' },
    ]);
  });

  test('keeping a title whose quotes are part of it', () => {
    expect(['“天璇”芯片', '“甲”与“乙”系统'].map(directionName)).toEqual(['“天璇”芯片', '“甲”与“乙”系统']);
  });
});

test('reading a guide list copied with its 附件 label, title and page numbers, leaving them out', () => {
  const text = [
    '附件',
    '2021年人工智能产业创新任务揭榜挂帅申报指南',
    '一、核心基础',
    '（一）智能传感器',
    '— 3 —',
    '- 4 -',
    '第 5 页',
    '附件2：',
    '二、重点产品',
    '（一）机器翻译系统',
    '',
    '— 6 —',
  ].join('\n');
  expect(parseDirectionText(text, profile)).toEqual([
    { name: '（一）智能传感器', category: '核心基础' },
    { name: '（一）机器翻译系统', category: '重点产品' },
  ]);
});
