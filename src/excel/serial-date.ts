import { dateFromSerial, isDateFormat, isValidFormat } from 'numfmt';

const dateFormats = new Map<string, boolean>();

/** True for a number format that shows a number as a date or time (`yyyy-mm-dd`, `yyyy"年"m"月"d"日"`, …). */
export function isDateNumberFormat(format: string): boolean {
  let isDate = dateFormats.get(format);
  if (isDate === undefined) {
    isDate = isValidFormat(format) && isDateFormat(format);
    dateFormats.set(format, isDate);
  }
  return isDate;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * The ISO 8601 form of an Excel date serial in the 1900 date system, as the .xlsx reader gives a date:
 * `YYYY-MM-DD`, with `THH:MM:SS` when there is a time of day. Office.js hands dates over as these serials.
 */
export function isoDateOfSerial(serial: number): string {
  const [year, month, day, hours, minutes, seconds] = dateFromSerial(serial) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return hours === 0 && minutes === 0 && seconds === 0
    ? date
    : `${date}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
}
