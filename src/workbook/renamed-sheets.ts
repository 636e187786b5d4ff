import type { RecordedMark } from './mark-record';
import type { SheetRowKeys } from './row-keys';

/**
 * Where the officer renamed a marked sheet after the check: for each recorded sheet that is no longer there, the
 * one sheet named in no record that holds most of its marked rows where they were (the same unit and project on the
 * same row). Where no sheet does, or two do (the officer copied the sheet), the sheet has no new name: its marks are
 * reported as lost, never guessed.
 */
export function renamedSheets(
  marks: readonly RecordedMark[],
  gone: readonly string[],
  unrecorded: ReadonlyMap<string, SheetRowKeys>,
): Map<string, string> {
  const renames = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of gone) {
    const rows = new Map<number, string>();
    for (const mark of marks) if (mark.sheet === name && mark.key !== '') rows.set(mark.row, mark.key);
    const holders = [...unrecorded].filter(([candidate, { keyAt }]) => {
      const kept = [...rows].filter(([row, key]) => keyAt.get(row) === key).length;
      return !taken.has(candidate) && kept * 2 > rows.size;
    });
    if (holders.length !== 1) continue;
    const [renamed] = holders[0]!;
    renames.set(name, renamed);
    taken.add(renamed);
  }
  return renames;
}
