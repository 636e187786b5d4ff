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

  /**
   * Whether `other` shares at least `needed` characters with the loaded key, each counted as often as both have it.
   * Most candidates share few, so the count stops as soon as too many of `other`'s characters are missing.
   */
  sharesAtLeast(other: string, needed: number): boolean {
    const allowed = other.length - needed;
    return allowed >= 0 && this.missing(other, allowed) <= allowed;
  }

  /** How many characters of `other` the loaded key lacks, counted until more than `limit` are found. */
  private missing(other: string, limit: number): number {
    let missing = 0;
    let end = 0;
    while (end < other.length && missing <= limit)
      if (this.counts[other.charCodeAt(end++)]!-- <= 0) missing++;
    for (let i = 0; i < end; i++) this.counts[other.charCodeAt(i)]!++;
    return missing;
  }
}
