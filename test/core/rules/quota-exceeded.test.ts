import fc from 'fast-check';
import { checkGrid, findingsOf } from '../../helpers/findings';
import { distinctRow, HEADER, sheet, workbook, type TestCell } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

/** A sheet with a 推荐单位 line on row 1, the header on row 2, and `count` projects of distinct units from row 3. */
function recommended(name: string, line: string, count: number, choice?: (i: number) => TestCell) {
  const header = choice ? [...HEADER, '是否推荐'] : HEADER;
  const rows = Array.from({ length: count }, (_, i) =>
    distinctRow(i, choice ? [choice(i)] : [], { prefix: name, code: i + name.length * 1000 }),
  );
  return sheet(name, [[`推荐单位（盖章）：${line}`], header, ...rows]);
}

/** A sheet with both a 是否推荐 (H) and a 推荐排序 (I) column: one [flag, rank] per row, from row 3. */
function flaggedAndRanked(choices: [TestCell, TestCell][]) {
  const rows = choices.map((choice, i) => distinctRow(i, choice, { code: i + 700 }));
  return sheet('S', [
    ['推荐单位（盖章）：深圳市工业和信息化局'],
    [...HEADER, '是否推荐', '推荐排序'],
    ...rows,
  ]);
}

function ranked(name: string, line: string, ranks: TestCell[]) {
  const rows = ranks.map((rank, i) => distinctRow(i, [rank], { code: i + 500 }));
  return sheet(name, [[`推荐单位（盖章）：${line}`], [...HEADER, '推荐排序'], ...rows]);
}

/** A 深圳 sheet with the given extra header cells (H, I …) and one row of extra cells per project, from row 3. */
function withColumns(header: string[], cells: TestCell[][]) {
  const rows = cells.map((extra, i) => distinctRow(i, extra, { code: i + 900 }));
  return sheet('S', [['推荐单位（盖章）：深圳市工业和信息化局'], [...HEADER, ...header], ...rows]);
}

describe('quota-exceeded', () => {
  describe('flags', () => {
    test('for the rows past a planned city’s cap of 5', () => {
      const grid = workbook(recommended('S', '深圳市工业和信息化局', 7));
      expect(findingsOf('quota-exceeded', grid)).toEqual([
        ['quota-exceeded', 'S', 8, 'D', 'error'],
        ['quota-exceeded', 'S', 9, 'D', 'error'],
      ]);
    });

    test('for the rows past a province’s cap of 15, and says how many to drop', () => {
      const result = checkGrid(workbook(recommended('S', '广东省工业和信息化厅', 17)));
      const findings = result.findings.filter((f) => f.rule === 'quota-exceeded');
      expect(findings.map((f) => f.row)).toEqual([18, 19]);
      expect(findings[0]?.values).toMatchObject({ cap: 15, counted: 17, drop: 2, type: 'province' });
    });

    test.each([
      '深圳市科技创新委员会',
      '深圳市科技创新委',
      '宁波市经济和信息化局',
      '青岛市工业和信息化局',
      '厦门市工业和信息化局',
      '大连市工业和信息化局',
    ])('for the rows past a planned city’s cap of 5 when %s recommends', (line) => {
      const grid = workbook(recommended('S', line, 6));
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'S', 8, 'D', 'error']]);
    });

    test('for two district sheets of one planned city that share its cap', () => {
      const grid = workbook(
        recommended('南山区', '深圳市南山区工业和信息化局', 3),
        recommended('福田区', '深圳市福田区工业和信息化局', 3),
      );
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', '福田区', 5, 'D', 'error']]);
    });

    test('for two prefectures of 青海 past the province’s 15, one of them named 海南藏族自治州', () => {
      const grid = workbook(
        recommended('西宁市', '西宁市工业和信息化局', 10),
        recommended('海南州', '海南藏族自治州工业和信息化局', 8),
      );
      expect(findingsOf('quota-exceeded', grid)).toEqual([
        ['quota-exceeded', '海南州', 8, 'D', 'error'],
        ['quota-exceeded', '海南州', 9, 'D', 'error'],
        ['quota-exceeded', '海南州', 10, 'D', 'error'],
      ]);
    });

    test.each([
      [
        'an ordinary city, as its province’s cap',
        '武汉市经济和信息化局',
        { capOf: 'province', province: '湖北省' },
      ],
      ['a province, as its own cap', '湖北省经济和信息化厅', { capOf: 'own', typeFrom: 'name' }],
      [
        'a recommender whose type is unknown, as a cap assumed',
        '中国铁塔股份有限公司',
        { typeFrom: 'default' },
      ],
    ])('for the rows past 15 of %s', (_, line, values) => {
      const result = checkGrid(workbook(recommended('S', line, 16)));
      const findings = result.findings.filter((f) => f.rule === 'quota-exceeded');
      expect(findings.map((f) => [f.row, f.values])).toEqual([
        [18, expect.objectContaining({ type: 'province', cap: 15, counted: 16, ...values })],
      ]);
    });

    test('for a central enterprise group past its cap of 3', () => {
      const grid = workbook(recommended('S', '中国电子科技集团有限公司', 4));
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'S', 6, 'D', 'error']]);
    });

    test.each(['国家电网有限公司', '中国商用飞机有限责任公司'])(
      'for %s, a central enterprise without 集团 in its name, past its cap of 3',
      (name) => {
        const grid = workbook(recommended('S', name, 4));
        expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'S', 6, 'D', 'error']]);
      },
    );

    test('for a central enterprise’s two spellings, one holder of 3', () => {
      const grid = workbook(
        recommended('A', '中国南方电网有限责任公司', 2),
        recommended('B', '南方电网公司', 2),
      );
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'B', 4, 'D', 'error']]);
    });

    test('for a central group written by its registered and its short name, one holder of 3', () => {
      const grid = workbook(
        recommended('A', '中国电子科技集团有限公司', 2),
        recommended('B', '中电科集团', 2),
      );
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'B', 4, 'D', 'error']]);
    });

    test('for the units of one central group past the group’s cap of 3, which they share', () => {
      const grid = workbook(
        recommended('十四所', '中国电子科技集团有限公司第十四研究所', 2),
        recommended('三十八所', '中国电子科技集团有限公司第三十八研究所', 2),
      );
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', '三十八所', 4, 'D', 'error']]);
    });

    test.each(['工业和信息化部电子第五研究所', '工业和信息化部人才交流中心'])(
      'for the ministry’s own unit %s past its cap of 3',
      (unit) => {
        const grid = workbook(recommended('S', unit, 4));
        expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'S', 6, 'D', 'error']]);
      },
    );

    test('for each of the ministry’s own units past its own cap of 3, not one cap shared', () => {
      const grid = workbook(
        recommended('五所', '工业和信息化部电子第五研究所', 3),
        recommended('人才中心', '工业和信息化部人才交流中心', 3),
      );
      expect(findingsOf('quota-exceeded', grid)).toEqual([]);
    });

    test('for the officer’s --recommender-type, which wins over the name', () => {
      const grid = workbook(recommended('S', '广东省工业和信息化厅', 6));
      expect(findingsOf('quota-exceeded', grid, { recommenderType: 'planned-city' })).toEqual([
        ['quota-exceeded', 'S', 8, 'D', 'error'],
      ]);
    });

    test('for chosen rows only, marking the choice column', () => {
      const chosen = (i: number) => (i % 2 === 0 ? '是' : '否');
      // 12 rows, 6 chosen (rows 3, 5, 7, 9, 11, 13): the sixth chosen row is past the cap of 5.
      const grid = workbook(recommended('S', '深圳市工业和信息化局', 12, chosen));
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'S', 13, 'H', 'error']]);
    });

    // The audit's sheet: eight rows of 深圳 whose marks spell yes in ways a profile word list does not, and one ○.
    test.each<[string, TestCell[], number[]]>([
      [
        'yes marks spelled as officers type them',
        ['✔️', 'TRUE', true, '是（优先）', '是的', '✔️', 'Yes!', '√'],
        [8, 9, 10],
      ],
      [
        'a mark that is neither yes nor no, counted rather than dropped',
        ['是', '是', '是', '是', '是', '○'],
        [8],
      ],
      ['a failed formula in the choice column', ['是', '是', '是', '是', '是', { error: '#N/A' }], [8]],
    ])('for %s', (_, flags, rows) => {
      const grid = workbook(recommended('S', '深圳市工业和信息化局', flags.length, (i) => flags[i]));
      expect(findingsOf('quota-exceeded', grid)).toEqual(
        rows.map((row) => ['quota-exceeded', 'S', row, 'H', 'error']),
      );
    });

    test('for chosen rows only when a 推荐意见 column says 同意推荐 or 不推荐, marking it', () => {
      const opinions = ['同意推荐', '推荐', '不推荐', '同意', '同意推荐', '不推荐', '推荐', '同意'];
      // Six rows say yes (rows 3, 4, 6, 7, 9, 10): the sixth is past the cap of 5.
      const grid = workbook(
        withColumns(
          ['推荐意见'],
          opinions.map((opinion) => [opinion]),
        ),
      );
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'S', 10, 'H', 'error']]);
      expect(checkGrid(grid).sheets[0]?.columns.choice).toBe('H');
    });

    test('for chosen rows when a 推荐意见 column of marks has a slip, which counts as chosen and is unclear', () => {
      const opinions = [
        '同意推荐',
        '不推荐',
        '同意推存',
        '不推荐',
        '同意推荐',
        '同意推荐',
        '同意推荐',
        '不推荐',
        '同意推荐',
      ];
      // Rows 3, 5 (the slip), 7, 8, 9, 11 count: the sixth, row 11, is past the cap of 5.
      const grid = workbook(
        withColumns(
          ['推荐意见'],
          opinions.map((opinion) => [opinion]),
        ),
      );
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'S', 11, 'H', 'error']]);
      expect(findingsOf('rank-invalid', grid)).toEqual([['rank-invalid', 'S', 5, 'H', 'error']]);
      expect(checkGrid(grid).sheets[0]?.columns.choice).toBe('H');
    });

    test('for every row when a 推荐意见 column holds comments without a verdict, which choose nothing and are no unclear marks', () => {
      const comments = [
        '该项目技术先进，产业化前景好。',
        '同意推荐',
        '技术指标达到国内领先水平',
        '不推荐',
        '企业研发能力较强',
        '团队实力强',
      ];
      const grid = workbook(
        withColumns(
          ['推荐意见'],
          comments.map((comment) => [comment]),
        ),
      );
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'S', 8, 'D', 'error']]);
      expect(findingsOf('rank-invalid', grid)).toEqual([]);
      expect(checkGrid(grid).sheets[0]?.columns.choice).toBeUndefined();
    });

    // The tester's sheet: comments that end or start with their verdict choose as the verdict says.
    test.each<[string, string[], [number, string][]]>([
      [
        'five recommended and two not, within the cap',
        [
          '技术先进，同意推荐',
          '产业化前景好，同意推荐',
          '团队实力强，同意推荐',
          '同意推荐',
          '同意推荐',
          '不推荐，缺乏产业化基础',
          '暂不推荐，技术成熟度不足',
        ],
        [],
      ],
      [
        'six recommended, the sixth past the cap',
        [
          '该项目技术先进，产业化前景好，同意推荐。',
          '同意推荐',
          '技术指标达到国内领先水平，建议推荐',
          '不推荐',
          '企业研发能力较强，同意推荐',
          '推荐',
          '经研究，不同意推荐',
          '同意推荐',
        ],
        [[10, 'H']],
      ],
    ])(
      'for chosen rows only when a 推荐意见 column of comments carries verdicts: %s',
      (_, opinions, marked) => {
        const grid = workbook(
          withColumns(
            ['推荐意见'],
            opinions.map((opinion) => [opinion]),
          ),
        );
        expect(findingsOf('quota-exceeded', grid)).toEqual(
          marked.map(([row, column]) => ['quota-exceeded', 'S', row, column, 'error']),
        );
        expect(findingsOf('rank-invalid', grid)).toEqual([]);
        expect(checkGrid(grid).sheets[0]?.columns.choice).toBe('H');
      },
    );

    test('for the worst-ranked rows beside a 推荐意见 column of comments, the ranks deciding', () => {
      const ranks = [6, 1, 2, '', 3, 4, 5];
      const grid = workbook(
        withColumns(
          ['推荐意见', '推荐排序'],
          ranks.map((rank) => ['经审核，材料齐全', rank]),
        ),
      );
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'S', 3, 'I', 'error']]);
    });

    test('for the worst-ranked of the rows a 推荐意见 column of verdicts chooses beside a 推荐排序 column', () => {
      const cells: TestCell[][] = [
        ['经审核，同意推荐', 6],
        ['经审核，同意推荐', 1],
        ['经审核，同意推荐', 2],
        ['经审核，不推荐', ''],
        ['经审核，同意推荐', 3],
        ['经审核，同意推荐', 4],
        ['经审核，同意推荐', 5],
      ];
      const grid = workbook(withColumns(['推荐意见', '推荐排序'], cells));
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'S', 3, 'H', 'error']]);
    });

    test.each<[string, string[], (i: number) => TestCell[]]>([
      [
        'holding comments, before it',
        ['推荐意见', '是否推荐'],
        (i) => ['经审核，同意推荐该项目', i < 5 ? '是' : '否'],
      ],
      ['saying 同意, before it', ['推荐意见', '是否推荐'], (i) => ['同意', i < 5 ? '是' : '否']],
      ['saying 同意, after it', ['是否推荐', '推荐意见'], (i) => [i < 5 ? '是' : '否', '同意']],
    ])('for the rows a 是否推荐 column chooses beside a 推荐意见 column %s', (_, header, cells) => {
      const grid = workbook(
        withColumns(
          header,
          Array.from({ length: 8 }, (_, i) => cells(i)),
        ),
      );
      expect(findingsOf('quota-exceeded', grid)).toEqual([]);
    });

    test.each<[string, (i: number) => TestCell]>([
      ['是否拟推荐', (i) => (i < 6 ? '是' : '否')],
      ['是否同意推荐', (i) => (i < 6 ? '是' : '否')],
      ['推荐与否', (i) => (i < 6 ? '是' : '否')],
      ['是否入选', (i) => (i < 6 ? '是' : '否')],
      ['是否入选', (i) => (i < 6 ? '入选' : '未入选')],
      ['是否推荐', (i) => (i < 6 ? '是' : ['不予推荐', '放弃'][i - 6]!)],
      ['初审意见', (i) => (i < 6 ? '推荐' : '不推荐')],
      ['排序号', (i) => (i < 6 ? i + 1 : '')],
      ['推荐顺序号', (i) => (i < 6 ? i + 1 : '')],
      ['优先顺序', (i) => (i < 6 ? i + 1 : '')],
    ])('for the sixth row chosen when a %s column chooses six of eight', (header, cell) => {
      const grid = workbook(
        withColumns(
          [header],
          Array.from({ length: 8 }, (_, i) => [cell(i)]),
        ),
      );
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'S', 8, 'H', 'error']]);
    });

    test('for every row when a 初审意见 column holds comments without a verdict, which choose nothing', () => {
      const grid = workbook(
        withColumns(
          ['初审意见'],
          Array.from({ length: 6 }, () => ['技术先进，产业化前景好']),
        ),
      );
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'S', 8, 'D', 'error']]);
      expect(checkGrid(grid).sheets[0]?.columns.choice).toBeUndefined();
    });

    test('for the worst-ranked rows when the sheet ranks', () => {
      const grid = workbook(ranked('S', '深圳市工业和信息化局', [7, 1, 6, 2, 3, 4, 5]));
      expect(findingsOf('quota-exceeded', grid)).toEqual([
        ['quota-exceeded', 'S', 3, 'H', 'error'],
        ['quota-exceeded', 'S', 5, 'H', 'error'],
      ]);
    });

    test('for the worst-ranked rows when the ranks are written with 第 or in Chinese numerals', () => {
      const grid = workbook(
        ranked('S', '深圳市工业和信息化局', ['第七', '第1', '六', '第2名', '三', '4', '第五']),
      );
      expect(findingsOf('quota-exceeded', grid)).toEqual([
        ['quota-exceeded', 'S', 3, 'H', 'error'],
        ['quota-exceeded', 'S', 5, 'H', 'error'],
      ]);
    });

    test.each<[string, (rank: number) => string]>([
      ['in brackets', (rank) => `（${rank}）`],
      ['in half-width brackets', (rank) => `(${rank})`],
      ['followed by a dot', (rank) => `${rank}.`],
      ['followed by a full-width dot', (rank) => `${rank}．`],
      ['followed by 、', (rank) => `${rank}、`],
      ['with a decimal zero', (rank) => `${rank}.0`],
      ['after No.', (rank) => `No.${rank}`],
      ['with spaces inside', (rank) => `第 ${rank} 名`],
      ['in brackets with spaces', (rank) => `( ${rank} )`],
      ['before a remark after a space', (rank) => `${rank} （优先）`],
      ['with a footnote’s mark', (rank) => `${rank}*`],
    ])('for the worst-ranked rows when the ranks are written %s', (_, spell) => {
      const grid = workbook(ranked('S', '深圳市工业和信息化局', [7, 1, 6, 2, 3, 4, 5].map(spell)));
      expect(findingsOf('quota-exceeded', grid)).toEqual([
        ['quota-exceeded', 'S', 3, 'H', 'error'],
        ['quota-exceeded', 'S', 5, 'H', 'error'],
      ]);
    });

    test('for the rows past the cap, not the first choice, when it carries a footnote’s mark', () => {
      const grid = workbook(ranked('S', '宁波市经济和信息化局', ['1*', 2, 3, 4, 5, 6]));
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'S', 8, 'H', 'error']]);
    });

    test('for the rows past the cap when some ranks are typed plainly and some in brackets', () => {
      const grid = workbook(ranked('S', '深圳市工业和信息化局', [1, 2, 3, 4, 5, '（6）', '（7）']));
      expect(findingsOf('quota-exceeded', grid)).toEqual([
        ['quota-exceeded', 'S', 8, 'H', 'error'],
        ['quota-exceeded', 'S', 9, 'H', 'error'],
      ]);
    });

    // A rank that is no rank is a slip to put right, not a row left out: it counts, after the ranked rows.
    test.each<[string, TestCell]>([
      ['0', 0],
      ['a negative number', -1],
      ['a fraction', 1.5],
      ['a word', '待定'],
      ['a formula that failed', { error: '#N/A' }],
    ])('for a row whose rank is %s, counted as recommended and dropped first', (_, rank) => {
      const grid = workbook(ranked('S', '深圳市工业和信息化局', [1, 2, rank, 3, 4, 5]));
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'S', 5, 'H', 'error']]);
    });

    // The audit's sheet: seven rows flagged 是 ranked 7…1 and one 否; the flag counts, the ranks order the drop.
    test.each<[string, [TestCell, TestCell][], number[]]>([
      [
        'the worst-ranked flagged rows when a sheet has both a flag and a rank',
        [
          ['是', 7],
          ['是', 6],
          ['是', 5],
          ['是', 4],
          ['是', 3],
          ['是', 2],
          ['是', 1],
          ['否', ''],
        ],
        [3, 4],
      ],
      [
        'flagged rows without a rank after the ranked ones, and never a rank without a flag',
        [
          ['是', ''],
          ['否', 1],
          ['是', 1],
          ['是', 2],
          ['是', 3],
          ['是', 4],
          ['是', 5],
          ['是', ''],
        ],
        [3, 10],
      ],
    ])('for %s, marking the flag', (_, choices, rows) => {
      expect(findingsOf('quota-exceeded', workbook(flaggedAndRanked(choices)))).toEqual(
        rows.map((row) => ['quota-exceeded', 'S', row, 'H', 'error']),
      );
    });

    // A template's choice column that the officer has not filled in: all seven rows go up to the ministry.
    test.each<[string, string]>([
      ['是否推荐', 'a 是否推荐 column'],
      ['推荐排序', 'a 推荐排序 column'],
    ])('for the rows past the cap when %s is left blank on every row (%s)', (header) => {
      const rows = Array.from({ length: 7 }, (_, i) => distinctRow(i, [''], { code: i + 900 }));
      const grid = workbook(
        sheet('S', [['推荐单位（盖章）：深圳市工业和信息化局'], [...HEADER, header], ...rows]),
      );
      expect(findingsOf('quota-exceeded', grid)).toEqual([
        ['quota-exceeded', 'S', 8, 'D', 'error'],
        ['quota-exceeded', 'S', 9, 'D', 'error'],
      ]);
    });

    test('for the worst-ranked rows when the 是否推荐 beside the ranks is left blank on every row', () => {
      const grid = workbook(
        flaggedAndRanked([
          ['', 7],
          ['', 1],
          ['', 6],
          ['', 2],
          ['', 3],
          ['', 4],
          ['', 5],
          ['', ''],
        ]),
      );
      expect(findingsOf('quota-exceeded', grid)).toEqual([
        ['quota-exceeded', 'S', 3, 'D', 'error'],
        ['quota-exceeded', 'S', 5, 'D', 'error'],
      ]);
    });

    /** One sheet whose 推荐单位 column (H) names each row's recommender, `count` rows per name, from row 2. */
    function byColumn(...names: [name: string, count: number][]) {
      const recommenders = names.flatMap(([name, count]) => Array<string>(count).fill(name));
      const rows = recommenders.map((name, i) => distinctRow(i, [name], { code: i + 300 }));
      return workbook(sheet('S', [[...HEADER, '推荐单位'], ...rows]));
    }

    test.each([undefined, 'province' as const])(
      'for a province’s own rows and its provincial state-owned groups’ together past its 15 (option %s)',
      (recommenderType) => {
        const grid = byColumn(
          ['广东省工业和信息化厅', 14],
          ['广东省广晟控股集团有限公司', 2],
          ['广东粤海控股集团有限公司', 1],
        );
        expect(findingsOf('quota-exceeded', grid, recommenderType ? { recommenderType } : {})).toEqual([
          ['quota-exceeded', 'S', 17, 'D', 'error'],
          ['quota-exceeded', 'S', 18, 'D', 'error'],
        ]);
      },
    );

    // A 推荐单位 cell with a dash, 暂无 or 待定 names no recommender of its own, as an empty one does: the row counts
    // in the one the workbook names.
    test.each(['', '/', '—', '暂无', '待定', '见附件'])(
      'for a planned city’s 5 rows and a row whose 推荐单位 says %j, past its 5',
      (written) => {
        const grid = byColumn(['宁波市经济和信息化局', 5], [written, 1]);
        expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'S', 7, 'D', 'error']]);
        expect(checkGrid(grid).summary.recommenders.map((r) => r.name)).toEqual(['宁波市经济和信息化局']);
      },
    );

    test('for a planned city’s rows and its municipal group’s together past its 5', () => {
      const grid = byColumn(['深圳市工业和信息化局', 4], ['深圳市某某集团有限公司', 2]);
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'S', 7, 'D', 'error']]);
    });

    test.each([
      ['北京市经济和信息化局', '海淀区科学技术和信息化局'],
      ['北京市经济和信息化局', '北京市海淀区经济和信息化局'],
      ['重庆市经济和信息化委员会', '重庆市两江新区经济运行局'],
      ['江苏省工业和信息化厅', '苏州工业园区经济发展委员会'],
      ['江苏省工业和信息化厅', '苏州工业园区管委会'],
      ['浙江省经济和信息化厅', '杭州市余杭区科技局'],
    ])('for %s’s 10 rows and its district %s’s 6, past the province’s 15', (province, district) => {
      const grid = workbook(recommended('市级', province, 10), recommended('区县', district, 6));
      expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', '区县', 8, 'D', 'error']]);
    });

    test('for a district whose name writes its municipality first, as a district counted in the municipality’s 15', () => {
      const result = checkGrid(workbook(recommended('S', '北京市海淀区经济和信息化局', 16)));
      const findings = result.findings.filter((f) => f.rule === 'quota-exceeded');
      expect(findings.map((f) => f.row)).toEqual([18]);
      expect(findings[0]?.values).toMatchObject({ capOf: 'province', province: '北京市', cap: 15 });
    });

    test.each([
      ['哈尔滨工业大学', 3, '哈工大', 1, 5],
      ['中国人工智能产业发展联盟', 8, '人工智能产业发展联盟（AIIA）', 8, 17],
    ])(
      'for one recommender written as %s (%i rows) and %s (%i), past its cap at row %i',
      (full, n, short, m, row) => {
        const grid = byColumn([full, n], [short, m]);
        expect(findingsOf('quota-exceeded', grid)).toEqual([['quota-exceeded', 'S', row, 'D', 'error']]);
      },
    );
  });

  describe('accepts', () => {
    test('for a planned city at exactly its cap', () => {
      expect(findingsOf('quota-exceeded', workbook(recommended('S', '深圳市工业和信息化局', 5)))).toEqual([]);
    });

    test.each<[string, (i: number) => TestCell]>([
      ['拟推荐（√）', (i) => (i < 5 ? '√' : '')],
      ['拟推荐（是/否）', (i) => (i < 5 ? '是' : '否')],
      ['排序（1-N）', (i) => (i < 5 ? i + 1 : '')],
      ['排名', (i) => (i < 5 ? i + 1 : '')],
      ['推荐次序', (i) => (i < 5 ? 5 - i : '')],
    ])('for a pool of 8 where the column headed %s chooses five', (header, choice) => {
      const rows = Array.from({ length: 8 }, (_, i) => distinctRow(i, [choice(i)], { code: i + 950 }));
      const grid = workbook(
        sheet('S', [['推荐单位（盖章）：深圳市工业和信息化局'], [...HEADER, header], ...rows]),
      );
      expect(findingsOf('quota-exceeded', grid)).toEqual([]);
    });

    // README: 备选, 候补, 替补 choose no row, numbered or not.
    test('for five ranked rows and alternates numbered in the rank column', () => {
      const ranks = [1, 2, 3, 4, 5, '备选1', '替补2', '候补 3', '不推荐(6)', '备选第二', '替补3名'];
      const grid = workbook(ranked('S', '宁波市经济和信息化局', ranks));
      expect(findingsOf('quota-exceeded', grid)).toEqual([]);
      expect(checkGrid(grid).summary.recommenders.map((r) => r.counted)).toEqual([5]);
    });

    test('for a sheet whose 是否推荐 says 否 on every row, which chooses none', () => {
      expect(
        findingsOf('quota-exceeded', workbook(recommended('S', '深圳市工业和信息化局', 7, () => '否'))),
      ).toEqual([]);
    });

    test('for a candidate pool larger than the cap when only five are chosen', () => {
      const chosen = (i: number) => (i < 5 ? '√' : '');
      expect(
        findingsOf('quota-exceeded', workbook(recommended('S', '深圳市工业和信息化局', 12, chosen))),
      ).toEqual([]);
    });

    test.each<[string, TestCell[]]>([
      [
        'no words and blanks',
        ['是', '✔️', true, '是（优先）', '是的', '否', '不推荐', false, '', '×', 'FALSE', '否（已撤回）'],
      ],
    ])('for a pool of twelve whose %s leave five chosen', (_, flags) => {
      const grid = workbook(recommended('S', '深圳市工业和信息化局', flags.length, (i) => flags[i]));
      expect(findingsOf('quota-exceeded', grid)).toEqual([]);
    });

    test('for a central group’s rows, which do not count against the province', () => {
      const rows = [
        ...Array.from({ length: 15 }, (_, i) => distinctRow(i, ['广东省工业和信息化厅'])),
        [
          16,
          '某集团研究院',
          validUscc(99),
          '集团项目',
          '智能传感器',
          '核心基础',
          '13912345678',
          '中国电子科技集团有限公司',
        ],
      ];
      const grid = workbook(sheet('S', [[...HEADER, '推荐单位'], ...rows]));
      const result = checkGrid(grid);
      expect(result.findings.filter((f) => f.rule === 'quota-exceeded')).toEqual([]);
      expect(result.summary.recommenders.map((r) => [r.type, r.counted])).toEqual([
        ['province', 15],
        ['central', 1],
      ]);
    });
  });

  describe('properties', () => {
    test('on a flagged and ranked sheet, the rows past the cap are the worst-ranked chosen ones in any row order', () => {
      // Each row: chosen or not; the chosen ones take ranks 1…k in a random order. Rows are then shuffled.
      const sheetRows = fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }).chain((chosen) => {
        const k = chosen.filter(Boolean).length;
        return fc.tuple(
          fc.constant(chosen),
          fc.shuffledSubarray(
            Array.from({ length: k }, (_, i) => i + 1),
            { minLength: k, maxLength: k },
          ),
          fc.func(fc.integer()),
        );
      });
      fc.assert(
        fc.property(sheetRows, ([chosen, ranks, order]) => {
          let next = 0;
          const rows = chosen.map((yes, unit): { unit: number; choice: [TestCell, TestCell] } => ({
            unit,
            choice: yes ? ['是', ranks[next++]!] : ['否', ''],
          }));
          rows.sort((a, b) => order(a.unit) - order(b.unit) || a.unit - b.unit);
          const grid = workbook(
            sheet('S', [
              ['推荐单位（盖章）：深圳市工业和信息化局'],
              [...HEADER, '是否推荐', '推荐排序'],
              ...rows.map(({ unit, choice }) => distinctRow(unit, choice, { code: unit + 700 })),
            ]),
          );
          const dropped = checkGrid(grid)
            .findings.filter((f) => f.rule === 'quota-exceeded')
            .map((f) => rows[f.row - 3]!.choice[1] as number)
            .sort((a, b) => a - b);
          const k = ranks.length;
          expect(dropped).toEqual(Array.from({ length: Math.max(0, k - 5) }, (_, i) => i + 6));
        }),
        { numRuns: 60 },
      );
    });
  });
});
