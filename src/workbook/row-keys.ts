import type { WorkbookGrid } from '../core/grid';
import { compactKey } from '../core/normalise/normalise';
import type { Profile } from '../core/profile';
import { fieldText } from '../core/table/entry';
import { HeaderMatcher } from '../core/table/header-match';
import { readTable } from '../core/table/read-table';

/** The content keys of one sheet's project rows, both ways. */
export interface SheetRowKeys {
  keyAt: Map<number, string>;
  rowsOf: Map<string, number[]>;
}

/**
 * A row's content key: its unit and project, normalised. Marks are recorded with it, so that clearing finds the row
 * again after the officer sorts, inserts or deletes rows, and still finds it after the officer fixes another cell.
 */
export function rowKeys(
  grid: WorkbookGrid,
  profile: Profile,
  sheets: ReadonlySet<string>,
): Map<string, SheetRowKeys> {
  const matcher = new HeaderMatcher(profile);
  const keys = new Map<string, SheetRowKeys>();
  for (const sheet of grid.sheets) {
    if (!sheets.has(sheet.name)) continue;
    const sheetKeys: SheetRowKeys = { keyAt: new Map(), rowsOf: new Map() };
    keys.set(sheet.name, sheetKeys);
    for (const entry of readTable(sheet, profile, matcher)?.entries ?? []) {
      const key = `${compactKey(fieldText(entry, 'unit'))}|${compactKey(fieldText(entry, 'project'))}`;
      if (key === '|') continue;
      sheetKeys.keyAt.set(entry.row, key);
      const rows = sheetKeys.rowsOf.get(key);
      if (rows) rows.push(entry.row);
      else sheetKeys.rowsOf.set(key, [entry.row]);
    }
  }
  return keys;
}
