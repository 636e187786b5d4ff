import fc from 'fast-check';
import { SubstringHashes } from '../../../src/core/similarity/substring-hashes';

describe('SubstringHashes', () => {
  test('gives equal substrings of two keys the same hash, whatever their positions', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '智', '能'), minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(text, text, text, (left, middle, right) => {
        const hashes = new SubstringHashes([left + middle, middle + right + middle]);
        const h = hashes.hash(hashes.start(0) + left.length, middle.length);
        expect(hashes.hash(hashes.start(1), middle.length)).toBe(h);
        expect(hashes.hash(hashes.start(1) + middle.length + right.length, middle.length)).toBe(h);
      }),
      { numRuns: 1000 },
    );
  });

  test('tells different short substrings apart', () => {
    const hashes = new SubstringHashes(['', '智能传感器智能芯片']);
    const at = hashes.start(1);
    expect(hashes.hash(at, 2)).toBe(hashes.hash(at + 5, 2));
    expect(hashes.hash(at, 3)).not.toBe(hashes.hash(at + 5, 3));
  });

  test('lays every key’s code units side by side', () => {
    const keys = ['智能', '', 'ab芯'];
    const hashes = new SubstringHashes(keys);
    keys.forEach((key, k) =>
      [...key].forEach((ch, i) => expect(hashes.units[hashes.start(k) + i]).toBe(ch.charCodeAt(0))),
    );
  });
});
