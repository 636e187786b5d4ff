import { columnLetter } from '../core/column-letter';
import type { CellRef } from '../workbook/port';

/** Cells of one sheet and column on consecutive rows, which Office.js can address as one range (`B7:B12`). */
export interface CellRun {
  sheet: string;
  column: number;
  firstRow: number;
  rowCount: number;
}

/**
 * The cells as runs down their columns, each at most `maxRows` long, in sheet, column and row order. Repeated
 * cells count once.
 */
export function columnRuns(cells: readonly CellRef[], maxRows = Infinity): CellRun[] {
  const sorted = [...cells].sort(
    (a, b) => compareText(a.sheet, b.sheet) || a.column - b.column || a.row - b.row,
  );
  const runs: CellRun[] = [];
  for (const cell of sorted) {
    const run = runs[runs.length - 1];
    const sameLine = run !== undefined && run.sheet === cell.sheet && run.column === cell.column;
    const end = sameLine ? run.firstRow + run.rowCount : 0;
    if (sameLine && cell.row < end) continue;
    if (sameLine && cell.row === end && run.rowCount < maxRows) run.rowCount++;
    else runs.push({ sheet: cell.sheet, column: cell.column, firstRow: cell.row, rowCount: 1 });
  }
  return runs;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A run's address without its sheet: `B7`, or `B7:B12`. */
export function runAddress(run: CellRun): string {
  const column = columnLetter(run.column);
  const first = `${column}${run.firstRow}`;
  return run.rowCount === 1 ? first : `${first}:${column}${run.firstRow + run.rowCount - 1}`;
}

/** Excel refuses an address string of 8,192 characters or more (RangeAreas, `Worksheet.getRanges`). */
export const MAX_ADDRESS_LENGTH = 8191;

/** Addresses joined with commas into strings that each stay within `MAX_ADDRESS_LENGTH`. */
export function addressLists(addresses: readonly string[]): string[] {
  const lists: string[] = [];
  let list = '';
  for (const address of addresses) {
    if (list !== '' && list.length + 1 + address.length > MAX_ADDRESS_LENGTH) {
      lists.push(list);
      list = '';
    }
    list = list === '' ? address : `${list},${address}`;
  }
  if (list !== '') lists.push(list);
  return lists;
}

/** A key that tells cells apart. */
export const cellKey = (cell: CellRef): string => JSON.stringify([cell.sheet, cell.row, cell.column]);
