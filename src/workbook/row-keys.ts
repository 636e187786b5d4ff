import type { CheckResult } from '../core/check';
import { columnNumber } from '../core/column-letter';
import type { ColumnMap } from '../core/fields';
import type { WorkbookGrid } from '../core/grid';
import { compactKey } from '../core/normalise/normalise';
import type { Profile } from '../core/profile';
import { fieldText } from '../core/table/entry';
import { HeaderMatcher } from '../core/table/header-match';
import { MergeIndex } from '../core/table/merge-index';
import { readTable } from '../core/table/read-table';

/** The content keys of one sheet's project rows, both ways, and where its table's columns are now. */
export interface SheetRowKeys {
  keyAt: Map<number, string>;
  rowsOf: Map<string, number[]>;
  columnOf: ColumnMap;
}

/**
 * A row's content key: its unit and project, normalised; '' for a row with neither. Marks are recorded with it, so
 * that clearing finds the row again after the officer sorts, inserts or deletes rows, and still finds it after the
 * officer fixes another cell.
 */
function contentKey(unit: string, project: string): string {
  const key = `${compactKey(unit)}|${compactKey(project)}`;
  return key === '|' ? '' : key;
}

/** The unit and project of a content key (a '|' in the unit, where one is written, is taken for the separator). */
export function contentKeyParts(key: string): { unit: string; project: string } {
  const at = key.indexOf('|');
  return at < 0 ? { unit: '', project: '' } : { unit: key.slice(0, at), project: key.slice(at + 1) };
}

/**
 * The content keys of every project row of the named sheets, and of the template example rows among them, read as the
 * check reads their tables.
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
    const table = readTable(sheet, profile, matcher);
    const sheetKeys: SheetRowKeys = {
      keyAt: new Map(),
      rowsOf: new Map(),
      columnOf: table?.header.columns ?? {},
    };
    keys.set(sheet.name, sheetKeys);
    // A template's example row is no project, yet the check marks it, so clearing must find it again too.
    const rows = table ? [...table.entries, ...table.examples.map((example) => example.entry)] : [];
    for (const entry of rows) {
      const key = contentKey(fieldText(entry, 'unit'), fieldText(entry, 'project'));
      if (key === '') continue;
      sheetKeys.keyAt.set(entry.row, key);
      const rows = sheetKeys.rowsOf.get(key);
      if (rows) rows.push(entry.row);
      else sheetKeys.rowsOf.set(key, [entry.row]);
    }
  }
  return keys;
}

/**
 * The content key of a project row of a checked sheet, from the cells under the check's unit and project columns
 * (a merged cell gives its text to every row it covers, as in the check's table): the key that rowKeys gives the
 * row, without reading the table again.
 */
export function checkedRowKey(
  grid: WorkbookGrid,
  result: CheckResult,
): (sheetName: string, row: number) => string {
  const sheets = new Map(
    result.sheets.flatMap(({ name, columns }) => {
      const sheet = grid.sheets.find((s) => s.name === name);
      return sheet ? [[name, { columns, merges: new MergeIndex(sheet) }] as const] : [];
    }),
  );
  return (sheetName, row) => {
    const checked = sheets.get(sheetName);
    if (!checked) return '';
    const text = (letter: string | undefined) => {
      if (letter === undefined) return '';
      return checked.merges.cellShown(row, columnNumber(letter))?.text.trim() ?? '';
    };
    return contentKey(text(checked.columns.unit), text(checked.columns.project));
  };
}
