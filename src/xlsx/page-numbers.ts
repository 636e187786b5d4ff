import type { Workbook } from 'exceljs';
import { hookReconcile } from './step-hooks';

/** The parts of ExcelJS's loaded model that this module reaches into. */
interface LoadedModel {
  worksheets: { pageSetup?: { firstPageNumber?: number; useFirstPageNumber?: boolean } }[];
}

/**
 * Keeps a sheet's printed pages numbered as the original numbers them. Excel numbers them on from the sheet before
 * (打印整个工作簿) unless the sheet asks to start at its first page number (`useFirstPageNumber`). ExcelJS reads a
 * missing first page number as 1 and writes any first page number as one to start at, so every sheet of the copy
 * started at page 1, and one whose number 3 Excel did not use started at page 3. This forgets a number the sheet
 * does not use. Call before `workbook.xlsx.load`.
 */
export function keepPageNumbering(workbook: Workbook): void {
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    for (const { pageSetup } of model.worksheets)
      if (pageSetup && !pageSetup.useFirstPageNumber) delete pageSetup.firstPageNumber;
    reconcile();
  });
}
