import fc from 'fast-check';
import { editDistance } from '../../../src/core/similarity/edit-distance';
import { SharedCharacters } from '../../../src/core/similarity/shared-characters';

describe('SharedCharacters', () => {
  test('counts shared characters with multiplicity, and forgets the previous key', () => {
    const shared = new SharedCharacters();
    shared.load('智能智能传感');
    expect(shared.with('智智智能器')).toBe(3);
    shared.load('芯片');
    expect(shared.with('智能传感')).toBe(0);
    expect(shared.with('芯片芯片')).toBe(2);
  });

  test('bounds the edit distance from below', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '智', '能', '芯'), maxLength: 10 });
    const shared = new SharedCharacters();
    fc.assert(
      fc.property(text, text, (a, b) => {
        shared.load(a);
        expect(Math.max(a.length, b.length) - shared.with(b)).toBeLessThanOrEqual(editDistance(a, b));
      }),
      { numRuns: 2000 },
    );
  });
});
