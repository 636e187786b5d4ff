import { format, isDateFormat, isValidFormat } from 'numfmt';
import type { CellError } from '../core/grid';
import { chineseNumeralsOf, inChineseNumerals } from './chinese-numerals';

/** A cell's value as ExcelJS holds it, once formulas, rich text and hyperlinks are unwrapped. Dates are JS Dates. */
export type DisplayValue = string | number | boolean | Date | CellError | null;

/**
 * The text Excel shows for a value under a number format (`General` when the cell has none), as zh-CN Excel shows
 * it: a credit code typed as a number reads `9.11201E+17`, `000000` pads with zeros, a date reads `2021年1月1日`
 * under `yyyy"年"m"月"d"日"`. Strings show as themselves unless the format has a text section (`@`), booleans as
 * TRUE/FALSE, errors as their code.
 */
export function displayText(value: DisplayValue, numFmt: string | undefined): string {
  if (typeof value === 'string') return numFmt === undefined ? value : formatterFor(numFmt).text(value);
  if (typeof value === 'number') return (numFmt === undefined ? GENERAL : formatterFor(numFmt)).number(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value === null) return '';
  if (value instanceof Date)
    return (numFmt === undefined ? GENERAL : formatterFor(numFmt)).number(serial(value));
  return value.error;
}

interface Formatter {
  number(value: number): string;
  text(value: string): string;
}

const OPTIONS = { locale: 'zh-CN' } as const;

const unchanged = (text: string): string => text;

/**
 * General, with the commonest case done without numfmt: an integer of up to 11 digits shows all its digits (numfmt
 * agrees; from 12 digits on, General switches to scientific notation). This runs for nearly every numeric cell.
 */
const GENERAL: Formatter = {
  number: (value) =>
    Number.isInteger(value) && Math.abs(value) < 1e11 ? String(value) : format('General', value, OPTIONS),
  text: unchanged,
};

/**
 * ExcelJS reports built-in formats 14 and 22 by US patterns (22 even with a quoted "h"); zh-CN Excel shows those
 * built-ins as year/month/day.
 */
const BUILT_IN_PATTERNS: ReadonlyMap<string, string> = new Map([
  ['mm-dd-yy', 'yyyy/m/d'],
  ['m/d/yy "h":mm', 'yyyy/m/d h:mm'],
]);

// numfmt 3 caches parsed patterns itself; this cache saves the checks below and the closures, once per pattern.
const formatters = new Map<string, Formatter>();

function formatterFor(numFmt: string): Formatter {
  let formatter = formatters.get(numFmt);
  if (formatter === undefined) {
    formatter = makeFormatter(BUILT_IN_PATTERNS.get(numFmt) ?? numFmt);
    formatters.set(numFmt, formatter);
  }
  return formatter;
}

/**
 * True when a format shows a string as itself, as numfmt would, only faster: Text (`@` alone), the format of whole
 * code and phone columns, and one section without `@`. A string takes the fourth section, which may be empty (`;;;`
 * hides it) or have no `@`, so a format with sections goes to numfmt.
 */
const showsTextAsItself = (pattern: string): boolean =>
  pattern === '@' || (!pattern.includes('@') && !pattern.includes(';'));

/** The serial number after Excel's last date, 9999-12-31, in the 1900 date system. */
export const END_OF_DATES = 2_958_466;

/** What Excel shows for a number outside its dates under a date format: # across the cell, however wide it is. */
const NO_DATE = '########';

/** General after modifiers alone: `[DBNum1][$-804]General`. */
const MODIFIED_GENERAL = /^(?:\[[^\]]*\])+general$/iu;

/**
 * Whether a format in Chinese numerals shows a number with all its digits: General does for a whole number of up to
 * Excel's 15 digits, where General alone switches to scientific notation from 12 digits on (123456789012345 shows as
 * 一百二十三兆四千五百六十七亿八千九百○一万二千三百四十五 in mygreen/excel-cellformatter's cell_format_chinese.xlsx).
 */
const inFullDigits = (pattern: string, value: number): boolean =>
  MODIFIED_GENERAL.test(pattern) && Number.isInteger(value) && Math.abs(value) < 1e15;

function makeFormatter(pattern: string): Formatter {
  // A format that numfmt can't parse shows the value as General rather than an error string.
  if (pattern.toLowerCase() === 'general' || !isValidFormat(pattern)) return GENERAL;
  const date = isDateFormat(pattern);
  const numerals = chineseNumeralsOf(pattern);
  const shown = (value: number) => format(pattern, excelDigits(value), OPTIONS);
  return {
    number: (value) =>
      date && (value < 0 || value >= END_OF_DATES)
        ? NO_DATE
        : numerals
          ? inChineseNumerals(inFullDigits(pattern, value) ? String(value) : shown(value), numerals, date)
          : shown(value),
    text: showsTextAsItself(pattern) ? unchanged : (value) => format(pattern, value, OPTIONS),
  };
}

/**
 * The value with the 15 significant digits that Excel shows at most, under any format: a credit code typed as a
 * number shows as 911201163000123000 under `0`, never with the double's further digits (…123400).
 */
const excelDigits = (value: number): number => Number(value.toPrecision(15));

const MS_PER_DAY = 86_400_000;
/** The serial number of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * The serial number of a date from ExcelJS, which turns serials into Dates as if they were UTC (and already
 * corrects for the 1904 system), so this gives the serial back exactly, whatever the machine's time zone.
 */
export function serial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}
