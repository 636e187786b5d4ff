import fc from 'fast-check';

/** The zero-width characters of reference §7, which pasting leaves invisibly in a cell: U+200B–U+200D and U+FEFF. */
export const ZERO_WIDTHS = ['\u200B', '\u200C', '\u200D', '\uFEFF'];

/** The text with one to three zero-width characters put in at random places. */
export const withZeroWidths = (text: string): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.nat(text.length), fc.constantFrom(...ZERO_WIDTHS)), { minLength: 1, maxLength: 3 })
    .map((insertions) => {
      const chars = [...text];
      for (const [at, zeroWidth] of insertions) chars.splice(at, 0, zeroWidth);
      return chars.join('');
    });
