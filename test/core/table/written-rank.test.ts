import fc from 'fast-check';
import { writtenRank } from '../../../src/core/table/written-rank';
import { inChineseNumerals } from '../../../src/xlsx/chinese-numerals';

describe('writtenRank', () => {
  test.each<[string, number]>([
    ['3', 3],
    ['12', 12],
    ['第1', 1],
    ['第3名', 3],
    ['4位', 4],
    ['一', 1],
    ['第二', 2],
    ['第三名', 3],
    ['十', 10],
    ['十二', 12],
    ['一十', 10],
    ['二十', 20],
    ['二十一', 21],
    ['九十九', 99],
    ['3(优先)', 3],
    ['第2名(备选)', 2],
    ['十一()', 11],
    // A list's numbering, after normalisation: （1） and ⑴ as (1), 1． as 1.
    ['(1)', 1],
    ['(3)', 3],
    ['(第2名)', 2],
    ['(4)(优先)', 4],
    ['1.', 1],
    ['2、', 2],
    ['3)', 3],
    ['5.(优先)', 5],
    // A whole number typed with its decimals.
    ['1.0', 1],
    ['6.00', 6],
    ['No.1', 1],
    ['NO.2', 2],
    ['no. 3', 3],
    ['No7', 7],
    // Spaces and a footnote's mark, as officers type them.
    ['第 1 名', 1],
    ['1 (优先)', 1],
    ['( 1 )', 1],
    [' 12 ', 12],
    ['1*', 1],
    ['2**', 2],
    ['3※', 3],
    ['★4', 4],
    ['第5名*', 5],
  ])('reads %j as %d', (text, rank) => {
    expect(writtenRank(text)).toBe(rank);
  });

  test.each([
    '',
    '第',
    '名',
    'A',
    '待定',
    '1.5',
    '十十',
    '一二',
    '二十二十',
    '第1第2',
    '1-2',
    '百',
    '(优先)',
    '3(优先)(备选)',
    '3(优先',
    '(3',
    '()',
    '(优先)(3)',
    '((3))',
    '1.5',
    '1.05',
    '1..',
    '1.、',
    'No.',
    'No.1.5',
    '1 2',
    '*',
    '1*2',
  ])('reads no rank in %j', (text) => {
    expect(writtenRank(text)).toBeUndefined();
  });

  test('reads every rank up to 99 as Excel’s 中文小写数字 shows it, with or without 第 and 名, bare or numbered as a list', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('', '第'),
        fc.constantFrom('', '名', '位'),
        fc.constantFrom(['', ''], ['(', ')'], ['', '.'], ['', '、']),
        (rank, before, after, [open, close]) => {
          const numerals = inChineseNumerals(String(rank), 1, false);
          expect(writtenRank(`${open}${before}${numerals}${after}${close}`)).toBe(rank);
          expect(writtenRank(`${open}${before}${rank}${after}${close}`)).toBe(rank);
        },
      ),
    );
  });
});
