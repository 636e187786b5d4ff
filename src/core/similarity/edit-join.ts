import { CharacterSignatures } from './character-signatures';
import { editDistance } from './edit-distance';
import { SegmentIndex } from './segment-index';
import { SharedCharacters } from './shared-characters';
import { SubstringHashes } from './substring-hashes';

/** A pair of near-duplicate keys: indexes into the input, and their similarity. */
export interface SimilarPair {
  a: number;
  b: number;
  similarity: number;
}

/** The most edits a pair may differ by when the longer key has `length` characters. */
const allowedEdits = (length: number, threshold: number) => Math.floor((1 - threshold) * length + 1e-9);

/**
 * A segment shared by more keys of one length than this is a stock phrase (研制与应用, 基于深度学习的) and finds no
 * candidates: comparing through it would make the work grow with the square of the rows. A near duplicate keeps
 * τ + 1 − (its edits) segments intact, so one with fewer edits than allowed is still found through a rarer segment
 * when that one lies in its narrowed window (see `lookUp`). On the 100,000 titles of the bench the join finds all
 * 517 pairs that it finds without the cut (and would at 8 or 16, some 10 % faster); the cut stays this high for the
 * tables of a few hundred rows whose titles end alike (…研发及产业化应用), where no segment is then a stock phrase
 * and the join misses no pair within the edits.
 */
const STOCK_PHRASE_POSTINGS = 32;

/**
 * The index key of a segment's text: its hash as a 30-bit integer whose high bits the multiplication mixes well,
 * for `SegmentIndex`, which tells apart texts whose keys collide. Building no substring keeps the look-ups cheap.
 */
const segmentKey = (hash: number): number => Math.imul(hash, 0x9e3779b1) & 0x3fffffff;

/** How a key of one length is cut into τ + 1 near-equal segments: the start and size of each. */
interface Cut {
  starts: Int32Array;
  sizes: Int32Array;
}

/** A key of `length` cut into `count` segments, the longer ones last. */
function cut(length: number, count: number): Cut {
  const short = Math.floor(length / count);
  const shortCount = count - (length % count);
  const starts = new Int32Array(count);
  const sizes = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    starts[i] = i < shortCount ? i * short : shortCount * short + (i - shortCount) * (short + 1);
    sizes[i] = i < shortCount ? short : short + 1;
  }
  return { starts, sizes };
}

/** The indexes of the keys, shortest first and in input order within a length: a counting sort, lengths are small. */
function byLength(keys: readonly string[]): Int32Array {
  const longest = keys.reduce((most, key) => Math.max(most, key.length), 0);
  const starts = new Int32Array(longest + 2);
  for (const key of keys) starts[key.length + 1]!++;
  for (let length = 1; length < starts.length; length++) starts[length]! += starts[length - 1]!;
  const order = new Int32Array(keys.length);
  keys.forEach((key, k) => (order[starts[key.length]!++] = k));
  return order;
}

/**
 * Finds pairs of distinct keys within the allowed edits by the pigeonhole principle (PassJoin: Li, Deng, Wang and
 * Feng, VLDB 2011). A key that may differ from a partner by at most τ edits is cut into τ + 1 segments, and at least
 * one of them must appear unchanged in the partner, near its own position. The edits a pair may differ by are those
 * its longer key's length allows, so each key is cut by its own length's τ: the keys of each length are indexed by
 * their segments, and every key of that length or shorter that may be near them looks its substrings up there.
 * (PassJoin indexes the shorter key, which must then be cut for its longest partner: more and shorter segments,
 * which more keys share.) Only keys that share a whole segment that is no stock phrase are compared, and their
 * distance is computed within the band of allowed edits.
 *
 * The index is kept per key length, and each length is joined in one pass with every key that may be near it: the
 * pass reads small indexes, and the signatures and marks of the keys of one length, which sit side by side in
 * length order. Two keys of one length look each other up, so that the pairs found, and what is a stock phrase,
 * depend on the keys and not on their order. The pairs come sorted by their indexes.
 */
export function joinByEdits(keys: readonly string[], threshold: number): SimilarPair[] {
  const join = new EditJoin(keys, threshold);
  const found = new Map<number, SimilarPair>();
  for (let first = 0; first < keys.length;) {
    const length = join.lengths[first]!;
    let end = first;
    while (end < keys.length && join.lengths[end] === length) end++;
    join.pass(first, end, found);
    first = end;
  }
  return [...found.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}

/** The state of one join: the keys in length order, what is known of each, and the scratch of a probe. */
class EditJoin {
  /** Input indexes of the keys in length order; every other array here is in that order. */
  private readonly order: Int32Array;
  private readonly keys: string[];
  readonly lengths: Int32Array;
  private readonly substrings: SubstringHashes;
  private readonly signatures: CharacterSignatures;
  private readonly characters = new SharedCharacters();
  /** The last probe that found each key, plus one: a key found through several windows is looked at once. */
  private readonly seenBy: Int32Array;
  /** The keys the current probe found whose characters may be near its own, in the order found. */
  private readonly candidates: Int32Array;
  private candidateCount = 0;
  /** The cut of each key length, made once. */
  private readonly cuts: Cut[] = [];
  /** The index of each segment number, emptied for each length: their memory is allocated once. */
  private readonly indexes: SegmentIndex[] = [];

  constructor(
    keys: readonly string[],
    private readonly threshold: number,
  ) {
    this.order = byLength(keys);
    // Loops, not Array.from and Int32Array.from: those walk their input by an iterator, a call and an allocation per
    // key, which took 24 ms of the 100,000 bench titles' join.
    this.keys = new Array<string>(keys.length);
    this.lengths = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      this.keys[i] = keys[this.order[i]!]!;
      this.lengths[i] = this.keys[i]!.length;
    }
    this.substrings = new SubstringHashes(this.keys);
    this.signatures = new CharacterSignatures(this.keys);
    this.seenBy = new Int32Array(keys.length);
    this.candidates = new Int32Array(keys.length);
  }

  /**
   * Joins the keys of one length, at positions first to end, with themselves and with every shorter key that may be
   * near them: the keys of the length are added to the indexes, then every key that may be near looks them up.
   * Each segment number has its own index, so that its texts, all of one size, never meet another number's.
   */
  pass(first: number, end: number, found: Map<number, SimilarPair>): void {
    const length = this.lengths[first]!;
    const { starts, sizes } = this.cutOf(length);
    const indexes = Array.from(sizes, (size, i) => {
      const index = (this.indexes[i] ??= new SegmentIndex(STOCK_PHRASE_POSTINGS));
      index.reset(size);
      return index;
    });
    for (let s = first; s < end; s++) {
      for (let i = 0; i < sizes.length; i++) {
        const size = sizes[i]!;
        if (size === 0) continue;
        const at = this.substrings.start(s) + starts[i]!;
        indexes[i]!.add(segmentKey(this.substrings.hash(at, size)), this.substrings.units, at, s);
      }
    }
    const edits = allowedEdits(length, this.threshold);
    for (let r = end - 1; r >= 0 && this.lengths[r]! >= length - edits; r--) {
      this.lookUp(r, edits, indexes, length);
      this.verify(r, edits, length, found);
    }
  }

  private cutOf(length: number): Cut {
    return (this.cuts[length] ??= cut(length, allowedEdits(length, this.threshold) + 1));
  }

  /**
   * Finds the other keys of `length` that the probe's windows hold a segment of, no stock phrase, and keeps those
   * whose characters may be near the probe's: an edit leaves out at most one of the probe's characters, and the
   * longer key's extra length takes edits that leave out none. The character signatures tell most apart as their
   * postings are read, without counting anything per key; each key is looked at once per probe.
   *
   * The windows are multi-match-aware (PassJoin §4.2). Walk a near duplicate's m segments from the left, counting the
   * edits met less the segments passed: the count goes from 0 to E − m (E its edits), and where it last steps from
   * E − m + 1 down to E − m lies an intact segment i with i + E − (m − 1) edits before it and m − 1 − i after it. So
   * some intact segment lies in the window these bounds allow at E = edits, narrower than the one in which any intact
   * segment lies (|δ| + |Δ − δ| ≤ edits), and the segments before the (m − 1 − edits)-th need no look-up at all.
   */
  private lookUp(r: number, edits: number, indexes: readonly SegmentIndex[], length: number): void {
    const { starts, sizes } = this.cutOf(length);
    const probeLength = this.lengths[r]!;
    const delta = probeLength - length;
    const before = Math.floor((edits - delta) / 2);
    const after = Math.floor((edits + delta) / 2);
    const lastSegment = sizes.length - 1;
    const missingAllowed = edits - (length - probeLength);
    for (let i = lastSegment - edits; i <= lastSegment; i++) {
      const size = sizes[i]!;
      if (size === 0) continue;
      const mostBefore = i + edits - lastSegment;
      const mostAfter = lastSegment - i;
      const from = Math.max(0, starts[i]! + Math.max(-before, -mostBefore, delta - mostAfter));
      const to = Math.min(probeLength - size, starts[i]! + Math.min(after, mostBefore, delta + mostAfter));
      for (let p = from; p <= to; p++) this.lookUpAt(r, indexes[i]!, p, size, missingAllowed);
    }
  }

  /** Looks the probe's `size` characters from `p` up in a segment's index, and keeps the candidates it finds. */
  private lookUpAt(r: number, index: SegmentIndex, p: number, size: number, missingAllowed: number): void {
    const at = this.substrings.start(r) + p;
    const block = index.find(segmentKey(this.substrings.hash(at, size)), this.substrings.units, at);
    if (block < 0 || index.count(block) > STOCK_PHRASE_POSTINGS) return;
    for (let posting = index.start(block), end = index.end(block); posting < end; posting++) {
      const s = index.item(posting);
      if (s === r || this.seenBy[s] === r + 1) continue;
      this.seenBy[s] = r + 1;
      if (!this.signatures.lacksMoreThan(r, s, missingAllowed)) this.candidates[this.candidateCount++] = s;
    }
  }

  /** Compares the probe with the candidates its look-ups kept, cheapest test first, and forgets them. */
  private verify(r: number, edits: number, length: number, found: Map<number, SimilarPair>): void {
    const probe = this.keys[r]!;
    if (this.candidateCount > 0) this.characters.load(probe);
    // Shared characters bound the distance from below: ed ≥ longer length − shared.
    const shared = length - edits;
    for (let c = 0; c < this.candidateCount; c++) {
      const s = this.candidates[c]!;
      const other = this.keys[s]!;
      if (!this.characters.sharesAtLeast(other, shared)) continue;
      const distance = editDistance(other, probe, edits);
      if (distance > edits) continue;
      const [a, b] = [Math.min(this.order[r]!, this.order[s]!), Math.max(this.order[r]!, this.order[s]!)];
      // Keys of one length may find each other both ways.
      found.set(a * this.keys.length + b, { a, b, similarity: 1 - distance / length });
    }
    this.candidateCount = 0;
  }
}
