import { normalise, titleKey } from '../normalise/normalise';
import { editDistance } from './edit-distance';
import { SharedCharacters } from './shared-characters';
import { SubstringHashes } from './substring-hashes';

/** Punctuation and spaces carry no meaning in a title's similarity. */
const NOISE = /[\s\p{P}\p{S}]/gu;

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
 * The index key of a segment: its text's hash mixed with the key length and the segment number, as a small
 * integer, which the index's Map handles fastest. Building no substring keeps the many look-ups cheap; a hash
 * collision only adds a candidate, which the checks after it reject.
 */
const segmentKey = (hash: number, length: number, slot: number): number =>
  Math.imul(hash ^ (length * 64 + slot), 0x9e3779b1) & 0x3fffffff;

/** The start and length of segment i (0-based) when a key of `length` is cut into `count` near-equal segments. */
function segment(length: number, count: number, i: number): [start: number, size: number] {
  const short = Math.floor(length / count);
  const shortCount = count - (length % count);
  return i < shortCount
    ? [i * short, short]
    : [shortCount * short + (i - shortCount) * (short + 1), short + 1];
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
  const index = new Map<number, number[]>(); // segmentKey → keys
  const pairs: SimilarPair[] = [];
  const matched = new Int32Array(keys.length);
  const touched: number[] = [];
  const characters = new SharedCharacters();
  const hashes = new SubstringHashes();
  // A key of this length keeps at least segmentCount − edits of its segments in any match.
  const segmentCount = Int32Array.from(keys, (key) => partitionEdits(key.length, threshold) + 1);
  for (const r of order) {
    const probe = keys[r]!;
    const edits = allowedEdits(probe.length, threshold);
    characters.load(probe);
    hashes.load(probe);
    for (let length = Math.max(1, probe.length - edits); length <= probe.length; length++) {
      const tau = partitionEdits(length, threshold);
      const delta = probe.length - length;
      // Each edit spoils at most one of the τ + 1 segments, so a match keeps τ + 1 − edits of them, each shifted by
      // δ with |δ| + |Δ − δ| ≤ edits (the edits before it and after it).
      for (let i = 0; i <= tau; i++) {
        const [start, size] = segment(length, tau + 1, i);
        if (size === 0) continue;
        const from = Math.max(0, start - Math.floor((edits - delta) / 2));
        const to = Math.min(probe.length - size, start + Math.floor((edits + delta) / 2));
        for (let p = from; p <= to; p++) {
          const postings = index.get(segmentKey(hashes.of(p, size), length, i));
          if (!postings || postings.length > STOCK_PHRASE_POSTINGS) continue;
          for (const s of postings) if (matched[s]!++ === 0) touched.push(s);
        }
      }
    }
    for (const s of touched) {
      const count = matched[s]!;
      matched[s] = 0;
      if (count < segmentCount[s]! - edits) continue;
      if (probe.length - characters.with(keys[s]!) > edits) continue;
      const distance = editDistance(keys[s]!, probe, edits);
      if (distance <= edits)
        pairs.push({ a: Math.min(r, s), b: Math.max(r, s), similarity: 1 - distance / probe.length });
    }
    touched.length = 0;
    const tau = partitionEdits(probe.length, threshold);
    for (let i = 0; i <= tau; i++) {
      const [start, size] = segment(probe.length, tau + 1, i);
      if (size === 0) continue;
      const key = segmentKey(hashes.of(start, size), probe.length, i);
      const list = index.get(key);
      if (list) list.push(r);
      else index.set(key, [r]);
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
