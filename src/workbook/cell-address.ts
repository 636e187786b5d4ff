import { columnLetter } from '../core/column-letter';
import type { CellRef } from './port';

/** A sheet name as a formula or a hyperlink writes it: always quoted, with its quotes doubled. */
export function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/gu, "''")}'`;
}

/** `'南山区'!B7`: a cell's address with its sheet, as Excel's hyperlinks and formulas take it. */
export function sheetAddress(cell: CellRef): string {
  return `${quotedSheet(cell.sheet)}!${columnLetter(cell.column)}${cell.row}`;
}

/**
 * A HYPERLINK formula that jumps to a cell of this workbook and shows `text`. Excel, WPS and ExcelJS all keep it,
 * where an in-document hyperlink part is written differently by each. Quotes in the text are doubled.
 */
export function linkFormula(cell: CellRef, text: string): string {
  const quote = (s: string) => `"${s.replace(/"/gu, '""')}"`;
  return `HYPERLINK(${quote('#' + sheetAddress(cell))},${quote(text)})`;
}
