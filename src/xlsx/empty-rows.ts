import type { Workbook, Worksheet } from 'exceljs';
import { hookPrepareModel } from './step-hooks';

/** A row of the model ExcelJS has prepared for writing, as `Row.model` makes it. */
interface RowModel {
  number: number;
  cells: unknown[];
  min: number;
  max: number;
  style: object;
  hidden: boolean;
  outlineLevel: number;
  collapsed: boolean;
}
/** The parts of the model ExcelJS has prepared for writing that this module reaches into. */
interface PreparedModel {
  worksheets: ({ id: number; rows: RowModel[] } | undefined)[];
}
/** A row as ExcelJS keeps it, with its style, which its types leave out. */
interface Row {
  number: number;
  style: object;
  hidden: boolean;
  outlineLevel: number;
  collapsed: boolean;
}
/** A worksheet's rows as ExcelJS keeps them, by number less one: only the rows it read or was asked for. */
interface WorksheetInternals {
  _rows: (Row | undefined)[];
}

/** The model of a row without cells or height, as ExcelJS would make it if it made one. */
const emptyRow = (row: Row): RowModel => ({
  number: row.number,
  cells: [],
  min: 0,
  max: 0,
  style: row.style,
  hidden: row.hidden,
  outlineLevel: row.outlineLevel,
  collapsed: row.collapsed,
});

/** The rows of a sheet without cells or height, which ExcelJS did not write. */
function unwrittenRows(worksheet: Worksheet, written: readonly RowModel[]): RowModel[] {
  const rows = (worksheet as unknown as WorksheetInternals)._rows.filter((row) => row !== undefined);
  if (rows.length === written.length) return [];
  const numbers = new Set(written.map((row) => row.number));
  return rows.filter((row) => !numbers.has(row.number)).map(emptyRow);
}

/**
 * Writes the rows without cells that the original lists, for what they say of themselves: hidden (an empty row hidden
 * between two units' projects, or one of no height), grouped (组合), formatted as a whole row (a fill or border
 * across it), or shown in a sheet whose rows are hidden unless listed (see sheet-format.ts). ExcelJS writes a row
 * only when it has cells or a height, so the copy showed and printed such a row again, ungrouped and unformatted.
 * Every row ExcelJS keeps without cells is the original's: a row the copy writes to gets a cell.
 */
export function keepEmptyRows(workbook: Workbook): void {
  hookPrepareModel<PreparedModel>(workbook, (model, prepare) => {
    for (const sheet of model.worksheets) {
      const worksheet = sheet && workbook.getWorksheet(sheet.id);
      if (sheet === undefined || worksheet === undefined) continue;
      const empty = unwrittenRows(worksheet, sheet.rows);
      if (empty.length === 0) continue;
      // One by one: spread into push's arguments, the empty rows of a long formatted sheet overflow the stack.
      for (const row of empty) sheet.rows.push(row);
      sheet.rows.sort((a, b) => a.number - b.number);
    }
    prepare();
  });
}
