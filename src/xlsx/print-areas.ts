import type { Workbook } from 'exceljs';
import { hookPrepareModel } from './step-hooks';

/** The parts of the model ExcelJS has prepared for writing that this module reaches into. */
interface PreparedModel {
  definedNames?: { name: string; ranges: string[] }[];
}

/** A cell address whose row is relative: `$A1`, as ExcelJS writes a print area's corners. */
const RELATIVE_ROW = /(\$[A-Z]{1,3})(\d+)/gu;

/**
 * Writes a print area as Excel does, its rows absolute: `'推荐表'!$A$1:$G$20`. ExcelJS writes `'推荐表'!$A1:$G20`,
 * whose rows are relative: a program that reads the name from another cell than A1 takes it for other rows. Only
 * the part after the sheet's name is changed, so a sheet named like an address keeps its name.
 */
export function writeAbsolutePrintAreas(workbook: Workbook): void {
  hookPrepareModel<PreparedModel>(workbook, (model, prepare) => {
    prepare();
    for (const name of model.definedNames ?? []) {
      if (name.name !== '_xlnm.Print_Area') continue;
      name.ranges = name.ranges.map((range) => {
        const cells = range.lastIndexOf('!') + 1;
        return range.slice(0, cells) + range.slice(cells).replace(RELATIVE_ROW, '$1$$$2');
      });
    }
  });
}
