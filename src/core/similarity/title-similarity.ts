import type { TitleKeys } from '../normalise/title-keys';
import { editDistance } from './edit-distance';
import { joinByEdits, type SimilarPair } from './edit-join';
import { namesOtherSubject } from './other-subject';

export type { SimilarPair } from './edit-join';

/**
 * How alike two keys are: 1 − (edit distance ÷ the longer length), over characters, so one changed Chinese
 * character in a 20-character title is 0.95.
 */
export function titleSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/** Exact-key pairs are `duplicate-project`'s; the rest of a group of equal similarity keys are similar. */
function pairsWithinGroup(
  members: readonly number[],
  titles: readonly TitleKeys[],
  pairs: SimilarPair[],
): void {
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const [a, b] = [members[i]!, members[j]!];
      if (titles[a]!.exact !== titles[b]!.exact)
        pairs.push({ a: Math.min(a, b), b: Math.max(a, b), similarity: 1 });
    }
  }
}

/**
 * The longest similarity key compared with others. A project's name is a line of a few dozen characters; a cell far
 * longer holds a paragraph pasted into it, and the join's work grows with the square of a key's length, as its
 * allowed edits do: a cell of a million characters would hold the check for hours. Such a cell is still compared
 * whole, as a duplicate or as equal but for its marks.
 */
const LONGEST_COMPARED = 500;

/**
 * Finds titles that are near duplicates (`titleSimilarity` ≥ threshold) but not equal, through an index of title
 * segments, never by comparing every pair. Titles equal as projects (`titleKey`) are left to
 * `duplicate-project`; titles that differ only in the marks inside them are similar with 1.0, at any length. Keys
 * shorter than `minLength` characters are too short to call alike, longer than `LONGEST_COMPARED` no names, and one
 * template with another subject in it names distinct projects (`namesOtherSubject`).
 */
export function findSimilarTitles(
  titles: readonly TitleKeys[],
  threshold: number,
  minLength: number,
): SimilarPair[] {
  const groups = new Map<string, number[]>();
  titles.forEach(({ similar }, index) => {
    if (!similar) return;
    const members = groups.get(similar);
    if (members) members.push(index);
    else groups.set(similar, [index]);
  });
  const pairs: SimilarPair[] = [];
  const keys: string[] = [];
  const members: number[][] = [];
  for (const [key, group] of groups) {
    pairsWithinGroup(group, titles, pairs);
    if (key.length < minLength || key.length > LONGEST_COMPARED) continue;
    keys.push(key);
    members.push(group);
  }
  for (const { a, b, similarity } of joinByEdits(keys, threshold)) {
    if (namesOtherSubject(keys[a]!, keys[b]!)) continue;
    for (const x of members[a]!) {
      for (const y of members[b]!) pairs.push({ a: Math.min(x, y), b: Math.max(x, y), similarity });
    }
  }
  return pairs;
}
