import type { WorkbookGrid } from '../core/grid';
import { isOurSheet } from '../core/our-sheets';
import type { Profile } from '../core/profile';
import { copiedSheets } from './copied-sheets';
import { showsMark } from './look-decisions';
import type { RecordedMark } from './mark-record';
import { hasOurBlock } from './note-block';
import type { CellLook, CellRef, WorkbookPort } from './port';
import { renamedSheets } from './renamed-sheets';
import { rowKeys } from './row-keys';

/** A recorded mark found again, with how its cell looks now. */
export interface LocatedMark {
  mark: RecordedMark;
  cell: CellRef;
  current: CellLook;
}

/** Where the record's marks are now; those that can't be found are returned as lost, never guessed. */
export interface MarkLocations {
  located: LocatedMark[];
  lost: RecordedMark[];
}

const cellKey = (sheet: string, row: number, column: number) => `${sheet}\u0000${row}\u0000${column}`;

/** Where a mark may be now on one sheet: its row for sure, or the rows to choose from by how they look. */
interface Candidate {
  mark: RecordedMark;
  sheetName: string;
  column: number;
  settled: boolean;
  rows: number[];
  fallback?: number;
  /** On a copy of the recorded sheet, where nothing was recorded: only a cell with our note is taken. */
  copy: boolean;
}

/**
 * Finds each recorded mark's row again: the recorded row while it still holds the same unit and project; else the
 * one row that now holds them (after a sort, an insertion or a deletion); else, among several such rows or for a
 * row without a key, the one whose cell still shows exactly our mark. A sheet the officer renamed is found by its
 * rows (see renamedSheets), and a column after the officer inserted or deleted one by its field. On a copy the
 * officer made of a marked sheet (see copiedSheets), the same mark is found as well where its cell still shows it
 * with our note; one not found there is no loss, as nothing recorded it. The looks of every candidate are read in
 * one batch.
 */
export async function locateMarks(
  port: WorkbookPort,
  grid: WorkbookGrid,
  marks: readonly RecordedMark[],
  profile: Profile,
): Promise<MarkLocations> {
  const recorded = new Set(marks.map((mark) => mark.sheet));
  const gone = [...recorded].filter((name) => !grid.sheets.some((sheet) => sheet.name === name));
  const unrecorded = grid.sheets
    .filter((sheet) => !recorded.has(sheet.name) && !isOurSheet(sheet))
    .map((sheet) => sheet.name);
  const keys = rowKeys(grid, profile, new Set([...recorded, ...unrecorded]));
  const others = new Map(unrecorded.map((name) => [name, keys.get(name)!] as const));
  const renames = renamedSheets(marks, gone, others);
  const copies = copiedSheets(marks, renames, others);

  const candidate = (mark: RecordedMark, sheetName: string, copy: boolean): Candidate => {
    const sheet = keys.get(sheetName);
    if (!sheet) return { mark, sheetName, column: mark.column, settled: false, rows: [], copy };
    const column = (mark.field === undefined ? undefined : sheet.columnOf[mark.field]) ?? mark.column;
    if (!copy && mark.key !== '' && sheet.keyAt.get(mark.row) === mark.key)
      return { mark, sheetName, column, settled: true, rows: [mark.row], copy };
    const rows = mark.key === '' ? [] : [...(sheet.rowsOf.get(mark.key) ?? [])];
    return { mark, sheetName, column, settled: false, rows, fallback: mark.row, copy };
  };
  const candidates = marks.flatMap((mark) => [
    candidate(mark, renames.get(mark.sheet) ?? mark.sheet, false),
    ...(copies.get(mark.sheet) ?? []).map((copy) => candidate(mark, copy, true)),
  ]);

  const cells: CellRef[] = [];
  const seen = new Set<string>();
  for (const { sheetName, column, rows, fallback } of candidates) {
    for (const row of fallback === undefined ? rows : [...rows, fallback]) {
      const key = cellKey(sheetName, row, column);
      if (seen.has(key)) continue;
      seen.add(key);
      cells.push({ sheet: sheetName, row, column });
    }
  }
  const looks = await port.readLooks(cells);
  const lookAt = new Map(cells.map((cell, i) => [cellKey(cell.sheet, cell.row, cell.column), looks[i]!]));

  const claimed = new Set<string>();
  const located: LocatedMark[] = [];
  const lost: RecordedMark[] = [];
  const claim = (mark: RecordedMark, cell: CellRef) => {
    const key = cellKey(cell.sheet, cell.row, cell.column);
    claimed.add(key);
    located.push({ mark, cell, current: lookAt.get(key)! });
  };
  for (const { mark, sheetName, column, settled, rows } of candidates)
    if (settled) claim(mark, { sheet: sheetName, row: rows[0]!, column });
  for (const { mark, sheetName, column, settled, rows, fallback, copy } of candidates) {
    if (settled) continue;
    const free = (row: number) => !claimed.has(cellKey(sheetName, row, column));
    const showing = (row: number) => {
      const look = lookAt.get(cellKey(sheetName, row, column))!;
      return showsMark(look, mark.mark) && (!copy || hasOurBlock(look.note));
    };
    const open = rows.filter(free);
    const marked = open.filter(showing);
    const row =
      open.length === 1 && (!copy || showing(open[0]!))
        ? open[0]
        : marked.length === 1
          ? marked[0]
          : fallback !== undefined && free(fallback) && showing(fallback)
            ? fallback
            : undefined;
    if (row !== undefined) claim(mark, { sheet: sheetName, row, column });
    else if (!copy) lost.push(mark);
  }
  return { located, lost };
}
