import fc from 'fast-check';
import type { CellValue } from '../../../src/core/grid';
import { defaultProfile } from '../../../src/core/profile';
import {
  choiceWords,
  isChosen,
  rankOf,
  readFlag,
  type ChoiceKind,
  type FlagReading,
} from '../../../src/core/table/choice';
import { HeaderMatcher } from '../../../src/core/table/header-match';
import { readTable } from '../../../src/core/table/read-table';
import { distinctRow, HEADER, sheet, type TestCell } from '../../helpers/grid';

const profile = defaultProfile();
const words = choiceWords(profile);

/** How a 是否推荐 cell holding `value` (shown as `text`) reads. */
const reading = (value: CellValue, text = String(value)) => readFlag({ value, text }, words);

/**
 * A sheet with the choice columns `labels` (a 是否推荐 column unless told), one row of marks per row, rows from 2;
 * the units of the rows it counts.
 */
function countedUnits(flags: (TestCell | TestCell[])[], labels = ['是否推荐']): string[] {
  const rows = flags.map((flag, i) => distinctRow(i, Array.isArray(flag) ? flag : [flag]));
  const grid = sheet('S', [[...HEADER, ...labels], ...rows]);
  const table = readTable(grid, profile, new HeaderMatcher(profile))!;
  return table.entries
    .filter((entry) => isChosen(entry, table.choice, words))
    .map((entry) => entry.cells.unit!.text)
    .sort();
}

const YES_SPELLINGS: TestCell[] = [
  '是',
  '是的',
  ' 是 ',
  '是（优先）',
  '是(优先推荐)',
  '是。',
  '√',
  '✓',
  '✔',
  '✔\ufe0f',
  '☑',
  'Y',
  'y',
  'yes',
  'Yes!',
  'ＹＥＳ',
  'TRUE',
  true,
  { value: true, text: 'TRUE' },
  '拟推荐',
  '推荐',
  1,
];
const NO_SPELLINGS: TestCell[] = [
  '否',
  '否（已撤回）',
  '不是',
  '×',
  '✗',
  '✘',
  'N',
  'no',
  'NO.',
  'FALSE',
  false,
  '不推荐',
  '暂不推荐',
  '不予推荐',
  '不拟推荐',
  '建议不推荐',
  '不同意推荐',
  '放弃',
  '撤回',
  '未入选',
  0,
  'x',
  'X',
  '未推荐',
  '备选',
  '候补',
  '暂缓推荐',
  '不予上报',
  '不上报',
  '不再推荐',
  '不列入',
  '否决',
  '退回',
  '名额已满',
  'Not recommended',
  '不建议推荐',
  '不同意上报',
  '不予支持',
  '不通过',
  '替补',
];

describe('reading a 是否推荐 cell', () => {
  test.each<[string, CellValue, string | undefined, FlagReading]>([
    ['a check mark with the emoji variation selector', '✔️', undefined, 'yes'],
    ['the boolean TRUE that Excel stores', true, 'TRUE', 'yes'],
    ['the boolean FALSE', false, 'FALSE', 'no'],
    ['是 with a remark in brackets', '是（优先）', undefined, 'yes'],
    ['是的', '是的', undefined, 'yes'],
    ['Yes with an exclamation mark', 'Yes!', undefined, 'yes'],
    ['否 with a remark', '否（已撤回）', undefined, 'no'],
    ['a no word of the profile', '不推荐', undefined, 'no'],
    ['同意推荐, as a bureau’s reply words it', '同意推荐', undefined, 'yes'],
    ['不同意', '不同意', undefined, 'no'],
    ['a circle, which is neither', '○', undefined, 'unreadable'],
    ['待定, which is neither', '待定', undefined, 'unreadable'],
    ['an error value', { error: '#N/A' }, '#N/A', 'unreadable'],
    ['an empty text', '', '', 'blank'],
    ['a slash, which fills a cell left out', '/', undefined, 'blank'],
    ['a dash', '-', undefined, 'blank'],
    ['an em dash', '—', undefined, 'blank'],
    ['无', '无', undefined, 'blank'],
  ])('reads %s', (_, value, text, expected) => {
    expect(reading(value, text)).toBe(expected);
  });

  test('reads every yes spelling as yes and every no spelling as no', () => {
    const asCell = (cell: TestCell) =>
      typeof cell === 'object' && cell !== null && 'text' in cell
        ? cell
        : { value: cell!, text: String(cell) };
    for (const cell of YES_SPELLINGS) expect([cell, readFlag(asCell(cell), words)]).toEqual([cell, 'yes']);
    for (const cell of NO_SPELLINGS) expect([cell, readFlag(asCell(cell), words)]).toEqual([cell, 'no']);
  });
});

describe('reading a comment by its verdict', () => {
  test.each<[string, FlagReading]>([
    ['技术先进，同意推荐', 'yes'],
    ['该项目技术先进，产业化前景好，同意推荐。', 'yes'],
    ['技术指标达到国内领先水平，建议推荐', 'yes'],
    ['经研究同意推荐', 'yes'],
    ['是，优先推荐', 'yes'],
    ['不推荐，缺乏产业化基础', 'no'],
    ['暂不推荐，技术成熟度不足', 'no'],
    ['经研究，不同意推荐', 'no'],
    ['综合评审不推荐', 'no'],
    ['尚未推荐', 'no'],
    ['列为备选', 'no'],
    ['经审核，不符合推荐条件', 'no'],
    ['经研究，不予上报', 'no'],
    ['技术一般，不建议推荐', 'no'],
    // A yes beside an alternate's note or a full quota is no clear yes, nor is it a no.
    ['是（备选）', 'unreadable'],
    ['是(备选第一)', 'unreadable'],
    ['推荐（备选）', 'unreadable'],
    ['同意推荐（候补）', 'unreadable'],
    ['是（替补）', 'unreadable'],
    ['是（递补）', 'unreadable'],
    ['同意推荐（后备）', 'unreadable'],
    ['同意推荐，但名额已满', 'unreadable'],
    ['技术先进，同意推荐（备选）', 'unreadable'],
    ['是（优先）', 'yes'],
    ['否（备选）', 'no'],
    // A negation before the verb is never read as a yes, nor are verdicts that disagree.
    ['没有推荐', 'unreadable'],
    ['不宜推荐', 'unreadable'],
    ['同意推荐，不推荐', 'unreadable'],
    // A comment without a verdict, and a slip in a verdict, say neither.
    ['技术先进，产业化前景好', 'unreadable'],
    ['同意推存', 'unreadable'],
    ['方向2，编号10', 'unreadable'],
  ])('reads %s as %s', (comment, expected) => {
    expect(reading(comment)).toBe(expected);
  });
});

describe('which flagged rows are counted', () => {
  test('yes and unreadable marks count; no words and blanks do not', () => {
    expect(countedUnits(['✔️', '否', '', '○', true, '不推荐', '是（优先）', false])).toEqual(
      ['单位0', '单位3', '单位4', '单位6'].sort(),
    );
  });

  test('placeholders and the marks officers write for "not recommended" do not count', () => {
    expect(countedUnits(['是', 'x', '/', '—', '无', '未推荐', '备选', '是'])).toEqual(['单位0', '单位7']);
  });

  test('a column of placeholders alone chooses nothing, and every row counts', () => {
    expect(countedUnits(['/', '—', '-'])).toEqual(['单位0', '单位1', '单位2']);
  });

  test.each<[string, string[], (TestCell | TestCell[])[], number[]]>([
    // A column that marks only the rows left out chose the others.
    ['否 on the rows left out, the rest blank', ['是否推荐'], ['', '', '否', '', '否'], [0, 1, 3]],
    ['× on the rows left out, the rest slashes', ['是否推荐'], ['/', '—', '×', '无'], [0, 1, 3]],
    // An unclear mark counts as chosen, as a yes does: the blanks beside it are no choice.
    ['a no and an unclear mark, the rest blank', ['是否推荐'], ['', '○', '否'], [1]],
    ['unclear marks, 否 and a blank', ['是否推荐'], ['○', '上报', '否', ''], [0, 1]],
    ['不推荐 in a 推荐意见 column, the rest blank', ['推荐意见'], ['', '不推荐', '/', '不予上报'], [0, 2]],
    ['不推荐 in a 推荐排序 column, the rest blank', ['推荐排序'], ['', '不推荐', '—', '否'], [0, 2]],
    [
      'a blank 是否推荐 beside a 推荐排序 of no words',
      ['是否推荐', '推荐排序'],
      [
        ['', ''],
        ['', '否'],
        ['', ''],
      ],
      [0, 2],
    ],
    // A column with a yes mark or a rank counts the rows it chose.
    ['√ and blanks', ['是否推荐'], ['√', '', '', '√'], [0, 3]],
    ['√, 否 and blanks', ['是否推荐'], ['√', '', '否', ''], [0]],
    ['同意推荐, 不推荐 and blanks in a 推荐意见 column', ['推荐意见'], ['', '同意推荐', '不推荐'], [1]],
    ['ranks, 否 and blanks in a 推荐排序 column', ['推荐排序'], [1, '否', '', 2], [0, 3]],
    // A rank that is none (0, which says no in a 是否推荐 column) is a slip, not a row left out.
    [
      'ranks as lists number them, ranks that are none, 否 and blanks in a 推荐排序 column',
      ['推荐排序'],
      ['（1）', 0, '2.', '', '待定', '否', -1, { error: '#N/A' }, '3、', '/'],
      [0, 1, 2, 4, 6, 7, 8],
    ],
    [
      '否 flags beside ranks',
      ['是否推荐', '推荐排序'],
      [
        ['', 1],
        ['否', ''],
        ['', 2],
      ],
      [0, 2],
    ],
  ])('%s', (_, labels, marks, expected) => {
    expect(countedUnits(marks, labels)).toEqual(expected.map((i) => `单位${i}`).sort());
  });

  test('any readable spelling of yes and no, in any row order, counts the same rows', () => {
    const state = fc.constantFrom('yes', 'no', 'blank');
    const rows = fc.array(
      fc.record({ state, yes: fc.constantFrom(...YES_SPELLINGS), no: fc.constantFrom(...NO_SPELLINGS) }),
      { minLength: 1, maxLength: 20 },
    );
    fc.assert(
      fc.property(rows, fc.func(fc.integer()), (spelled, order) => {
        const marks = spelled.map((row) =>
          row.state === 'yes' ? row.yes : row.state === 'no' ? row.no : '',
        );
        const plain = spelled.map((row) => (row.state === 'yes' ? '是' : row.state === 'no' ? '否' : ''));
        const expected = countedUnits(plain);
        expect(countedUnits(marks)).toEqual(expected);
        // Sorting the rows moves each unit with its mark: the units counted stay the same.
        const units = spelled.map((_, i) => i);
        const shuffled = [...units].sort((a, b) => order(a) - order(b) || a - b);
        const grid = sheet('S', [
          [...HEADER, '是否推荐'],
          ...shuffled.map((i, at) => {
            const row = distinctRow(i, [marks[i]]);
            row[0] = at + 1;
            return row;
          }),
        ]);
        const table = readTable(grid, profile, new HeaderMatcher(profile))!;
        const counted = table.entries
          .filter((entry) => isChosen(entry, table.choice, words))
          .map((entry) => entry.cells.unit!.text)
          .sort();
        expect(counted).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the choice columns of a sheet', () => {
  /** [choice column, rank column, kind] of a sheet whose header ends with `extra` after the standard H. */
  const mapped = (extra: string[]) => {
    const table = readTable(
      sheet('S', [[...HEADER, ...extra], distinctRow(0, ['是', 1])]),
      profile,
      new HeaderMatcher(profile),
    )!;
    return [table.header.columns.choice, table.header.columns.rank, table.choice];
  };

  test.each<[string, string[], [number | undefined, number | undefined, ChoiceKind]]>([
    ['none', [], [undefined, undefined, 'none']],
    ['a 是否推荐 flag', ['是否推荐'], [8, undefined, 'flag']],
    ['a 推荐排序 rank, which both decides and orders', ['推荐排序'], [8, 8, 'rank']],
    ['a 推荐排序 rank with a remark', ['推荐排序（1为最优先）'], [8, 8, 'rank']],
    ['a flag then a rank', ['是否推荐', '推荐排序'], [8, 9, 'flag']],
    ['a rank then a flag', ['推荐排序', '拟推荐'], [9, 8, 'flag']],
  ])('maps %s', (_, extra, expected) => {
    expect(mapped(extra)).toEqual(expected);
  });

  test('a 推荐排序 column of placeholders alone ranks nothing, and every row counts', () => {
    const grid = sheet('S', [
      [...HEADER, '推荐排序'],
      ...['/', '—', '-'].map((rank, i) => distinctRow(i, [rank])),
    ]);
    const table = readTable(grid, profile, new HeaderMatcher(profile))!;
    expect([table.choice, table.entries.map((entry) => isChosen(entry, table.choice, words))]).toEqual([
      'none',
      [true, true, true],
    ]);
  });

  test('reads the rank beside a flag, and no rank from a flag of 1', () => {
    const grid = sheet('S', [
      [...HEADER, '是否推荐', '推荐排序'],
      distinctRow(0, ['是', 2]),
      distinctRow(1, [1, '']),
    ]);
    const table = readTable(grid, profile, new HeaderMatcher(profile))!;
    expect(table.entries.map((entry) => [rankOf(entry), isChosen(entry, table.choice, words)])).toEqual([
      [2, true],
      [undefined, true],
    ]);
  });
});
