import type { Workbook } from 'exceljs';
import { PRINT_TITLES } from './print-areas';
import { hookReconcile } from './step-hooks';

/** The parts of ExcelJS's loaded model that this module reaches into. */
interface LoadedModel {
  definedNames?: { name: string; ranges: string[] }[];
}

/** A range of cells from one corner to the other, `$A$1:$XFD$2`, after its sheet's name. */
const CORNERS = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/u;
/** The last column of a sheet, in .xlsx and in the .xls a workbook was converted from. */
const LAST_COLUMNS: readonly string[] = ['XFD', 'IV'];
/** The last row of a sheet, in .xlsx and in .xls. */
const LAST_ROWS: readonly string[] = ['1048576', '65536'];

/** A range of whole rows or columns written from corner to corner, as ExcelJS reads it: `$1:$2`, `$A:$B`. */
function wholeRowsOrColumns(range: string): string {
  const cells = range.lastIndexOf('!') + 1;
  const corners = CORNERS.exec(range.slice(cells));
  if (corners === null) return range;
  const [, left = '', top = '', right = '', bottom = ''] = corners;
  const sheet = range.slice(0, cells);
  if (left === 'A' && LAST_COLUMNS.includes(right)) return `${sheet}$${top}:$${bottom}`;
  if (top === '1' && LAST_ROWS.includes(bottom)) return `${sheet}$${left}:$${right}`;
  return range;
}

/**
 * Reads print titles (打印标题, the rows or columns repeated on every page) that a workbook writes as the cells they
 * span, `推荐表!$A$1:$IV$1` or `推荐表!$A$1:$B$1048576`, as many templates converted from .xls do. ExcelJS reads only
 * `$1:$1` and `$A:$B`, and dropped the others: the copy printed its header on the first page alone. Call before
 * `workbook.xlsx.load`.
 */
export function readFullWidthPrintTitles(workbook: Workbook): void {
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    for (const name of model.definedNames ?? []) {
      if (name.name === PRINT_TITLES) name.ranges = name.ranges.map(wholeRowsOrColumns);
    }
    reconcile();
  });
}
