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
    '(3)',
  ])('reads no rank in %j', (text) => {
    expect(writtenRank(text)).toBeUndefined();
  });

  test('reads every rank up to 99 as Excel’s 中文小写数字 shows it, with or without 第 and 名', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('', '第'),
        fc.constantFrom('', '名', '位'),
        (rank, before, after) => {
          const numerals = inChineseNumerals(String(rank), 1, false);
          expect(writtenRank(`${before}${numerals}${after}`)).toBe(rank);
          expect(writtenRank(`${before}${rank}${after}`)).toBe(rank);
        },
      ),
    );
  });
});
