import { compactKey } from '../normalise/normalise';
import type { Profile } from '../profile';
import { fieldText, type Entry } from './entry';
import type { SheetTable } from './read-table';

/** What a sheet's choice column is: none, a 是否推荐 flag, or a 推荐排序 rank (reference §2). */
export type ChoiceKind = 'none' | 'flag' | 'rank';

/** The kind of the table's choice column, from its header wording. */
export function choiceKind(table: SheetTable, profile: Profile): ChoiceKind {
  const label = table.header.labels.choice;
  if (label === undefined) return 'none';
  const key = compactKey(label);
  return profile.rankHeaders.some((h) => key.startsWith(compactKey(h))) ? 'rank' : 'flag';
}

/** A rank as a whole number ≥ 1, or undefined. */
export function rankOf(entry: Entry): number | undefined {
  const text = fieldText(entry, 'choice');
  if (!/^\d+$/u.test(text.normalize('NFKC'))) return undefined;
  const rank = Number(text.normalize('NFKC'));
  return rank >= 1 ? rank : undefined;
}

/** Whether a row is among those recommended: every row where the sheet has no choice column. */
export function isChosen(entry: Entry, kind: ChoiceKind, profile: Profile): boolean {
  if (kind === 'none') return true;
  if (kind === 'rank') return rankOf(entry) !== undefined;
  const key = compactKey(fieldText(entry, 'choice')).toUpperCase();
  return key !== '' && profile.yesWords.some((w) => compactKey(w).toUpperCase() === key);
}
