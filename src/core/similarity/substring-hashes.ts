/** The multiplier of the polynomial hash: odd, so that it is invertible modulo 2³². */
const BASE = 0x01000193;

/**
 * The substrings of a list of keys: the keys' code units side by side, and polynomial hashes (Rabin–Karp). After
 * O(total length) set-up, the hash of any substring costs O(1), so looking up every segment-sized window of a title
 * costs no more than the windows themselves, however often the title is looked up. A substring is given by the
 * position of its first code unit (`start(k) + i` for key k's i-th) and its size.
 */
export class SubstringHashes {
  /** Every key's code units, each key followed by one unused position. */
  readonly units: Uint16Array;
  /** At a key's position i, the hash of the key's code units before it. */
  private readonly prefix: Int32Array;
  private readonly starts: Int32Array;
  /** powers[n] is BASE^n modulo 2³². */
  private readonly powers: Int32Array;

  constructor(keys: readonly string[]) {
    this.starts = new Int32Array(keys.length);
    let total = 0;
    let longest = 0;
    keys.forEach((key, k) => {
      this.starts[k] = total;
      total += key.length + 1;
      longest = Math.max(longest, key.length);
    });
    this.units = new Uint16Array(total);
    this.prefix = new Int32Array(total);
    const { units, prefix } = this;
    keys.forEach((key, k) => {
      const at = this.starts[k]!;
      let hash = 0;
      for (let i = 0; i < key.length; i++) {
        const unit = key.charCodeAt(i);
        units[at + i] = unit;
        hash = (Math.imul(hash, BASE) + unit) | 0;
        prefix[at + i + 1] = hash;
      }
    });
    this.powers = new Int32Array(longest + 1);
    this.powers[0] = 1;
    for (let n = 1; n <= longest; n++) this.powers[n] = Math.imul(this.powers[n - 1]!, BASE);
  }

  /** The position of key k's first code unit. */
  start(k: number): number {
    return this.starts[k]!;
  }

  /** The hash of the `size` code units from position `at`, all of one key. */
  hash(at: number, size: number): number {
    return (this.prefix[at + size]! - Math.imul(this.prefix[at]!, this.powers[size]!)) | 0;
  }
}
