import { ValueType, type Workbook } from 'exceljs';
import { END_OF_DATES } from './display-text';
import { hookReconcile } from './step-hooks';

/** A cell of the model that ExcelJS loaded, before it makes cells of it. */
interface CellModel {
  type: ValueType;
  value?: unknown;
  result?: unknown;
  text?: unknown;
}
/** The parts of ExcelJS's loaded model that this module reaches into. */
interface LoadedModel {
  properties?: { date1904?: boolean };
  worksheets: { rows?: { cells?: CellModel[] }[] }[];
}
/** Days from the 1900 date system's day 0 to the 1904 system's. */
export const DAYS_1904 = 1_462;

/**
 * ExcelJS makes every number and formula result under a date format a Date, also those that are no date: a
 * formula's text, TRUE/FALSE or error result (an invalid Date, or 1899-12-31 for TRUE), and a number outside Excel's
 * dates (a phone typed into a date column, which Excel shows as ####). This puts such values back once ExcelJS has
 * reconciled the loaded model, so that their cells read as what they hold. Call before `workbook.xlsx.load`.
 */
export function keepUndatedValues(workbook: Workbook): void {
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    const end = END_OF_DATES - (model.properties?.date1904 ? DAYS_1904 : 0);
    const isDate = (value: unknown) => typeof value === 'number' && value >= 0 && value < end;
    const kept: [CellModel, unknown][] = [];
    for (const sheet of model.worksheets) {
      for (const row of sheet.rows ?? []) {
        for (const cell of row.cells ?? []) {
          if (cell.type === ValueType.Number && !isDate(cell.value)) kept.push([cell, cell.value]);
          else if (cell.type === ValueType.Formula && cell.result !== undefined && !isDate(cell.result))
            kept.push([cell, cell.result]);
        }
      }
    }
    reconcile();
    for (const [cell, value] of kept) {
      // A hyperlink's value or result is moved to its text.
      if (cell.type === ValueType.Hyperlink) cell.text = value;
      else if (cell.type === ValueType.Formula) cell.result = value;
      else if (cell.type === ValueType.Date) {
        cell.type = ValueType.Number;
        cell.value = value;
      }
    }
  });
}
