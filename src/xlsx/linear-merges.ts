import type { Workbook, Worksheet } from 'exceljs';
import { rangeArea, type CellArea } from './cell-range';
import { hookReconcile } from './step-hooks';

/** The parts of ExcelJS's loaded model that this module reaches into. */
interface LoadedModel {
  worksheets: { id: number; mergeCells?: string[] }[];
}

/** A cell's key in the set of merged cells: Excel has at most 16,384 columns. */
const cellKey = (row: number, column: number) => row * 16_384 + column;

/**
 * ExcelJS applies the merged areas of a loaded sheet one by one, checking each against every area before it: the
 * load time grows with the square of the areas, and on a long sheet with merged unit cells it is most of the load
 * (100,000 rows with 15,000 areas: 24 seconds, against 5 without it). This takes the areas out of the loaded model before ExcelJS builds the
 * sheets, then merges each with ExcelJS's own method against an empty list, so the cells end up exactly as ExcelJS
 * would leave them, and checks for overlaps with a set of the covered cells instead, in time linear in their number.
 * An area that overlaps one before it is left unmerged, where ExcelJS refuses the whole file.
 *
 * Call before `workbook.xlsx.load`; `applyMerges` after it.
 */
export function deferMerges(workbook: Workbook): Map<number, string[]> {
  const deferred = new Map<number, string[]>();
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    reconcile();
    for (const sheet of model.worksheets) {
      if (sheet.mergeCells && sheet.mergeCells.length > 0) deferred.set(sheet.id, sheet.mergeCells);
      sheet.mergeCells = [];
    }
  });
  return deferred;
}

/** Merges the deferred areas of every sheet. */
export function applyMerges(workbook: Workbook, deferred: Map<number, string[]>): void {
  for (const [id, ranges] of deferred) {
    const worksheet = workbook.getWorksheet(id);
    if (worksheet) mergeSheet(worksheet, ranges);
  }
}

/** Every cell of an area, as keys. */
function cellKeys({ top, left, bottom, right }: CellArea): number[] {
  const keys: number[] = [];
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) keys.push(cellKey(r, c));
  return keys;
}

/**
 * Merges a sheet's areas in the file's order. One that shares a cell with an area before it is left unmerged, as
 * Excel's repair of such a file leaves it: the first area listed is kept, even where a later one is larger
 * (XlsxWriter issue 805: B2:D2, then B2:F2, opens after a repair with B2:D2 merged).
 */
function mergeSheet(worksheet: Worksheet, ranges: readonly string[]): void {
  const list = worksheet as unknown as { _merges: Record<string, CellArea> };
  const covered = new Set<number>();
  const merges: Record<string, CellArea> = {};
  for (const range of ranges) {
    const area = rangeArea(range);
    if (area && cellKeys(area).some((key) => covered.has(key))) continue;
    list._merges = {};
    worksheet.mergeCellsWithoutStyle(range);
    for (const merged of Object.values(list._merges)) for (const key of cellKeys(merged)) covered.add(key);
    Object.assign(merges, list._merges);
  }
  list._merges = merges;
}
