import fc from 'fast-check';
import { CharacterSignatures } from '../../../src/core/similarity/character-signatures';

/** The characters of `b`, with multiplicity, that `a` lacks. */
function missingCount(a: string, b: string): number {
  const rest = [...a];
  let missing = 0;
  for (const ch of b) {
    const at = rest.indexOf(ch);
    if (at >= 0) rest.splice(at, 1);
    else missing++;
  }
  return missing;
}

describe('CharacterSignatures', () => {
  test('never says a key lacks more characters than it does', () => {
    // Many distinct characters, so that their bits collide and some keys lack others' characters.
    const unit = fc.integer({ min: 0x4e00, max: 0x4e00 + 400 }).map((code) => String.fromCharCode(code));
    const text = fc.string({ unit, maxLength: 30 });
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 2, maxLength: 6 }),
        fc.integer({ min: -1, max: 8 }),
        (keys, limit) => {
          const signatures = new CharacterSignatures(keys);
          keys.forEach((s, i) =>
            keys.forEach((r, j) => {
              if (signatures.lacksMoreThan(i, j, limit)) expect(missingCount(r, s)).toBeGreaterThan(limit);
            }),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  test('counts a character that the other key lacks', () => {
    const signatures = new CharacterSignatures(['智能传感器', '智能传感', '智能传感器件']);
    expect(signatures.lacksMoreThan(0, 1, 0)).toBe(true);
    expect(signatures.lacksMoreThan(0, 1, 1)).toBe(false);
    expect(signatures.lacksMoreThan(1, 0, 0)).toBe(false);
    expect(signatures.lacksMoreThan(0, 2, 0)).toBe(false);
  });
});
