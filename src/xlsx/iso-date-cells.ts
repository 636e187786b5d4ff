import { ValueType, type Workbook } from 'exceljs';
import { serial } from './display-text';
import { startTagChunks } from './start-tag-chunks';
import { hookReconcile, hookWorksheetXml } from './step-hooks';
import { DAYS_1904 } from './undated-values';

/** A cell's type in its start tag, when it is an ISO 8601 date (`t="d"`, ECMA-376 Part 1, 18.18.11). */
const DATE_TYPE = /(<c\s[^>]*?\st=)(["'])d\2/gu;

/**
 * The ISO 8601 forms a date cell holds (Part 1, 18.17.4): a date, a date and a time of day, a time of day alone,
 * each with an optional zone, which Excel leaves aside: `2021-06-30`, `2021-06-30T09:30:00Z`, `T09:30:00`.
 */
const ISO_DATE =
  /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/u;

/**
 * Whether some cell's start tag in the text may be a date's: nearly every sheet has text cells (`t="s"`), so only the
 * date type itself, found by a plain search, spares most sheets the expression's pass over all their cells.
 */
const mayHoldDates = (xml: string) => xml.includes('t="d"') || xml.includes("t='d'");

/** The serial number in the workbook's date system of an ISO 8601 date, as Excel reads it; undefined for no date. */
function isoSerial(iso: string, date1904: boolean): number | undefined {
  const parts = ISO_DATE.exec(iso);
  if (!parts || iso === '' || (parts[1] === undefined && parts[4] === undefined)) return undefined;
  const [, year, month, day, hours = '0', minutes = '0', seconds = '0'] = parts;
  const days =
    year === undefined ? 0 : serial(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
  const time = (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) / 86_400;
  return days + time - (date1904 && year !== undefined ? DAYS_1904 : 0);
}

/** A cell of the model that ExcelJS loaded, before it makes cells of it. */
interface CellModel {
  type: ValueType;
  value?: unknown;
  result?: unknown;
}
/** The parts of ExcelJS's loaded model that this module reaches into. */
interface LoadedModel {
  properties?: { date1904?: boolean };
  worksheets: { rows?: { cells?: CellModel[] }[] }[];
}

/** The ISO text that a date cell, parsed as an error cell, holds; an error code of Excel's own begins with `#`. */
function isoText(value: unknown): string | undefined {
  const error = (value as { error?: unknown } | undefined)?.error;
  return typeof error === 'string' && !error.startsWith('#') ? error : undefined;
}

/**
 * Reads date cells (`t="d"`, which some tools and newer Excel write) as Excel does: the date's serial number under
 * the cell's format. ExcelJS reads their ISO text as a number, `2021-06-30` as 2021, which then showed as 2021 or
 * 1905年7月13日 and was written so into the marked copy. Each such cell is parsed as an error cell, which keeps its
 * text, and made the serial number before ExcelJS builds the sheets; a text that is no date stays text. Call before
 * `workbook.xlsx.load`.
 */
export function readIsoDateCells(workbook: Workbook): void {
  hookWorksheetXml(
    workbook,
    startTagChunks((xml) => (mayHoldDates(xml) ? xml.replace(DATE_TYPE, '$1$2e$2') : xml)),
  );
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    const date1904 = model.properties?.date1904 ?? false;
    for (const sheet of model.worksheets) {
      for (const row of sheet.rows ?? []) {
        for (const cell of row.cells ?? []) {
          if (cell.type === ValueType.Formula) {
            const iso = isoText(cell.result);
            if (iso !== undefined) cell.result = isoSerial(iso, date1904) ?? iso;
          } else if (cell.type === ValueType.Error) {
            const iso = isoText(cell.value);
            if (iso === undefined) continue;
            const value = isoSerial(iso, date1904);
            cell.type = value === undefined ? ValueType.String : ValueType.Number;
            cell.value = value ?? iso;
          }
        }
      }
    }
    reconcile();
  });
}
