import fc from 'fast-check';
import { isBlank, trimmed } from '../../src/core/normalise/white-space';

/** Every code unit that String.prototype.trim removes, and neighbours of the ranges it is told by. */
const SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const NEIGHBOURS = '\u001f\u0021\u007f\u0085\u009f\u00a1\u2fff\u3001\ufefe\uffff\ud83d\ude00';

describe('trimmed and isBlank', () => {
  test('agree with trim() on any text, above all one that starts or ends with white space', () => {
    const unit = fc.oneof(
      fc.constantFrom(...SPACES, ...NEIGHBOURS, '智', 'a', '_'),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 8 }), (text) => {
        expect(trimmed(text)).toBe(text.trim());
        expect(isBlank(text)).toBe(text.trim() === '');
      }),
      { numRuns: 5000 },
    );
  });

  test('give a text without white space at either end back as it is', () => {
    expect(trimmed('深圳市星河智算科技有限公司')).toBe('深圳市星河智算科技有限公司');
    expect(trimmed('\u3000深圳市 ')).toBe('深圳市');
    expect(isBlank('\u3000\u00a0\ufeff')).toBe(true);
    expect(isBlank('')).toBe(true);
    expect(isBlank(' 无 ')).toBe(false);
  });
});
