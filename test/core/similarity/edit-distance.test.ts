import fc from 'fast-check';
import { editDistance } from '../../../src/core/similarity/edit-distance';

/** The textbook full-matrix Levenshtein distance, to hold the banded one against. */
function fullDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current.push(
        Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

describe('editDistance', () => {
  test.each([
    ['kitten', 'sitting', 3],
    ['面向跨境电商的机器翻译系统', '面向跨境电商的机器翻译平台', 2],
    ['', '智能', 2],
    ['智能传感器', '智能传感器', 0],
  ])('%s → %s is %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  test('within its band it equals the full distance, and beyond it says max + 1', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '智', '能'), maxLength: 12 });
    fc.assert(
      fc.property(text, text, fc.nat(6), (a, b, max) => {
        const full = fullDistance(a, b);
        expect(editDistance(a, b, max)).toBe(full <= max ? full : max + 1);
      }),
      { numRuns: 3000 },
    );
  });
});
