import type { Workbook } from 'exceljs';
import { hookReconcile } from './step-hooks';

/** The parts of ExcelJS's loaded model that this module reaches into. */
interface LoadedModel {
  worksheets: { rows?: { height?: number; hidden?: boolean }[] }[];
}

/**
 * A row of no height (`ht="0"`, as some programs hide rows) is as invisible as a hidden row, and as submitted.
 * ExcelJS forgets a height of 0, so the row read as shown and a copy written back showed it again; this makes such
 * rows hidden. Call before `workbook.xlsx.load`.
 */
export function hideZeroHeightRows(workbook: Workbook): void {
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    for (const sheet of model.worksheets)
      for (const row of sheet.rows ?? []) if (row.height === 0) row.hidden = true;
    reconcile();
  });
}
