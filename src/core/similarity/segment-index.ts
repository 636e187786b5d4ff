/** No segment key is negative, so this marks an empty slot of the table. */
const EMPTY = -1;

/**
 * The segment index of the similarity join: from a segment key (a 30-bit non-negative integer whose high bits are
 * well mixed) to the keys that hold that segment, in the order they were added.
 *
 * The join makes millions of look-ups, most of which miss, and reads every posting of the segments it finds, so
 * both must cost little memory traffic and no allocation. The table is open-addressed, each slot a key and the
 * offset of its block in one arena; a block holds the segment's count and then its postings, contiguous, and moves
 * to a block twice as large when it fills. Only the first `kept` postings of a segment are stored: past them the
 * segment is a stock phrase, which the join never reads, and only its count grows.
 */
export class SegmentIndex {
  /** Slot i is `table[2i]`, the segment key, and `table[2i + 1]`, its block's offset in the arena. */
  private table = new Int32Array(2 * 1024).fill(EMPTY);
  /** How far a key is shifted right to give its home slot: 30 less the table's bits. */
  private shift = 20;
  private used = 0;
  /** Blocks: `arena[block]` counts the postings added, and the stored ones follow it. */
  private arena = new Int32Array(4096);
  private arenaEnd = 0;

  constructor(private readonly kept: number) {}

  /** The block of a segment key, or -1 when nothing was added under it. */
  find(key: number): number {
    const mask = this.table.length - 2;
    for (let at = this.home(key); ; at = (at + 2) & mask) {
      const found = this.table[at]!;
      if (found === key) return this.table[at + 1]!;
      if (found === EMPTY) return -1;
    }
  }

  /** How many postings were added to a block's segment, stored or not. */
  count(block: number): number {
    return this.arena[block]!;
  }

  /** The postings of a block are the items at positions `block + 1` up to, not including, `end(block)`. */
  end(block: number): number {
    return block + 1 + Math.min(this.arena[block]!, this.kept);
  }

  /** The posting at a position of a block. */
  item(position: number): number {
    return this.arena[position]!;
  }

  /** Adds `item` to the postings of a segment key. */
  add(key: number, item: number): void {
    const at = this.claim(key);
    let block = this.table[at + 1]!;
    const stored = Math.min(this.arena[block]!, this.kept);
    this.arena[block]!++;
    if (stored === this.kept) return;
    // A block is full when it holds a power of two postings (or `kept`, which ends its growth).
    if (stored > 0 && (stored & (stored - 1)) === 0) {
      const moved = this.allocate(Math.min(2 * stored, this.kept));
      this.arena.copyWithin(moved, block, block + 1 + stored);
      this.table[at + 1] = block = moved;
    }
    this.arena[block + 1 + stored] = item;
  }

  /** The table index of a key's slot; a new key gets an empty slot and an empty block. */
  private claim(key: number): number {
    // At most half the slots are used, so that a look-up that misses soon meets an empty slot.
    if (4 * (this.used + 1) > this.table.length) this.grow();
    const mask = this.table.length - 2;
    let at = this.home(key);
    while (this.table[at] !== key && this.table[at] !== EMPTY) at = (at + 2) & mask;
    if (this.table[at] === EMPTY) {
      this.table[at] = key;
      this.table[at + 1] = this.allocate(1);
      this.used++;
    }
    return at;
  }

  /** The first slot to probe, as an index into the table: the key's high bits, which are mixed best. */
  private home(key: number): number {
    return (key >>> this.shift) << 1;
  }

  /** A new empty block with room for `capacity` postings. */
  private allocate(capacity: number): number {
    const block = this.arenaEnd;
    this.arenaEnd += 1 + capacity;
    if (this.arenaEnd > this.arena.length) {
      const bigger = new Int32Array(Math.max(2 * this.arena.length, this.arenaEnd));
      bigger.set(this.arena);
      this.arena = bigger;
    }
    this.arena[block] = 0;
    return block;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(2 * old.length).fill(EMPTY);
    this.shift--;
    const mask = this.table.length - 2;
    for (let from = 0; from < old.length; from += 2) {
      const key = old[from]!;
      if (key === EMPTY) continue;
      let at = this.home(key);
      while (this.table[at] !== EMPTY) at = (at + 2) & mask;
      this.table[at] = key;
      this.table[at + 1] = old[from + 1]!;
    }
  }
}
