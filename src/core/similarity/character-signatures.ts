/** 32-bit words per signature: 128 bits. */
const WORDS = 4;

/** The number of set bits of a 32-bit integer. */
function bitCount(word: number): number {
  let n = word - ((word >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * One 128-bit signature per key: a bit for each character it holds, by a hash of the character. A bit that one
 * key's signature has and another's lacks stands for at least one character of the first that the second lacks,
 * so counting such bits bounds the characters missing from below, in a few operations on memory laid side by side:
 * the similarity join dismisses most candidates with it before it reads their text.
 */
export class CharacterSignatures {
  private readonly bits: Int32Array;

  constructor(keys: readonly string[]) {
    this.bits = new Int32Array(WORDS * keys.length);
    keys.forEach((key, k) => {
      for (let i = 0; i < key.length; i++) {
        const bit = Math.imul(key.charCodeAt(i), 0x9e3779b1) >>> 25;
        this.bits[WORDS * k + (bit >>> 5)]! |= 1 << (bit & 31);
      }
    });
  }

  /**
   * Whether key `r` surely lacks more than `limit` of key `s`'s characters, counted with multiplicity: the bits of
   * `s` that `r` lacks are counted, word by word, until there are more than `limit`.
   */
  lacksMoreThan(s: number, r: number, limit: number): boolean {
    let missing = 0;
    for (let w = 0; w < WORDS; w++) {
      missing += bitCount(this.bits[WORDS * s + w]! & ~this.bits[WORDS * r + w]!);
      if (missing > limit) return true;
    }
    return false;
  }
}
