import fc from 'fast-check';
import { canonicalUscc, USCC_ALPHABET, usccCheckCharacter, usccProblem } from '../../src/core/uscc';
import { withZeroWidths, ZERO_WIDTHS } from '../helpers/zero-width';

const alphabet = [...USCC_ALPHABET];

/** A valid code: 17 random characters of the alphabet and their check character. */
const validCode = fc
  .array(fc.constantFrom(...alphabet), { minLength: 17, maxLength: 17 })
  .map((chars) => chars.join(''))
  .map((body) => body + usccCheckCharacter(body));

describe('the unified social credit code (GB 32100-2015)', () => {
  describe('check character', () => {
    test('for the example of reference §5', () => {
      expect(usccCheckCharacter('91110108551385082')).toBe('Q');
    });

    test('maps 31 to 0', () => {
      // Σ Ci·Wi = 0, so C18 = 31 − 0 = 31, which is 0.
      expect(usccCheckCharacter('00000000000000000')).toBe('0');
      expect(usccCheckCharacter('91440300000000025')).toBe('0');
    });

    test('reaches the last letter of the alphabet', () => {
      // Σ Ci·Wi ≡ 1 (mod 31), so C18 = 30, which is Y.
      expect(usccCheckCharacter('91440300000000015')).toBe('Y');
    });

    test('weighs every text as the places of its characters in the alphabet, however short or odd', () => {
      const reference = (first17: string) => {
        let sum = 0;
        for (let i = 0, weight = 1; i < 17; i++, weight = (weight * 3) % 31)
          sum += USCC_ALPHABET.indexOf(first17.charAt(i)) * weight;
        return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
      };
      const text = fc.string({
        unit: fc.constantFrom(...alphabet, 'I', 'o', '-', '０', '智', '😀'),
        maxLength: 20,
      });
      fc.assert(fc.property(text, (first17) => expect(usccCheckCharacter(first17)).toBe(reference(first17))));
    });
  });

  describe('problems', () => {
    test.each([
      ['91110108551385082Q', undefined],
      ['91110108551385082A', 'check'],
      ['9111010855138508', 'length'],
      ['', 'length'],
      ['91110108551385O82Q', 'alphabet'],
      ['55138508-2', 'org-code'],
      ['551385082', 'org-code'],
      ['440301103456789', 'registration-number'],
      ['44030110345678', 'length'],
      ['44030110345678X', 'length'],
    ])('for %s: %s', (code, problem) => {
      expect(usccProblem(code)).toBe(problem);
    });

    test('canonicalises full width, lower case and spaces', () => {
      expect(canonicalUscc(' ９１１１０１０８ 551385082q\u3000')).toBe('91110108551385082Q');
    });

    test.each(
      ZERO_WIDTHS.map((zeroWidth) => [zeroWidth.charCodeAt(0).toString(16).toUpperCase(), zeroWidth]),
    )('deletes the zero-width character U+%s wherever it was pasted', (_, zeroWidth) => {
      expect(canonicalUscc(`91110108551385082Q${zeroWidth}`)).toBe('91110108551385082Q');
      expect(canonicalUscc(`${zeroWidth}911101085513${zeroWidth}85082Q`)).toBe('91110108551385082Q');
      expect(usccProblem(`91110108551385082Q${zeroWidth}`)).toBeUndefined();
    });
  });

  describe('properties', () => {
    test('a code made of 17 characters of the alphabet and their check character always passes', () => {
      fc.assert(
        fc.property(validCode, (code) => {
          expect(usccProblem(code)).toBeUndefined();
          expect(usccProblem(code.toLowerCase())).toBeUndefined();
        }),
      );
    });

    test('zero-width characters anywhere in a valid code leave it valid and the same code', () => {
      fc.assert(
        fc.property(
          validCode.chain((code) => fc.tuple(fc.constant(code), withZeroWidths(code))),
          ([code, pasted]) => {
            expect(canonicalUscc(pasted)).toBe(code);
            expect(usccProblem(pasted)).toBeUndefined();
          },
        ),
      );
    });

    test('changing any one character to another character of the alphabet is always caught', () => {
      // The weights 3^(i-1) mod 31 are never 0 and 31 is prime, so a change of one Ci always changes the sum mod 31.
      const changed = fc.tuple(
        validCode,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: alphabet.length - 1 }),
      );
      fc.assert(
        fc.property(changed, ([code, position, shift]) => {
          const old = USCC_ALPHABET.indexOf(code.charAt(position));
          const replacement = alphabet[(old + shift) % alphabet.length]!;
          const mutated = code.slice(0, position) + replacement + code.slice(position + 1);
          expect(mutated).not.toBe(code);
          expect(usccProblem(mutated)).toBeDefined();
        }),
      );
    });

    test('swapping two different characters among the first 17 is always caught', () => {
      // The 17 weights are distinct mod 31 (3 has order 30), so (Ci − Cj)(Wi − Wj) is never 0 mod 31.
      const swapped = fc.tuple(validCode, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 0, max: 16 }));
      fc.assert(
        fc.property(swapped, ([code, i, j]) => {
          fc.pre(code.charAt(i) !== code.charAt(j));
          const chars = [...code];
          [chars[i], chars[j]] = [chars[j]!, chars[i]!];
          expect(usccProblem(chars.join(''))).toBe('check');
        }),
      );
    });

    test('any 18 characters are judged as the standard spells it: alphabet first, then the check character', () => {
      const reference = (code: string) =>
        !/^[0-9A-HJ-NP-RTUWXY]{18}$/u.test(code)
          ? 'alphabet'
          : usccCheckCharacter(code) === code.charAt(17)
            ? undefined
            : 'check';
      const nearlyValid = fc.tuple(
        validCode,
        fc.array(fc.tuple(fc.nat(17), fc.constantFrom('I', 'Z', '-', 'É'))),
      );
      const code = fc.oneof(
        validCode,
        nearlyValid.map(([valid, typos]) => {
          const chars = [...valid];
          for (const [at, typo] of typos) chars[at] = typo;
          return chars.join('');
        }),
        fc.string({ unit: fc.constantFrom(...alphabet, 'O', 'S', 'V'), minLength: 18, maxLength: 18 }),
      );
      fc.assert(
        fc.property(code, (text) => {
          fc.pre(canonicalUscc(text).length === 18);
          expect(usccProblem(text)).toBe(reference(canonicalUscc(text)));
        }),
      );
    });
  });
});
