/**
 * How many characters, counted with multiplicity, one key shares with others. It bounds the edit distance from
 * below, ed(a, b) ≥ max(|a|, |b|) − shared(a, b), at a fraction of the distance's own cost, so most candidates that
 * merely share a segment are dismissed before it is computed.
 */
export class SharedCharacters {
  /** One counter per UTF-16 code unit: the loaded key's characters. */
  private readonly counts = new Int32Array(0x10000);
  private loaded = '';

  /** Makes `key` the key the others are compared with. */
  load(key: string): void {
    for (let i = 0; i < this.loaded.length; i++) this.counts[this.loaded.charCodeAt(i)] = 0;
    for (let i = 0; i < key.length; i++) this.counts[key.charCodeAt(i)]!++;
    this.loaded = key;
  }

  /** The characters of `other` that the loaded key has too, each counted as often as both have it. */
  with(other: string): number {
    let shared = 0;
    for (let i = 0; i < other.length; i++) if (this.counts[other.charCodeAt(i)]!-- > 0) shared++;
    for (let i = 0; i < other.length; i++) this.counts[other.charCodeAt(i)]!++;
    return shared;
  }
}
