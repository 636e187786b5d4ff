import type { Workbook } from 'exceljs';
import { quotedSheet } from '../workbook/cell-address';
import { hookPrepareModel } from './step-hooks';

/** The parts of the model ExcelJS has prepared for writing that this module reaches into. */
interface PreparedModel {
  worksheets: ({ name: string } | undefined)[];
  definedNames?: { name: string; localSheetId?: number; ranges: string[] }[];
}

export const PRINT_AREA = '_xlnm.Print_Area';
export const PRINT_TITLES = '_xlnm.Print_Titles';

/** A cell address whose row is relative: `$A1`, as ExcelJS writes a print area's corners. */
const RELATIVE_ROW = /(\$[A-Z]{1,3})(\d+)/gu;

/**
 * Writes a sheet's print area and print titles (打印标题, the rows repeated on every page) as Excel does. ExcelJS
 * writes the sheet's name in quotes without doubling a quote in it, `'单位's 表'!$1:$1`, which is no formula: the
 * copy's names were broken, and the copy could not even be read again to clear its marks. And it writes a print
 * area's rows relative, `'推荐表'!$A1:$G20`: a program that reads the name from another cell than A1 takes it for
 * other rows. Here the sheet's name is written as a formula takes it, and a print area's rows absolute.
 */
export function writePrintNames(workbook: Workbook): void {
  hookPrepareModel<PreparedModel>(workbook, (model, prepare) => {
    prepare();
    const sheets = model.worksheets.filter((sheet) => sheet !== undefined);
    for (const name of model.definedNames ?? []) {
      if (name.name !== PRINT_AREA && name.name !== PRINT_TITLES) continue;
      const sheet = name.localSheetId === undefined ? undefined : sheets[name.localSheetId];
      name.ranges = name.ranges.map((range) => {
        const cells = range.lastIndexOf('!') + 1;
        const place = range.slice(cells);
        return (
          (sheet ? `${quotedSheet(sheet.name)}!` : range.slice(0, cells)) +
          (name.name === PRINT_AREA ? place.replace(RELATIVE_ROW, '$1$$$2') : place)
        );
      });
    }
  });
}
