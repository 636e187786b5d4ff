import type { RecordedMark } from './mark-record';
import type { SheetRowKeys } from './row-keys';

/** The unit-and-project key of each marked row, by recorded sheet and row: what a renamed or copied sheet holds. */
export function markedRows(marks: readonly RecordedMark[]): Map<string, Map<number, string>> {
  const bySheet = new Map<string, Map<number, string>>();
  for (const mark of marks) {
    if (mark.key === '') continue;
    const rows = bySheet.get(mark.sheet) ?? new Map<number, string>();
    bySheet.set(mark.sheet, rows.set(mark.row, mark.key));
  }
  return bySheet;
}

/**
 * True when a sheet holds most of a recorded sheet's marked rows (see markedRows) where they were (the same unit and
 * project on the same row): it is that sheet renamed, or a copy of it.
 */
export function holdsMarkedRows(
  rows: ReadonlyMap<number, string> | undefined,
  { keyAt }: SheetRowKeys,
): boolean {
  if (rows === undefined) return false;
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
  const rows = markedRows(marks);
  const renames = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of gone) {
    const holders = [...unrecorded].filter(
      ([candidate, keys]) => !taken.has(candidate) && holdsMarkedRows(rows.get(name), keys),
    );
    if (holders.length !== 1) continue;
    const [renamed] = holders[0]!;
    renames.set(name, renamed);
    taken.add(renamed);
  }
  return renames;
}
