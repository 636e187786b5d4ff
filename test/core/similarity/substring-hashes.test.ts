import fc from 'fast-check';
import { SubstringHashes } from '../../../src/core/similarity/substring-hashes';

describe('SubstringHashes', () => {
  test('gives equal substrings of two keys the same hash, whatever their positions', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '智', '能'), minLength: 1, maxLength: 80 });
    const first = new SubstringHashes();
    const second = new SubstringHashes();
    fc.assert(
      fc.property(text, text, text, (left, middle, right) => {
        first.load(left + middle);
        second.load(middle + right + middle);
        const h = first.of(left.length, middle.length);
        expect(second.of(0, middle.length)).toBe(h);
        expect(second.of(middle.length + right.length, middle.length)).toBe(h);
      }),
      { numRuns: 1000 },
    );
  });

  test('tells different short substrings apart', () => {
    const hashes = new SubstringHashes();
    hashes.load('智能传感器智能芯片');
    expect(hashes.of(0, 2)).toBe(hashes.of(5, 2));
    expect(hashes.of(0, 3)).not.toBe(hashes.of(5, 3));
  });
});
