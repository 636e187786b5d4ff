import type { RecordedMark } from './mark-record';
import type { SheetRowKeys } from './row-keys';

/**
 * True when a sheet holds most of a recorded sheet's marked rows where they were (the same unit and project on the
 * same row): it is that sheet renamed, or a copy of it.
 */
export function holdsMarkedRows(
  marks: readonly RecordedMark[],
  recordedSheet: string,
  { keyAt }: SheetRowKeys,
): boolean {
  const rows = new Map<number, string>();
  for (const mark of marks) if (mark.sheet === recordedSheet && mark.key !== '') rows.set(mark.row, mark.key);
  const kept = [...rows].filter(([row, key]) => keyAt.get(row) === key).length;
  return kept * 2 > rows.size;
}

/**
 * Where the officer renamed a marked sheet after the check: for each recorded sheet that is no longer there, the
 * one sheet named in no record that holds most of its marked rows where they were. Where no sheet does, or two do
 * (the officer copied the sheet, then deleted the original), the sheet has no new name: its marks are reported as
 * lost, never guessed.
 */
export function renamedSheets(
  marks: readonly RecordedMark[],
  gone: readonly string[],
  unrecorded: ReadonlyMap<string, SheetRowKeys>,
): Map<string, string> {
  const renames = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of gone) {
    const holders = [...unrecorded].filter(
      ([candidate, keys]) => !taken.has(candidate) && holdsMarkedRows(marks, name, keys),
    );
    if (holders.length !== 1) continue;
    const [renamed] = holders[0]!;
    renames.set(name, renamed);
    taken.add(renamed);
  }
  return renames;
}
