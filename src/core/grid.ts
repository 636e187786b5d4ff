/**
 * The host-neutral picture of a workbook that every host hands to the core: per sheet, a grid of cells with the
 * raw value and the text as Excel displays it. The core never sees ExcelJS or Office.js objects.
 */

/** An Excel error value such as `#N/A` or `#REF!`. */
export interface CellError {
  error: string;
}

/** A date cell, kept as an ISO 8601 date (time dropped when it is midnight). */
export interface CellDate {
  date: string;
}

/** The raw value of a cell; formulas are represented by their cached result. */
export type CellValue = string | number | boolean | null | CellError | CellDate;

/** One cell: its raw value and the text Excel shows for it (number format applied, rich text flattened). */
export interface GridCell {
  value: CellValue;
  text: string;
}

/** A merged area, 1-based and inclusive, in Excel's row and column numbers. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet as a plain grid. `rows[r - 1][c - 1]` is the cell at Excel row r, column c. */
export interface SheetGrid {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  rows: (GridCell | undefined)[][];
  merges: MergeRange[];
  /** Excel row numbers of hidden rows. */
  hiddenRows: number[];
  /** Excel column numbers of hidden columns. */
  hiddenColumns: number[];
  /**
   * The first formula of a sheet whose formulas the file holds no results of: a program that writes formulas without
   * calculating them made the file, and what Excel would show there is unknown. Excel itself always calculates.
   */
  uncalculated?: { row: number; column: number };
  /**
   * The cells whose legacy note (批注) carries a block of our marks, where the host reads notes and there is one:
   * marks that print whether or not our record of them is still in the workbook (a sheet copied from a marked
   * workbook, a marked row pasted). The host knows the block by its header (src/workbook/note-block.ts).
   */
  ourNotes?: { row: number; column: number }[];
}

/** A whole workbook as the host read it, in sheet order. */
export interface WorkbookGrid {
  sheets: SheetGrid[];
}

/** True when the value is an Excel error value. */
export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** The cell at an Excel row and column, if any. */
export function cellAt(sheet: SheetGrid, row: number, column: number): GridCell | undefined {
  return sheet.rows[row - 1]?.[column - 1];
}

/** The number of columns of the widest row. */
export function columnCount(sheet: SheetGrid): number {
  let width = 0;
  for (const row of sheet.rows) if (row.length > width) width = row.length;
  return width;
}
