import type { Workbook } from 'exceljs';
import { columnLetter, columnNumber } from '../core/column-letter';
import { hookReconcile } from './step-hooks';

/** The parts of ExcelJS's loaded model that this module reaches into. */
interface LoadedModel {
  worksheets: { rows?: { number: number; cells?: { address?: string }[] }[] }[];
}
/** The column number of a cell's address, or 0 for no cell. */
const columnOf = (address: string | undefined) =>
  address === undefined ? 0 : columnNumber(/^[A-Z]+/iu.exec(address)?.[0] ?? '');

/**
 * A row or cell may leave out its `r` attribute (ECMA-376 Part 1, 18.3.1.73 and 18.3.1.4); it is then the one after
 * the row or cell before it, as Excel reads it. ExcelJS fails on such a file, so this numbers them before ExcelJS
 * reconciles the loaded model. Call before `workbook.xlsx.load`.
 */
export function numberImplicitAddresses(workbook: Workbook): void {
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    for (const sheet of model.worksheets) {
      let previousRow = 0;
      for (const row of sheet.rows ?? []) {
        if (Number.isNaN(row.number)) row.number = previousRow + 1;
        previousRow = row.number;
        // The cell before is read only for a cell without an address: most files give every cell one.
        let previous: string | undefined;
        for (const cell of row.cells ?? []) {
          if (cell.address === undefined)
            cell.address = `${columnLetter(columnOf(previous) + 1)}${row.number}`;
          previous = cell.address;
        }
      }
    }
    reconcile();
  });
}
