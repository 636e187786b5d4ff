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
  test('never counts more missing characters than there are', () => {
    // Many distinct characters, so that their bits collide and some keys lack others' characters.
    const unit = fc.integer({ min: 0x4e00, max: 0x4e00 + 400 }).map((code) => String.fromCharCode(code));
    const text = fc.string({ unit, maxLength: 30 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 6 }), (keys) => {
        const signatures = new CharacterSignatures(keys);
        keys.forEach((s, i) =>
          keys.forEach((r, j) =>
            expect(signatures.missingAtLeast(i, j)).toBeLessThanOrEqual(missingCount(r, s)),
          ),
        );
      }),
      { numRuns: 500 },
    );
  });

  test('counts a character that the other key lacks', () => {
    const signatures = new CharacterSignatures(['智能传感器', '智能传感', '智能传感器件']);
    expect(signatures.missingAtLeast(0, 1)).toBe(1);
    expect(signatures.missingAtLeast(1, 0)).toBe(0);
    expect(signatures.missingAtLeast(0, 2)).toBe(0);
  });
});
