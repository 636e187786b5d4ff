import fc from 'fast-check';
import type { FindingOf } from '../../../src/core/finding';
import { renderFinding } from '../../../src/i18n';
import { checkGrid, findingsOf } from '../../helpers/findings';
import { distinctRow, HEADER, sheet, workbook, type TestCell } from '../../helpers/grid';

function ranked(ranks: TestCell[], header = '推荐排序') {
  const rows = ranks.map((rank, i) => distinctRow(i, [rank]));
  return workbook(sheet('S', [[...HEADER, header], ...rows]));
}

/** The rank-invalid findings of a check, with their values. */
const rankFindings = (ranks: TestCell[]) =>
  checkGrid(ranked(ranks)).findings.filter((f): f is FindingOf<'rank-invalid'> => f.rule === 'rank-invalid');

/** [row, problem] of each rank-invalid finding. */
const problemsOf = (ranks: TestCell[]) =>
  rankFindings(ranks)
    .map((f): [number, string] => [f.row, f.values.problem])
    .sort((a, b) => a[0] - b[0]);

/** Rows 2…11 blank but for the ranks written at their places. */
const tenRows = (ranks: Record<number, number>) =>
  Array.from({ length: 10 }, (_, i): TestCell => ranks[i + 2] ?? '');

/** A province's summary sheet: each row's 推荐单位 (H) and 推荐排序 (I), from row 2 on. */
const pooled = (rows: [string, TestCell][]) =>
  workbook(
    sheet('S', [[...HEADER, '推荐单位', '推荐排序'], ...rows.map((cells, i) => distinctRow(i, cells))]),
  );

/** Sheets of one city's districts under its 推荐单位 line, each row ranked as given, the rows numbered on from sheet to sheet. */
function districtSheets(ranks: Record<string, TestCell[]>, line = '推荐单位（盖章）：宁波市经济和信息化局') {
  let row = 0;
  return workbook(
    ...Object.entries(ranks).map(([name, sheetRanks]) =>
      sheet(name, [[line], [...HEADER, '推荐排序'], ...sheetRanks.map((rank) => distinctRow(row++, [rank]))]),
    ),
  );
}

const WUHAN = '武汉市经济和信息化局';
const XIANGYANG = '襄阳市经济和信息化局';

describe('rank-invalid', () => {
  describe('flags', () => {
    test('across one recommender’s sheets ranked on from one to the next: a repeat, not each sheet’s gaps', () => {
      const grid = districtSheets({ 海曙区: [5, 6, 7, 8], 鄞州区: [1, 2, 3, 5] });
      const problems = checkGrid(grid)
        .findings.filter((f): f is FindingOf<'rank-invalid'> => f.rule === 'rank-invalid')
        .map((f) => [f.sheet, f.row, f.values.problem].join(' '))
        .sort();
      // Rank 5 twice, then 4 missing: the gap is told once, on a row ranked 5; no rank is past the 8 rows.
      expect(problems).toEqual(['海曙区 3 repeat', '鄞州区 6 repeat', '海曙区 3 gap'].sort());
    });

    test('past the rows of one recommender on all its sheets, saying so', () => {
      const grid = districtSheets({ 海曙区: [5, 6, 7, 9], 鄞州区: [1, 2, 3, 4] });
      const tooHigh = checkGrid(grid).findings.filter(
        (f): f is FindingOf<'rank-invalid'> => f.rule === 'rank-invalid' && f.values.problem === 'too-high',
      );
      expect(tooHigh.map((f) => [f.sheet, f.row])).toEqual([['海曙区', 6]]);
      expect(renderFinding(tooHigh[0]!, 'zh-CN')).toContain('超过其各表合计的项目数 8');
      expect(renderFinding(tooHigh[0]!, 'en-US')).toContain('its 8 projects on all its sheets');
    });

    test('per sheet, where each of one recommender’s sheets ranks its own rows from 1', () => {
      const grid = districtSheets(
        { 南山区: [1, 2, 2], 福田区: [1, 2, 3] },
        '推荐单位（盖章）：深圳市工业和信息化局',
      );
      expect(findingsOf('rank-invalid', grid)).toEqual([
        ['rank-invalid', '南山区', 4, 'H', 'error'],
        ['rank-invalid', '南山区', 5, 'H', 'error'],
      ]);
    });

    test('for a repeated rank, on both rows', () => {
      expect(findingsOf('rank-invalid', ranked([1, 2, 2, 3]))).toEqual([
        ['rank-invalid', 'S', 3, 'H', 'error'],
        ['rank-invalid', 'S', 4, 'H', 'error'],
      ]);
    });

    test('for a gap, once, on the row ranked next after it', () => {
      expect(findingsOf('rank-invalid', ranked([1, 2, 5, 4, '']))).toEqual([
        ['rank-invalid', 'S', 5, 'H', 'error'],
      ]);
    });

    test('for gaps, once, naming every missing rank on the row ranked next after the first', () => {
      expect(rankFindings([1, 6, '', 5, 3, '']).map((f) => [f.row, f.values])).toEqual([
        [6, { rank: '3', problem: 'gap', missing: [2, 4], missingCount: 2 }],
      ]);
    });

    test('for a first rank that is none, on it, and the gap it leaves once, on the row ranked next', () => {
      expect(problemsOf(['待定', 3, 2, 4])).toEqual([
        [2, 'not-number'],
        [4, 'gap'],
      ]);
    });

    test.each<[string, TestCell[][], [number, string][]]>([
      [
        'a repeated rank beside a 是否推荐 column',
        [
          ['是', 1],
          ['是', 6],
          ['是', 5],
          ['是', 4],
          ['是', 3],
          ['是', 2],
          ['是', 1],
          ['否', ''],
        ],
        [
          [2, 'I'],
          [8, 'I'],
        ],
      ],
      [
        'a gap beside a 是否推荐 column',
        [
          ['是', 1],
          ['是', 3],
          ['否', ''],
        ],
        [[3, 'I']],
      ],
    ])('for %s, marking the rank', (_, choices, expected) => {
      const rows = choices.map((choice, i) => distinctRow(i, choice));
      const grid = workbook(sheet('S', [[...HEADER, '是否推荐', '推荐排序'], ...rows]));
      expect(findingsOf('rank-invalid', grid)).toEqual(
        expected.map(([row, column]) => ['rank-invalid', 'S', row, column, 'error']),
      );
    });

    test.each<[string, TestCell]>([
      ['a word that is neither yes nor no', '待定'],
      ['a mark that is neither', '○'],
      ['a formula that failed', { error: '#N/A' }],
    ])('for %s in a 是否推荐 column, on the mark, which still counts the row', (_, mark) => {
      const rows = ['是', mark, '否'].map((choice, i) => distinctRow(i, [choice]));
      const grid = workbook(
        sheet('S', [['推荐单位（盖章）：深圳市工业和信息化局'], [...HEADER, '是否推荐'], ...rows]),
      );
      expect(findingsOf('rank-invalid', grid)).toEqual([['rank-invalid', 'S', 4, 'H', 'error']]);
      const [finding] = checkGrid(grid).findings.filter(
        (f): f is FindingOf<'rank-invalid'> => f.rule === 'rank-invalid',
      );
      expect(finding?.values).toEqual({
        rank: typeof mark === 'string' ? mark : '#N/A',
        problem: 'flag-unclear',
      });
      expect(checkGrid(grid).summary.recommenders.map((r) => r.counted)).toEqual([2]);
    });

    test.each<[string, TestCell[], number]>([
      ['a yes with an alternate’s note', ['是', '是（备选）', '否'], 2],
      ['同意推荐 with a full quota', ['同意推荐', '同意推荐，但名额已满', '否'], 2],
      ['an unclear mark beside a no and a blank', ['', '○', '否'], 1],
    ])('for %s, on the mark, which still counts the row', (_, marks, counted) => {
      const rows = marks.map((choice, i) => distinctRow(i, [choice]));
      const grid = workbook(
        sheet('S', [['推荐单位（盖章）：深圳市工业和信息化局'], [...HEADER, '是否推荐'], ...rows]),
      );
      expect(findingsOf('rank-invalid', grid)).toEqual([['rank-invalid', 'S', 4, 'H', 'error']]);
      expect(checkGrid(grid).summary.recommenders.map((r) => r.counted)).toEqual([counted]);
    });

    test('for a comment without a verdict in a 推荐意见 column of verdicts, on it, which still counts the row', () => {
      const opinions = ['技术先进，同意推荐', '不推荐，缺乏产业化基础', '技术先进，产业化前景好', '同意推荐'];
      const rows = opinions.map((opinion, i) => distinctRow(i, [opinion]));
      const grid = workbook(sheet('S', [[...HEADER, '推荐意见'], ...rows]));
      expect(findingsOf('rank-invalid', grid)).toEqual([['rank-invalid', 'S', 4, 'H', 'error']]);
      const finding = checkGrid(grid).findings.find((f) => f.rule === 'rank-invalid');
      expect(finding?.values).toEqual({
        rank: '技术先进，产业化前景好',
        problem: 'flag-unclear',
        opinion: true,
      });
      expect(checkGrid(grid).summary.recommenders.map((r) => r.counted)).toEqual([3]);
    });

    test('for a slip in a 推荐意见 column of marks, on the slip, which still counts the row and is told as an opinion', () => {
      const rows = ['同意推荐', '不推荐', '同意推存', '同意推荐'].map((opinion, i) =>
        distinctRow(i, [opinion]),
      );
      const grid = workbook(sheet('S', [[...HEADER, '推荐意见'], ...rows]));
      expect(findingsOf('rank-invalid', grid)).toEqual([['rank-invalid', 'S', 4, 'H', 'error']]);
      const finding = checkGrid(grid).findings.find((f) => f.rule === 'rank-invalid');
      expect(finding?.values).toEqual({ rank: '同意推存', problem: 'flag-unclear', opinion: true });
      expect(checkGrid(grid).summary.recommenders.map((r) => r.counted)).toEqual([3]);
    });

    test('for an unclear 是否推荐 mark beside a 推荐排序 column, on the mark', () => {
      const rows = [
        ['是', 1],
        ['待定', 2],
      ].map((choice, i) => distinctRow(i, choice));
      const grid = workbook(sheet('S', [[...HEADER, '是否推荐', '推荐排序'], ...rows]));
      expect(findingsOf('rank-invalid', grid)).toEqual([['rank-invalid', 'S', 3, 'H', 'error']]);
    });

    test.each<[string, TestCell[], number[]]>([
      ['the same rank written once in digits and once in numerals', ['第1', '一', '2'], [2, 3]],
      ['a gap after ranks written with 第', ['第1', '第2', '第4'], [4]],
    ])('for %s', (_, ranks, rows) => {
      expect(findingsOf('rank-invalid', ranked(ranks))).toEqual(
        rows.map((row) => ['rank-invalid', 'S', row, 'H', 'error']),
      );
    });

    test('for a rank that is not a whole number', () => {
      expect(findingsOf('rank-invalid', ranked([1, 'A', 2]))).toEqual([
        ['rank-invalid', 'S', 3, 'H', 'error'],
      ]);
    });

    test.each(['-1', '1.5'])('for rank %s, told in English as no positive whole number', (rank) => {
      const finding = checkGrid(ranked([1, rank, 2])).findings.find((f) => f.rule === 'rank-invalid');
      expect(renderFinding(finding!, 'en-US')).toContain('not a positive whole number');
    });

    // 0 and 1 are a no and a yes in a 是否推荐 column; in a 推荐排序 column they are ranks, and 0 is none.
    test.each<[string, TestCell]>([
      ['0', 0],
      ['0 typed as text', '0'],
      ['-1', -1],
      ['0.5, which holds a 0', '0.5'],
      ['a rank in brackets that is none', '（0）'],
    ])('for rank %s as no positive whole number, on its row, which still counts', (_, rank) => {
      const grid = workbook(
        sheet('S', [
          ['推荐单位（盖章）：深圳市工业和信息化局'],
          [...HEADER, '推荐排序'],
          ...[rank, 1, 2, 3].map((cell, i) => distinctRow(i, [cell])),
        ]),
      );
      const result = checkGrid(grid);
      const findings = result.findings.filter(
        (f): f is FindingOf<'rank-invalid'> => f.rule === 'rank-invalid',
      );
      expect(findings.map((f) => [f.row, f.values])).toEqual([
        [3, { rank: typeof rank === 'number' ? String(rank) : rank, problem: 'not-number' }],
      ]);
      expect(renderFinding(findings[0]!, 'zh-CN')).toContain('本行已按推荐计入指标');
      expect(renderFinding(findings[0]!, 'en-US')).toContain('the row is counted as recommended');
      expect(result.summary.recommenders.map((r) => r.counted)).toEqual([4]);
    });

    test('for rank 0 beside a 是否推荐 是, which counts the row', () => {
      const rows = [
        ['是', 1],
        ['是', 0],
        ['否', ''],
      ].map((choice, i) => distinctRow(i, choice));
      const grid = workbook(sheet('S', [[...HEADER, '是否推荐', '推荐排序'], ...rows]));
      expect(findingsOf('rank-invalid', grid)).toEqual([['rank-invalid', 'S', 3, 'I', 'error']]);
    });

    // The audit's workbooks: a phone number and a date typed into the rank column.
    test.each([
      ['a mobile number', [1, 2, 3, 4, 5, 13912345678], 7],
      ['a date typed as digits', [1, 2, 3, 4, 20211115], 6],
      ['a number past what JavaScript counts exactly', [1, 2, '99999999999999999999'], 4],
    ])('for %s as a rank, above the number of projects, on its own row only', (_, ranks, row) => {
      expect(findingsOf('rank-invalid', ranked(ranks))).toEqual([['rank-invalid', 'S', row, 'H', 'error']]);
      expect(problemsOf(ranks)).toEqual([[row, 'too-high']]);
    });

    test.each([
      ['a gap inside the number of projects', tenRows({ 2: 1, 3: 2, 4: 4 }), [[4, 'gap']]],
      [
        'a rank one above the number of projects',
        [1, 2, 4, 5],
        [
          [4, 'gap'],
          [5, 'too-high'],
        ],
      ],
      [
        'a rank above the number of projects and a gap below it',
        [1, 3, 9],
        [
          [3, 'gap'],
          [4, 'too-high'],
        ],
      ],
      [
        'the same rank too high twice',
        [1, 7, 7],
        [
          [3, 'too-high'],
          [4, 'too-high'],
        ],
      ],
    ])('for %s, naming the problem of each row', (_, ranks, problems) => {
      expect(problemsOf(ranks)).toEqual(problems);
    });

    test('for a long gap, naming its first five missing ranks and counting the rest', () => {
      const [finding, ...others] = rankFindings(tenRows({ 2: 1, 3: 10 }));
      expect(others).toEqual([]);
      expect(finding?.row).toBe(3);
      expect(finding?.values).toEqual({
        rank: '10',
        problem: 'gap',
        missing: [2, 3, 4, 5, 6],
        missingCount: 8,
      });
    });

    test('for a rank above the number of projects, quoting it as typed and giving that number', () => {
      expect(rankFindings([1, 2, 20211115])[0]?.values).toEqual({
        rank: '20211115',
        problem: 'too-high',
        projects: 3,
      });
    });

    test.each<[string, [string, TestCell][], number[]]>([
      [
        'a rank repeated within one recommender',
        [
          [WUHAN, 1],
          [WUHAN, 1],
          [XIANGYANG, 1],
          [XIANGYANG, 2],
        ],
        [2, 3],
      ],
      [
        'a gap within one recommender',
        [
          [WUHAN, 1],
          [WUHAN, 3],
          [XIANGYANG, 1],
          [XIANGYANG, 2],
        ],
        [3],
      ],
      [
        "a rank above the recommender's own number of projects",
        [
          [WUHAN, 1],
          [WUHAN, 3],
          [XIANGYANG, 1],
          [XIANGYANG, 2],
          [XIANGYANG, 3],
        ],
        [3],
      ],
    ])('for %s, where each recommender of a pooled sheet ranks its own rows', (_, rows, flagged) => {
      expect(findingsOf('rank-invalid', pooled(rows))).toEqual(
        flagged.map((row) => ['rank-invalid', 'S', row, 'I', 'error']),
      );
    });

    test.each(['—', ''])(
      'for the ranks of the rows of a pooled sheet that name no recommender (%j), saying whose they are',
      (unnamed) => {
        const grid = pooled([
          [WUHAN, 1],
          [WUHAN, 2],
          [XIANGYANG, 1],
          [unnamed, 2],
          [unnamed, 3],
        ]);
        const findings = checkGrid(grid).findings.filter(
          (f): f is FindingOf<'rank-invalid'> => f.rule === 'rank-invalid',
        );
        expect(findings.map((f) => [f.row, f.values])).toEqual([
          [5, { rank: '2', problem: 'gap', missing: [1], missingCount: 1, unnamedRecommender: true }],
          [6, { rank: '3', problem: 'too-high', projects: 2, unnamedRecommender: true }],
        ]);
        const [gap, tooHigh] = findings.map((f) => renderFinding(f, 'zh-CN'));
        expect(tooHigh).toContain('未写明推荐单位的行的推荐排序 3 超过其在本表的项目数 2');
        expect(gap).toContain('未写明推荐单位的行的推荐排序不连续');
        const [gapEn, tooHighEn] = findings.map((f) => renderFinding(f, 'en-US'));
        expect(tooHighEn).toContain(
          'Rank 3 of the rows naming no recommender is higher than their 2 projects',
        );
        expect(gapEn).toContain('Ranks of the rows naming no recommender leave a gap');
      },
    );

    test("for a rank past its recommender's rows, naming that recommender", () => {
      const grid = pooled([
        [WUHAN, 1],
        [WUHAN, 3],
        [XIANGYANG, 1],
      ]);
      const values = checkGrid(grid).findings.find((f) => f.rule === 'rank-invalid')?.values;
      expect(values).toEqual({ rank: '3', problem: 'too-high', projects: 2, recommender: WUHAN });
    });

    test('for a sheet ranked as a whole whose recommenders share the ranks, as before', () => {
      const grid = pooled([
        [WUHAN, 1],
        [XIANGYANG, 2],
        [WUHAN, 2],
      ]);
      expect(findingsOf('rank-invalid', grid)).toEqual([
        ['rank-invalid', 'S', 3, 'I', 'error'],
        ['rank-invalid', 'S', 4, 'I', 'error'],
      ]);
    });
  });

  describe('accepts', () => {
    test('for one recommender ranking 1…N across its sheets', () => {
      const grid = districtSheets({ 海曙区: [5, 6, 7, 8], 鄞州区: [1, 2, 3, 4] });
      expect(findingsOf('rank-invalid', grid)).toEqual([]);
      // The ranks decide which rows go past the planned city's 5 as one ranking.
      expect(findingsOf('quota-exceeded', grid).map(([, sheetName, row]) => [sheetName, row])).toEqual([
        ['海曙区', 4],
        ['海曙区', 5],
        ['海曙区', 6],
      ]);
    });

    test('for each recommender of a pooled sheet ranking its own rows 1…N', () => {
      const grid = pooled([
        [WUHAN, 1],
        [WUHAN, 2],
        [WUHAN, 3],
        [XIANGYANG, 2],
        [XIANGYANG, 1],
        ['', 1],
      ]);
      expect(findingsOf('rank-invalid', grid)).toEqual([]);
    });

    test.each(['/', '待定'])(
      'for the rows of a pooled sheet without a recommender, blank or %j, ranking 1…N together',
      (written) => {
        const grid = pooled([
          [WUHAN, 1],
          [WUHAN, 2],
          [XIANGYANG, 1],
          ['', 1],
          [written, 2],
        ]);
        expect(findingsOf('rank-invalid', grid)).toEqual([]);
      },
    );

    test('for a pooled sheet ranked 1…N as a whole', () => {
      const grid = pooled([
        [WUHAN, 1],
        [XIANGYANG, 2],
        [WUHAN, 3],
        [XIANGYANG, 4],
      ]);
      expect(findingsOf('rank-invalid', grid)).toEqual([]);
    });

    test('for ranks 1…N in any order, with blanks for rows not recommended', () => {
      expect(findingsOf('rank-invalid', ranked([3, '', 1, 2, '']))).toEqual([]);
    });

    // The audit's sheet: ranks 1–3, then a dash, a slash and 不推荐 for the rows left out.
    test.each<[string, TestCell[]]>([
      ['a dash, a slash and 不推荐', [1, 2, 3, '—', '/', '不推荐']],
      ['dashes of every width', ['-', '－', '——', '–', 1, '―', '─']],
      ['other no words', [2, '否', '×', 1, 'N', '否（放弃）']],
      ['the marks officers write for "not recommended"', [2, 'x', '未推荐', 1, '备选', '候补', '无']],
    ])('for %s in the rows not recommended', (_, ranks) => {
      expect(findingsOf('rank-invalid', ranked(ranks))).toEqual([]);
    });

    // README: 备选, 候补, 替补 choose no row, numbered or not.
    test('for alternates numbered in the rank column, which are no ranks and not counted', () => {
      const ranks = [1, 2, 3, '备选1', '替补2', '候补2', '不推荐(6)', '备选 一'];
      expect(findingsOf('rank-invalid', ranked(ranks))).toEqual([]);
      expect(checkGrid(ranked(ranks)).summary.recommenders.map((r) => r.counted)).toEqual([3]);
    });

    test('for an alternate’s place in the rank of a row that 是否推荐 keeps, which counts', () => {
      const rows = [
        ['是', 1],
        ['是', '备选1'],
        ['否', '备选2'],
        ['是', 2],
      ].map((choice, i) => distinctRow(i, choice));
      const grid = workbook(sheet('S', [[...HEADER, '是否推荐', '推荐排序'], ...rows]));
      expect(findingsOf('rank-invalid', grid)).toEqual([['rank-invalid', 'S', 3, 'I', 'error']]);
      expect(checkGrid(grid).summary.recommenders.map((r) => r.counted)).toEqual([3]);
    });

    // The 是否推荐 column decides: what stands in the rank of a row it leaves out goes up to nobody.
    test.each<[string, TestCell]>([
      ['0', 0],
      ['0 typed as text', '0'],
      ['a slash', '/'],
      ['a word', '待定'],
      ['a formula that failed', { error: '#N/A' }],
    ])('for %s as the rank of rows the 是否推荐 column leaves out', (_, rank) => {
      const rows = [
        ['是', 1],
        ['否', rank],
        ['是', 2],
        ['', rank],
        ['是', 3],
      ].map((choice, i) => distinctRow(i, choice));
      const grid = workbook(sheet('S', [[...HEADER, '是否推荐', '推荐排序'], ...rows]));
      expect(findingsOf('rank-invalid', grid)).toEqual([]);
    });

    test.each<[string, TestCell, TestCell]>([
      ['x', 'x', 'X'],
      ['未推荐', '未推荐', '未推荐'],
      ['a slash and a dash', '/', '-'],
      ['无 and an em dash', '无', '—'],
      ['备选 and 候补', '备选', '候补'],
    ])('for a 是否推荐 column that leaves rows out with %s', (_, first, second) => {
      const marks = ['是', '是', '是', '是', '是', first, second];
      const rows = marks.map((mark, i) => distinctRow(i, [mark]));
      const grid = workbook(
        sheet('S', [['推荐单位（盖章）：宁波市经济和信息化局'], [...HEADER, '是否推荐'], ...rows]),
      );
      expect(findingsOf('rank-invalid', grid)).toEqual([]);
      expect(checkGrid(grid).summary.recommenders.map((r) => r.counted)).toEqual([5]);
    });

    test('for placeholders, which leave their rows out of the quota as blanks do', () => {
      const rows = [1, 2, 3, 4, 5, '—', '/', '不推荐'].map((rank, i) => distinctRow(i, [rank]));
      const grid = workbook(
        sheet('S', [['推荐单位（盖章）：深圳市工业和信息化局'], [...HEADER, '推荐排序'], ...rows]),
      );
      const result = checkGrid(grid);
      expect(result.summary.recommenders.map((r) => r.counted)).toEqual([5]);
      expect(result.findings.filter((f) => f.rule === 'quota-exceeded')).toEqual([]);
    });

    // Excel's 中文小写数字 ([DBNum1][$-804]General) shows the numbers 1, 2, 10 so; they are still ranks.
    test('for numbers shown in Chinese numerals by their format', () => {
      const chinese = (value: number, text: string): TestCell => ({ value, text });
      const ranks = [chinese(2, '二'), chinese(1, '一'), chinese(3, '三')];
      expect(findingsOf('rank-invalid', ranked(ranks))).toEqual([]);
      expect(findingsOf('rank-invalid', ranked([...ranks, chinese(3, '三')]))).toEqual([
        ['rank-invalid', 'S', 4, 'H', 'error'],
        ['rank-invalid', 'S', 5, 'H', 'error'],
      ]);
    });

    test.each<[string, TestCell[]]>([
      ['brackets', ['（2）', '(1)', '⑶']],
      ['a dot, a full-width dot or 、 after the number', ['2.', '1．', '3、']],
      ['a decimal zero', ['2.0', '1.0', '3.00']],
      ['No. before the number', ['No.2', 'NO.1', 'no. 3']],
      ['spaces inside', ['第 2 名', '( 1 )', '3 （优先）']],
      ['a footnote’s mark', ['2*', '1※', '★3']],
      ['第 before the number', ['第2', '第1', '第3']],
      ['名 or 位 after it', ['第1名', '2名', '3位']],
      ['Chinese numerals typed as text', ['三', '第一', '二', '第四名']],
    ])('for ranks written with %s, each counted', (_, ranks) => {
      expect(findingsOf('rank-invalid', ranked(ranks))).toEqual([]);
      expect(checkGrid(ranked(ranks)).summary.recommenders.map((r) => r.counted)).toEqual([ranks.length]);
    });

    test('for full-width digits', () => {
      expect(findingsOf('rank-invalid', ranked(['１', '２']))).toEqual([]);
    });

    test('for ranks with the zero-width characters that pasting leaves', () => {
      expect(findingsOf('rank-invalid', ranked(['1\u200b', '\ufeff2', '3\u200d']))).toEqual([]);
    });

    test.each<[string, TestCell[]]>([
      ['是 and 否', ['是', '是', '否']],
      ['ticks, crosses and blanks', ['√', '×', '', '✔️']],
      ['yes words with a remark or punctuation', ['是（优先）', 'Yes!', '否（已撤回）']],
      ['Excel booleans', [true, false]],
    ])('for %s in a 是否推荐 column, which holds no ranks', (_, marks) => {
      expect(findingsOf('rank-invalid', ranked(marks, '是否推荐'))).toEqual([]);
    });
  });

  describe('properties', () => {
    /** Up to 20 rows, each blank, a small rank, or a rank far past any sheet (a phone, a date). */
    const anyRanks = fc.array(
      fc.oneof(
        fc.constant(''),
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 1_000_000, max: 99_999_999_999 }),
      ),
      { minLength: 1, maxLength: 20 },
    );

    test('ranks 1…k shuffled among blank rows are never flagged', () => {
      const sheetRanks = fc.integer({ min: 1, max: 20 }).chain((rows) =>
        fc.integer({ min: 0, max: rows }).chain((k) =>
          fc.shuffledSubarray([...Array.from({ length: k }, (_, i) => i + 1), ...Array(rows - k).fill('')], {
            minLength: rows,
            maxLength: rows,
          }),
        ),
      );
      // A row left out may be blank or hold any of the placeholders officers write there.
      const leftOut = fc.constantFrom<TestCell>('', '—', '——', '-', '－', '/', '／', '不推荐', '否', '×');
      const spelled = sheetRanks.chain((ranks) =>
        fc.tuple(...ranks.map((rank) => (rank === '' ? leftOut : fc.constant<TestCell>(rank)))),
      );
      fc.assert(
        fc.property(spelled, (ranks) => expect(findingsOf('rank-invalid', ranked(ranks))).toEqual([])),
        { numRuns: 50 },
      );
    });

    test('recommenders that each rank their own rows 1…k, in any order and mixed, are never flagged', () => {
      const ownRanks = fc.integer({ min: 1, max: 6 }).chain((k) =>
        fc.shuffledSubarray(
          Array.from({ length: k }, (_, i) => i + 1),
          { minLength: k, maxLength: k },
        ),
      );
      const recommenders = fc.tuple(ownRanks, ownRanks, ownRanks);
      const mixed = recommenders.chain((lists) => {
        const rows = lists.flatMap((ranks, r) =>
          ranks.map((rank): [string, TestCell] => [`${r + 1}号区工信局`, rank]),
        );
        return fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length });
      });
      fc.assert(
        fc.property(mixed, (rows) => expect(findingsOf('rank-invalid', pooled(rows))).toEqual([])),
        { numRuns: 50 },
      );
    });

    test('a rank above the number of projects is flagged as such, and a gap is told once, naming at most five ranks', () => {
      fc.assert(
        fc.property(anyRanks, (ranks) => {
          const findings = rankFindings(ranks);
          ranks.forEach((rank, i) => {
            const own = findings.filter((f) => f.row === i + 2).map((f) => f.values.problem);
            if (typeof rank === 'number' && rank > ranks.length) expect(own).toEqual(['too-high']);
          });
          expect(findings.filter((f) => f.values.problem === 'gap').length).toBeLessThanOrEqual(1);
          for (const { values } of findings) {
            if (values.problem !== 'gap') continue;
            expect(values.missing.length).toBeLessThanOrEqual(5);
            expect(values.missing.length).toBe(Math.min(5, values.missingCount));
            expect(values.missingCount).toBeLessThan(ranks.length);
          }
        }),
        { numRuns: 50 },
      );
    });
  });
});
