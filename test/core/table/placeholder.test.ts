import fc from 'fast-check';
import { compactKey } from '../../../src/core/normalise/normalise';
import { isPlaceholder } from '../../../src/core/table/placeholder';

/** Characters that officers leave in a cell, dashes and slashes among them, in every width. */
const CHARACTERS = [...'-‐‑‒–—―−─/\\－／＼﹣ 　\u200B\u00A0\nA0a０Ａ一无名（）()'];

describe('isPlaceholder', () => {
  test.each(['—', '——', '-', '－', '/', '／', '\\', ' — ', '- -', '\u200B/'])(
    '%j is a placeholder',
    (text) => {
      expect(isPlaceholder(text)).toBe(true);
    },
  );

  test.each(['', '无', '-1', '/a', '０', 'Ａ-', '—一—', '（—）'])('%j is none', (text) => {
    expect(isPlaceholder(text)).toBe(false);
  });

  it('tells any text as the normalised text tells it: the quick answer for text with content is the same', () => {
    const text = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 6 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (written) => {
        expect(isPlaceholder(written)).toBe(/^[-‐‑‒–—―−─/\\]+$/u.test(compactKey(written)));
      }),
    );
  });
});
