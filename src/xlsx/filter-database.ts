import type { Workbook } from 'exceljs';
import { columnLetter } from '../core/column-letter';
import { quotedSheet } from '../workbook/cell-address';
import { rangeArea, type CellArea } from './cell-range';
import { hookPrepareModel, hookRenderedParts } from './step-hooks';

type Corner = string | { row: number; column: number };
/** A sheet's filter as ExcelJS keeps it: the range it read (`A1:C3`), or the corners it was given. */
type AutoFilter = string | { from: Corner; to: Corner };

interface DefinedName {
  name: string;
  localSheetId?: number;
  ranges: string[];
}
/** The parts of the model ExcelJS has prepared for writing that this module reaches into. */
interface PreparedModel {
  worksheets: ({ name: string; autoFilter?: AutoFilter | null } | undefined)[];
  definedNames?: DefinedName[];
}

export const FILTER_DATABASE = '_xlnm._FilterDatabase';
/** The start of the element ExcelJS writes for such a name, whose writer knows no `hidden`. */
const FILTER_DATABASE_TAG = /<definedName name="_xlnm\._FilterDatabase"/gu;

function cornerArea(corner: Corner): CellArea | undefined {
  if (typeof corner === 'string') return rangeArea(corner);
  const { row, column } = corner;
  return { top: row, left: column, bottom: row, right: column };
}

/** The area a sheet's filter covers; undefined for a filter written otherwise. */
function filterArea(filter: AutoFilter): CellArea | undefined {
  if (typeof filter === 'string') return rangeArea(filter);
  const from = cornerArea(filter.from);
  const to = cornerArea(filter.to);
  return from && to && { top: from.top, left: from.left, bottom: to.bottom, right: to.right };
}

/** `'推荐表'!$A$1:$C$3`, as Excel writes a filter's range in its name. */
function absoluteRange(sheet: string, { top, left, bottom, right }: CellArea): string {
  return `${quotedSheet(sheet)}!$${columnLetter(left)}$${top}:$${columnLetter(right)}$${bottom}`;
}

/**
 * Writes the name Excel gives each filtered sheet's filter (`_xlnm._FilterDatabase`) as the sheet's own, as Excel
 * does. ExcelJS reads those names as one name of the workbook, which it writes without its sheet: with two sheets
 * filtered, one name of both ranges. LibreOffice finds a sheet's filter by that name, so the copy's filters could go
 * astray there. This writes one name for each sheet that has a filter in the copy, and none for a sheet without,
 * each hidden as Excel hides it: ExcelJS writes no name hidden, so the copy's showed in 名称管理器 (Name Manager).
 */
export function writeFilterDatabaseNames(workbook: Workbook): void {
  hookPrepareModel<PreparedModel>(workbook, (model, prepare) => {
    prepare();
    const names = (model.definedNames ?? []).filter((name) => name.name !== FILTER_DATABASE);
    model.worksheets
      .filter((sheet) => sheet !== undefined)
      .forEach((sheet, localSheetId) => {
        const area = sheet.autoFilter ? filterArea(sheet.autoFilter) : undefined;
        if (area)
          names.push({ name: FILTER_DATABASE, localSheetId, ranges: [absoluteRange(sheet.name, area)] });
      });
    model.definedNames = names;
  });
  hookRenderedParts(workbook, 'addWorkbook', (_, xml) => xml.replace(FILTER_DATABASE_TAG, '$& hidden="1"'));
}
