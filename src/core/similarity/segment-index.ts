/** No segment key is negative, so this marks an empty slot of the table. */
const EMPTY = -1;

/**
 * The segment index of the similarity join, for segments of one size at a time: from a segment's text to the keys
 * that hold it, in the order they were added. A text is looked up by its key, a 30-bit non-negative hash whose high bits are
 * well mixed, and told apart from other texts with the same key by its code units, which its block keeps.
 *
 * The join makes millions of look-ups, most of which miss, and reads every posting of the segments it finds, so
 * both must cost little memory traffic and no allocation. The table is open-addressed, each slot a key and the
 * offset of its block in one arena; a block holds the segment's count, its code units and then its postings,
 * contiguous, and moves to a block twice as large when it fills. Only the first `kept` postings of a segment are
 * stored: past them the segment is a stock phrase, which the join never reads, and only its count grows. Beside the
 * table, a bitmap a sixteenth of its size marks the keys' high bits, so that most misses are told without reading
 * the table.
 */
export class SegmentIndex {
  /** Slot i is `table[2i]`, the segment key, and `table[2i + 1]`, its block's offset in the arena. */
  private table = new Int32Array(2 * 1024).fill(EMPTY);
  /** How far a key is shifted right to give its home slot: 30 less the table's bits. */
  private shift = 20;
  /** Four bits per slot, bit i set when some key's high bits, shifted right by `shift - 2`, are i. */
  private present = new Int32Array((2 * 1024) / 16);
  private used = 0;
  /** Blocks: `arena[block]` counts the postings added; the text and the stored postings follow it. */
  private arena = new Int32Array(4096);
  private arenaEnd = 0;

  /** An index of segments of `size` code units, keeping up to `kept` postings of each. */
  private size = 0;

  /** An empty index, for segments of no size until `reset`, that keeps the first `kept` postings of each. */
  constructor(private readonly kept: number) {}

  /** Empties the index for segments of `size` code units, keeping its memory for the next ones. */
  reset(size: number): void {
    this.size = size;
    this.table.fill(EMPTY);
    this.present.fill(0);
    this.used = 0;
    this.arenaEnd = 0;
  }

  /** The block of the segment whose text is `units[at]` to `units[at + size - 1]`, under its key; -1 if none. */
  find(key: number, units: Uint16Array, at: number): number {
    const bit = key >>> (this.shift - 2);
    if ((this.present[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    const slot = this.slotOf(key, units, at);
    return slot < 0 ? -1 : this.table[slot + 1]!;
  }

  /** How many postings were added to a block's segment, stored or not. */
  count(block: number): number {
    return this.arena[block]!;
  }

  /** The postings of a block are the items at positions `start(block)` up to, not including, `end(block)`. */
  start(block: number): number {
    return block + 1 + this.size;
  }

  end(block: number): number {
    return this.start(block) + Math.min(this.arena[block]!, this.kept);
  }

  /** The posting at a position of a block. */
  item(position: number): number {
    return this.arena[position]!;
  }

  /** Adds `item` to the postings of the segment whose text is `units[at]` to `units[at + size - 1]`. */
  add(key: number, units: Uint16Array, at: number, item: number): void {
    const slot = this.slotOf(key, units, at);
    if (slot < 0) {
      this.insert(key, units, at, item);
      return;
    }
    const block = this.table[slot + 1]!;
    const stored = Math.min(this.arena[block]!, this.kept);
    this.arena[block]!++;
    if (stored === this.kept) return;
    let into = block;
    // A block is full when it holds a power of two postings (or `kept`, which ends its growth).
    if ((stored & (stored - 1)) === 0) {
      into = this.allocate(Math.min(2 * stored, this.kept));
      this.arena.copyWithin(into, block, this.start(block) + stored);
      this.table[slot + 1] = into;
    }
    this.arena[this.start(into) + stored] = item;
  }

  /** The table index of the slot of a segment, or -1 when an empty slot comes first. */
  private slotOf(key: number, units: Uint16Array, at: number): number {
    const mask = this.table.length - 2;
    for (let slot = this.home(key); ; slot = (slot + 2) & mask) {
      const found = this.table[slot]!;
      if (found === key && this.holds(this.table[slot + 1]!, units, at)) return slot;
      if (found === EMPTY) return -1;
    }
  }

  /** Whether a block's segment is the text from `at`. */
  private holds(block: number, units: Uint16Array, at: number): boolean {
    for (let i = 0; i < this.size; i++) if (this.arena[block + 1 + i] !== units[at + i]) return false;
    return true;
  }

  /** A new slot and block for a segment, holding `item`. */
  private insert(key: number, units: Uint16Array, at: number, item: number): void {
    // At most half the slots are used, so that a look-up that misses soon meets an empty slot.
    if (4 * (this.used + 1) > this.table.length) this.grow();
    const mask = this.table.length - 2;
    let slot = this.home(key);
    while (this.table[slot] !== EMPTY) slot = (slot + 2) & mask;
    const block = this.allocate(1);
    for (let i = 0; i < this.size; i++) this.arena[block + 1 + i] = units[at + i]!;
    this.arena[block] = 1;
    this.arena[this.start(block)] = item;
    this.table[slot] = key;
    this.table[slot + 1] = block;
    this.mark(key);
    this.used++;
  }

  private mark(key: number): void {
    const bit = key >>> (this.shift - 2);
    this.present[bit >>> 5]! |= 1 << (bit & 31);
  }

  /** The first slot to probe, as an index into the table: the key's high bits, which are mixed best. */
  private home(key: number): number {
    return (key >>> this.shift) << 1;
  }

  /** A new empty block with room for the text and `capacity` postings. */
  private allocate(capacity: number): number {
    const block = this.arenaEnd;
    this.arenaEnd += 1 + this.size + capacity;
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
    this.present = new Int32Array(this.table.length / 16);
    this.shift--;
    const mask = this.table.length - 2;
    for (let from = 0; from < old.length; from += 2) {
      const key = old[from]!;
      if (key === EMPTY) continue;
      let slot = this.home(key);
      while (this.table[slot] !== EMPTY) slot = (slot + 2) & mask;
      this.table[slot] = key;
      this.table[slot + 1] = old[from + 1]!;
      this.mark(key);
    }
  }
}
