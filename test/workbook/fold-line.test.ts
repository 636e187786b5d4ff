import fc from 'fast-check';
import { foldLine } from '../../src/workbook/fold-line';
import { shownWidth } from '../../src/workbook/shown-width';

const text = fc
  .array(fc.constantFrom('单', '位', '、', '，', '（', '）', 'a', 'b', ' ', '｜', ';', '1'), {
    maxLength: 300,
  })
  .map((chars) => chars.join(''));

describe('foldLine', () => {
  test('keeps a line that fits as it is', () => {
    expect(foldLine('未发现问题。', 12)).toEqual(['未发现问题。']);
  });

  test('breaks after list punctuation where it can', () => {
    expect(foldLine('数据透视表、图表、切片器、日程表', 16)).toEqual([
      '数据透视表、',
      '图表、切片器、',
      '日程表',
    ]);
  });

  test('starts no line with the spaces of a break', () => {
    expect(foldLine('甲单  单', 2)).toEqual(['甲', '单', '单']);
  });

  test('gives non-empty lines no wider than the width, and loses nothing but spaces at the breaks', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 60 }), (words, width) => {
        const line = `甲${words}`;
        const lines = foldLine(line, width);
        expect(lines.filter((folded) => shownWidth(folded) > width || folded.trim() === '')).toEqual([]);
        expect(lines.join('').replace(/\s/gu, '')).toBe(line.replace(/\s/gu, ''));
      }),
    );
  });
});
