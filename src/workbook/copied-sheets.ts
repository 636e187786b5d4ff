import type { RecordedMark } from './mark-record';
import { holdsMarkedRows, markedRows } from './renamed-sheets';
import type { SheetRowKeys } from './row-keys';

/**
 * The copies the officer made of marked sheets (移动或复制 → 建立副本) after the check, by recorded sheet: the
 * sheets named in no record, and not a recorded sheet renamed, that hold most of its marked rows where they were.
 * A copy carries our marks that no record names; the record of the sheet it was copied from tells what they replaced.
 */
export function copiedSheets(
  marks: readonly RecordedMark[],
  renames: ReadonlyMap<string, string>,
  unrecorded: ReadonlyMap<string, SheetRowKeys>,
): Map<string, string[]> {
  const renamed = new Set(renames.values());
  const copies = new Map<string, string[]>();
  for (const [name, rows] of markedRows(marks)) {
    const found = [...unrecorded]
      .filter(([candidate, keys]) => !renamed.has(candidate) && holdsMarkedRows(rows, keys))
      .map(([candidate]) => candidate);
    if (found.length > 0) copies.set(name, found);
  }
  return copies;
}
