import fc from 'fast-check';
import { editDistance } from '../../../src/core/similarity/edit-distance';
import { SharedCharacters } from '../../../src/core/similarity/shared-characters';

/** Characters shared with multiplicity, counted the slow way. */
function sharedCount(a: string, b: string): number {
  const rest = [...a];
  let shared = 0;
  for (const ch of b) {
    const at = rest.indexOf(ch);
    if (at >= 0) {
      rest.splice(at, 1);
      shared++;
    }
  }
  return shared;
}

const text = fc.string({ unit: fc.constantFrom('a', 'b', '智', '能', '芯'), maxLength: 10 });

describe('SharedCharacters', () => {
  test('counts shared characters with multiplicity, and forgets the previous key', () => {
    const shared = new SharedCharacters();
    shared.load('智能智能传感');
    expect(shared.sharesAtLeast('智智智能器', 3)).toBe(true);
    expect(shared.sharesAtLeast('智智智能器', 4)).toBe(false);
    shared.load('芯片');
    expect(shared.sharesAtLeast('智能传感', 1)).toBe(false);
    expect(shared.sharesAtLeast('芯片芯片', 2)).toBe(true);
    expect(shared.sharesAtLeast('芯片芯片', 3)).toBe(false);
    expect(shared.sharesAtLeast('芯片', 3)).toBe(false);
  });

  test('says whether at least n characters are shared, however early it stops counting', () => {
    const shared = new SharedCharacters();
    fc.assert(
      fc.property(text, text, fc.integer({ min: -1, max: 12 }), (a, b, needed) => {
        shared.load(a);
        expect(shared.sharesAtLeast(b, needed)).toBe(sharedCount(a, b) >= needed);
        // The early stop must leave the counters as they were.
        expect(shared.sharesAtLeast(b, 0)).toBe(true);
        expect(shared.sharesAtLeast(a, a.length)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('bounds the edit distance from below', () => {
    const shared = new SharedCharacters();
    fc.assert(
      fc.property(text, text, (a, b) => {
        shared.load(a);
        const distance = editDistance(a, b);
        // Sharing fewer than max(|a|, |b|) − d characters rules out a distance of d or less.
        expect(shared.sharesAtLeast(b, Math.max(a.length, b.length) - distance)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
