import { normalise, titleKey } from '../normalise/normalise';
import { CharacterSignatures } from './character-signatures';
import { editDistance } from './edit-distance';
import { SegmentIndex } from './segment-index';
import { SharedCharacters } from './shared-characters';
import { SubstringHashes } from './substring-hashes';

/**
 * Punctuation and spaces carry no meaning in a title's similarity. A character is first tested for being no CJK
 * ideograph, ASCII letter or digit, which passes over most of a title quickly; only the few left take the slow
 * test of the Unicode categories, looking behind.
 */
const NOISE = /[^\u4E00-\u9FFFA-Za-z0-9](?<=[\s\p{P}\p{S}])/gu;

/** The similarity key of a title: normalised, without spaces and punctuation, lower-case. */
export function similarityKey(title: string): string {
  return normalise(title).replace(NOISE, '').toLowerCase();
}

/**
 * How alike two keys are: 1 − (edit distance ÷ the longer length), over characters, so one changed Chinese
 * character in a 20-character title is 0.95.
 */
export function titleSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/** A pair of near-duplicate titles: indexes into the input, and their similarity. */
export interface SimilarPair {
  a: number;
  b: number;
  similarity: number;
}

/** The most edits a pair may differ by when the longer key has `length` characters. */
const allowedEdits = (length: number, threshold: number) => Math.floor((1 - threshold) * length + 1e-9);

/** The most edits any longer partner may allow a key of `length`: partners are at most length ÷ t long. */
const partitionEdits = (length: number, threshold: number) =>
  allowedEdits(Math.floor(length / threshold + 1e-9), threshold);

/**
 * A segment shared by more keys of one length than this is a stock phrase (研制与应用, 基于深度学习的) and finds no
 * candidates: comparing through it would make the work grow with the square of the rows. A near duplicate keeps
 * τ + 1 − (its edits) segments intact, so one with fewer edits than allowed is still found through a rarer segment.
 */
const STOCK_PHRASE_POSTINGS = 16;

/**
 * The index key of a segment: its text's hash mixed with the key length and the segment number, as a 30-bit
 * integer whose high bits the multiplication mixes well, for `SegmentIndex`. Building no substring keeps the many
 * look-ups cheap; a hash collision only adds a candidate, which the checks after it reject.
 */
const segmentKey = (hash: number, length: number, slot: number): number =>
  Math.imul(hash ^ (length * 64 + slot), 0x9e3779b1) & 0x3fffffff;

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

/**
 * Finds pairs of distinct keys within the allowed edits by the pigeonhole principle (PassJoin: Li, Deng, Wang and
 * Feng, VLDB 2011). A key that may differ from a partner by at most τ edits is cut into τ + 1 segments, and at least
 * one of them must appear unchanged in the partner, near its own position. Keys are visited shortest first: each
 * looks its substrings up in the segment index of the keys already seen, then adds its own segments. Only keys that
 * share a whole segment that is no stock phrase are compared, and their distance is computed within the band of
 * allowed edits.
 */
function joinByEdits(keys: readonly string[], threshold: number): SimilarPair[] {
  const order = keys.map((_, index) => index).sort((x, y) => keys[x]!.length - keys[y]!.length);
  const index = new SegmentIndex(STOCK_PHRASE_POSTINGS);
  const pairs: SimilarPair[] = [];
  const matched = new Int32Array(keys.length);
  const touched = new Int32Array(keys.length);
  let touchedCount = 0;
  const signatures = new CharacterSignatures(keys);
  const characters = new SharedCharacters();
  const hashes = new SubstringHashes();
  // The cut of each key length, made once. A key keeps at least (its segment count − edits) of them in any match.
  const cuts: Cut[] = [];
  const cutOf = (length: number) => (cuts[length] ??= cut(length, partitionEdits(length, threshold) + 1));
  const segmentCount = Int32Array.from(keys, (key) => cutOf(key.length).sizes.length);
  // A candidate is dismissed by its segment count, length and signature, kept in arrays, before its text is read.
  const lengths = Int32Array.from(keys, (key) => key.length);
  for (const r of order) {
    const probe = keys[r]!;
    const edits = allowedEdits(probe.length, threshold);
    characters.load(probe);
    hashes.load(probe);
    for (let length = Math.max(1, probe.length - edits); length <= probe.length; length++) {
      const { starts, sizes } = cutOf(length);
      const delta = probe.length - length;
      // Each edit spoils at most one of the τ + 1 segments, so a match keeps τ + 1 − edits of them, each shifted by
      // δ with |δ| + |Δ − δ| ≤ edits (the edits before it and after it).
      const before = Math.floor((edits - delta) / 2);
      const after = Math.floor((edits + delta) / 2);
      for (let i = 0; i < sizes.length; i++) {
        const size = sizes[i]!;
        if (size === 0) continue;
        const from = Math.max(0, starts[i]! - before);
        const to = Math.min(probe.length - size, starts[i]! + after);
        for (let p = from; p <= to; p++) {
          const block = index.find(segmentKey(hashes.of(p, size), length, i));
          if (block < 0 || index.count(block) > STOCK_PHRASE_POSTINGS) continue;
          for (let at = block + 1, end = index.end(block); at < end; at++) {
            const s = index.item(at);
            if (matched[s]!++ === 0) touched[touchedCount++] = s;
          }
        }
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const s = touched[t]!;
      const count = matched[s]!;
      matched[s] = 0;
      if (count < segmentCount[s]! - edits) continue;
      // At least probe.length − edits characters must be shared: the rest of the other key may be missing.
      if (signatures.missingAtLeast(s, r) > lengths[s]! - probe.length + edits) continue;
      const other = keys[s]!;
      if (!characters.sharesAtLeast(other, probe.length - edits)) continue;
      const distance = editDistance(other, probe, edits);
      if (distance <= edits)
        pairs.push({ a: Math.min(r, s), b: Math.max(r, s), similarity: 1 - distance / probe.length });
    }
    touchedCount = 0;
    const { starts, sizes } = cutOf(probe.length);
    for (let i = 0; i < sizes.length; i++) {
      if (sizes[i] === 0) continue;
      index.add(segmentKey(hashes.of(starts[i]!, sizes[i]!), probe.length, i), r);
    }
  }
  return pairs;
}

/** Exact-key pairs are `duplicate-project`'s; the rest of a group of equal similarity keys are similar. */
function pairsWithinGroup(members: readonly number[], exact: readonly string[], pairs: SimilarPair[]): void {
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const [a, b] = [members[i]!, members[j]!];
      if (exact[a] !== exact[b]) pairs.push({ a: Math.min(a, b), b: Math.max(a, b), similarity: 1 });
    }
  }
}

/**
 * Finds titles that are near duplicates (`titleSimilarity` ≥ threshold) but not equal, through an index of title
 * segments, never by comparing every pair. Titles equal as projects (`titleKey`) are left to
 * `duplicate-project`; titles that differ only in case or punctuation are similar with 1.0. Keys shorter than
 * `minLength` characters are too short to call alike.
 */
export function findSimilarTitles(
  titles: readonly string[],
  threshold: number,
  minLength: number,
): SimilarPair[] {
  const exact = titles.map(titleKey);
  const groups = new Map<string, number[]>();
  titles.forEach((title, index) => {
    const key = similarityKey(title);
    if (key.length < minLength) return;
    const members = groups.get(key);
    if (members) members.push(index);
    else groups.set(key, [index]);
  });
  const members = [...groups.values()];
  const pairs: SimilarPair[] = [];
  for (const group of members) pairsWithinGroup(group, exact, pairs);
  for (const { a, b, similarity } of joinByEdits([...groups.keys()], threshold)) {
    for (const x of members[a]!) {
      for (const y of members[b]!) pairs.push({ a: Math.min(x, y), b: Math.max(x, y), similarity });
    }
  }
  return pairs;
}
