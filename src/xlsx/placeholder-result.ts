import { serial } from './display-text';

/** Day 0 of the 1904 date system as a serial of the 1900 system, which is how ExcelJS's Dates read back. */
const DAY_ZERO_1904 = 1_462;

/**
 * Whether a formula's result is the 0 that XlsxWriter stores for every formula it writes without calculating it:
 * `<c r="E2"><f>IF(…)</f><v>0</v></c>`, with no `t` attribute (worksheet.py `_write_cell`, where `write_formula`'s
 * `value` defaults to 0). A value given in its place is written as what it is: a string with `t="str"`, a boolean
 * with `t="b"`. Under a date format ExcelJS makes day 0 of the workbook's date system of the 0.
 */
export function isPlaceholderResult(result: unknown, date1904: boolean): boolean {
  if (result === 0) return true;
  return result instanceof Date && serial(result) === (date1904 ? DAY_ZERO_1904 : 0);
}
