import { linkFormula } from '../workbook/cell-address';
import type { OurCellValue } from '../workbook/port';

/** A value as Office.js writes it, with the number format that keeps it what it is. */
export interface CellInput {
  value: string | number;
  numberFormat: string;
}

/** The Text format: Excel stores what is written under it as it is, so `=SUM(A1)` or `+86…` stay text. */
const TEXT = '@';
const GENERAL = 'General';

/** Text is written under the Text format, never read as a formula; only our own links are formulas. */
export function cellInput(value: OurCellValue): CellInput {
  if (value === null) return { value: '', numberFormat: GENERAL };
  if (typeof value === 'number') return { value, numberFormat: GENERAL };
  if (typeof value === 'string') return { value, numberFormat: TEXT };
  return { value: `=${linkFormula(value.link, value.text)}`, numberFormat: GENERAL };
}

/**
 * Excel's column width in points for a width in characters: a character of the default font (Calibri or 等线, 11 pt)
 * is 7 pixels wide and Excel adds 5 pixels of padding; a pixel is 0.75 points at 96 dpi.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round(characters * 7 + 5) * 0.75;
}
