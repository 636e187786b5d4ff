import { compactKey, normalise } from '../normalise/normalise';
import type { Profile } from '../profile';
import { fieldText, type Entry } from './entry';
import type { HeaderLocation } from './find-header';

/** What a sheet's choice column is: none, a 是否推荐 flag, or a 推荐排序 rank (reference §2). */
export type ChoiceKind = 'none' | 'flag' | 'rank';

/** The kind of a table's choice column, from its header wording. */
export function choiceKind(header: HeaderLocation, profile: Profile): ChoiceKind {
  const label = header.labels.choice;
  if (label === undefined) return 'none';
  const key = compactKey(label);
  return profile.rankHeaders.some((h) => key.startsWith(compactKey(h))) ? 'rank' : 'flag';
}

/** A rank as a whole number ≥ 1, or undefined. */
export function rankOf(entry: Entry): number | undefined {
  const text = normalise(fieldText(entry, 'choice'));
  if (!/^\d+$/u.test(text)) return undefined;
  const rank = Number(text);
  return rank >= 1 ? rank : undefined;
}

/** The keys of the profile's words for "recommended" (是, √, Y …), to compare a 是否推荐 cell against. */
export function yesKeys(profile: Profile): ReadonlySet<string> {
  return new Set(profile.yesWords.map((word) => compactKey(word).toUpperCase()));
}

/** Whether a row is among those recommended: every row where the sheet has no choice column. */
export function isChosen(entry: Entry, kind: ChoiceKind, yes: ReadonlySet<string>): boolean {
  if (kind === 'none') return true;
  if (kind === 'rank') return rankOf(entry) !== undefined;
  return yes.has(compactKey(fieldText(entry, 'choice')).toUpperCase());
}
