import fc from 'fast-check';
import { compactKey } from '../../../src/core/normalise/normalise';
import { isPlaceholder, NO_VALUE_WORD } from '../../../src/core/table/placeholder';

/** Characters that officers leave in a cell, dashes, slashes and the letters of 无, 暂无, N/A among them, in every width. */
const CHARACTERS = [...'-‐‑‒–—―−─/\\－／＼﹣ 　\u200B\u00A0\nA0a０Ａ一无暂空名（）()nNｎ'];

describe('isPlaceholder', () => {
  test.each([
    '—',
    '——',
    '-',
    '－',
    '/',
    '／',
    '\\',
    ' — ',
    '- -',
    '\u200B/',
    '无',
    ' 暂无 ',
    '空',
    '不适用',
    'N/A',
    'ｎａ',
  ])('%j is a placeholder', (text) => {
    expect(isPlaceholder(text)).toBe(true);
  });

  test.each(['', '无名', '-1', '无人机', '空间', 'NAS', '/a', '０', 'Ａ-', '—一—', '（—）'])(
    '%j is none',
    (text) => {
      expect(isPlaceholder(text)).toBe(false);
    },
  );

  it('tells any text as the normalised text tells it: the quick answer for text with content is the same', () => {
    const text = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 6 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (written) => {
        const key = compactKey(written);
        expect(isPlaceholder(written)).toBe(/^[-‐‑‒–—―−─/\\]+$/u.test(key) || NO_VALUE_WORD.test(key));
      }),
    );
  });
});
