import { ValueType, type Workbook } from 'exceljs';
import { hookReconcile } from './reconcile-hook';

/** A cell of the model that ExcelJS loaded, before it makes cells of it. */
interface CellModel {
  type: ValueType;
  value?: unknown;
  result?: unknown;
}
/** The parts of ExcelJS's loaded model that this module reaches into. */
interface LoadedModel {
  worksheets: { rows?: { cells?: CellModel[] }[] }[];
}

/** `_x000D_` → a carriage return; `_x005F_x000D_` → the characters `_x000D_` (the regex goes on after `_x005F_`). */
const ESCAPE = /_x([0-9A-F]{4})_/gu;
const unescape = (text: string) =>
  text.replace(ESCAPE, (_, code: string) => String.fromCharCode(parseInt(code, 16)));

/**
 * Decodes the `_xHHHH_` escapes (ECMA-376 Part 1, 22.9.2.19) in a cell's own string and a formula's text result, as
 * ExcelJS decodes them, with the same pattern, in shared strings and rich text only. Before reconciling, a string
 * value is the cell's own: a shared string's is still its index. Call before `workbook.xlsx.load`.
 */
export function decodeEscapedText(workbook: Workbook): void {
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    for (const sheet of model.worksheets) {
      for (const row of sheet.rows ?? []) {
        for (const cell of row.cells ?? []) {
          if (cell.type === ValueType.String && typeof cell.value === 'string')
            cell.value = unescape(cell.value);
          else if (cell.type === ValueType.Formula && typeof cell.result === 'string')
            cell.result = unescape(cell.result);
        }
      }
    }
    reconcile();
  });
}
