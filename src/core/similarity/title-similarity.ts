import { normalise } from '../normalise/normalise';

/** Punctuation and spaces carry no meaning in a title's similarity. */
const NOISE = /[\s\p{P}\p{S}]/gu;

/** The similarity key of a title: normalised, without spaces and punctuation. */
export function similarityKey(title: string): string {
  return normalise(title).replace(NOISE, '').toLowerCase();
}

/** Character bigrams of a key: CJK titles have no word breaks, and two characters make most of their words. */
export function bigrams(key: string): Set<string> {
  const chars = [...key];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add((chars[i] ?? '') + (chars[i + 1] ?? ''));
  return grams;
}

/** Dice's coefficient of two gram sets: 2·|A∩B| / (|A|+|B|). */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const gram of small) if (large.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * A bigram that occurs in more titles than this says little ("人工", "智能" are in most of them), so it finds no
 * candidates; it still counts in the similarity of the candidates found through rarer bigrams.
 */
const COMMON_GRAM_POSTINGS = 32;

/** A pair of near-duplicate titles: indexes into the input, and their similarity. */
export interface SimilarPair {
  a: number;
  b: number;
  similarity: number;
}

/**
 * Finds titles that are near duplicates (Dice ≥ threshold) but not equal, through an inverted bigram index: only
 * titles that share a rare bigram are ever compared, so the work grows with the rows, not with their square.
 */
export function findSimilarTitles(titles: readonly string[], threshold: number, minLength: number): SimilarPair[] {
  const keys = titles.map(similarityKey);
  const grams = keys.map((key) => ([...key].length >= minLength ? bigrams(key) : new Set<string>()));
  const postings = new Map<string, number[]>();
  grams.forEach((set, index) => {
    for (const gram of set) {
      const list = postings.get(gram);
      if (list) list.push(index);
      else postings.set(gram, [index]);
    }
  });

  const pairs: SimilarPair[] = [];
  grams.forEach((set, a) => {
    const seen = new Set<number>();
    for (const gram of set) {
      const list = postings.get(gram) ?? [];
      if (list.length > COMMON_GRAM_POSTINGS) continue;
      for (const b of list) {
        if (b <= a || seen.has(b) || keys[a] === keys[b]) continue;
        seen.add(b);
        const similarity = dice(set, grams[b] ?? new Set());
        if (similarity >= threshold) pairs.push({ a, b, similarity });
      }
    }
  });
  return pairs;
}
