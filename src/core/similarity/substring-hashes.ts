/** The multiplier of the polynomial hash: odd, so that it is invertible modulo 2³². */
const BASE = 0x01000193;

/**
 * Polynomial hashes of the substrings of one key (Rabin–Karp): after O(length) set-up, the hash of any substring
 * costs O(1), so looking up every segment-sized window of a title costs no more than the windows themselves.
 */
export class SubstringHashes {
  /** prefix[i] is the hash of the first i code units. */
  private prefix = new Int32Array(64);
  /** powers[k] is BASE^k modulo 2³². */
  private powers = Int32Array.of(1);

  /** Makes `text` the key whose substrings are hashed. */
  load(text: string): void {
    if (this.prefix.length <= text.length) this.prefix = new Int32Array(2 * (text.length + 1));
    while (this.powers.length <= text.length) {
      const grown = new Int32Array(2 * this.powers.length);
      grown.set(this.powers);
      for (let k = this.powers.length; k < grown.length; k++) grown[k] = Math.imul(grown[k - 1]!, BASE);
      this.powers = grown;
    }
    for (let i = 0; i < text.length; i++) {
      this.prefix[i + 1] = (Math.imul(this.prefix[i]!, BASE) + text.charCodeAt(i)) | 0;
    }
  }

  /** The hash of the loaded key's `size` code units from `start`. */
  of(start: number, size: number): number {
    return (this.prefix[start + size]! - Math.imul(this.prefix[start]!, this.powers[size]!)) | 0;
  }
}
