import { ValueType, type Workbook } from 'exceljs';
import { rangeArea } from './cell-range';
import { hookReconcile } from './step-hooks';

interface CellModel {
  address?: string;
  type: ValueType;
}
interface RowModel {
  number: number;
  cells: CellModel[];
}
/** The parts of ExcelJS's loaded model that this module reaches into, before it reconciles them. */
interface LoadedModel {
  worksheets: { sheetNo: number; rows?: (RowModel | undefined)[] }[];
  worksheetRels: Record<number, { Type: string; Target: string }[] | undefined>;
  comments: Record<string, { comments?: { ref?: string }[] } | undefined>;
}

const COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';

/** The cells of a sheet's notes, by address, as its comments part lists them. */
function noteAddresses(model: LoadedModel, sheetNo: number): string[] {
  const rels = model.worksheetRels[sheetNo] ?? [];
  return rels
    .filter((rel) => rel.Type === COMMENTS)
    .flatMap((rel) => model.comments[rel.Target]?.comments ?? [])
    .flatMap((comment) => (comment.ref === undefined ? [] : [comment.ref]));
}

/**
 * Gives a note on a cell that the sheet does not list (an empty cell without a format: Excel writes no `<c>` for it)
 * an empty cell to hang on. ExcelJS attaches notes to the cells it read, so such a note was dropped from the copy:
 * the officer's note on an empty 备注 cell was gone. Call before `workbook.xlsx.load`.
 */
export function keepNotesOfEmptyCells(workbook: Workbook): void {
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    for (const sheet of model.worksheets) {
      const rows = (sheet.rows ??= []);
      const byNumber = new Map(rows.flatMap((row) => (row ? [[row.number, row] as const] : [])));
      for (const address of noteAddresses(model, sheet.sheetNo)) {
        const area = rangeArea(address);
        if (area === undefined) continue;
        let row = byNumber.get(area.top);
        if (row === undefined) {
          row = { number: area.top, cells: [] };
          rows.push(row);
          byNumber.set(row.number, row);
        }
        if (!row.cells.some((cell) => cell.address === address))
          row.cells.push({ address, type: ValueType.Null });
      }
    }
    reconcile();
  });
}
