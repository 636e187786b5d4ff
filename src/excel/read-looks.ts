/// <reference types="office-js" />
import { sheetAddress } from '../workbook/cell-address';
import type { CellLook, CellRef } from '../workbook/port';
import { inBatches } from './batches';
import { cellKey, columnRuns, runAddress, type CellRun } from './cell-runs';
import { LOOK_PROPERTIES, lookOf } from './office-look';

/**
 * Cells whose looks are read per sync. Looking up a cell's note takes some 450 bytes of request and its properties
 * come back in some 200, so a batch asks in about 2.3 MB (measured on the fake) and stays under Excel's 5 MB.
 */
const CELLS_PER_BATCH = 5_000;

/**
 * The look of each cell, in order: fill and font colour through `getCellProperties` on runs of consecutive cells
 * down a column, and the legacy note through `workbook.notes` where ExcelApi 1.18 exists (null elsewhere).
 */
export async function readLooks(
  context: Excel.RequestContext,
  cells: readonly CellRef[],
  withNotes: boolean,
): Promise<CellLook[]> {
  const steps = columnRuns(cells, CELLS_PER_BATCH).map((run) => ({
    cost: run.rowCount,
    queue: () => queueRunLooks(context, run, withNotes),
  }));
  const looks = new Map((await inBatches(context, steps, CELLS_PER_BATCH)).flat());
  return cells.map((cell) => looks.get(cellKey(cell))!);
}

function queueRunLooks(
  context: Excel.RequestContext,
  run: CellRun,
  withNotes: boolean,
): () => [string, CellLook][] {
  const properties = context.workbook.worksheets
    .getItem(run.sheet)
    .getRange(runAddress(run))
    .getCellProperties(LOOK_PROPERTIES);
  const cells = Array.from({ length: run.rowCount }, (_, i) => ({
    sheet: run.sheet,
    row: run.firstRow + i,
    column: run.column,
  }));
  const notes = cells.map((cell) => {
    if (!withNotes) return undefined;
    const note = context.workbook.notes.getItemOrNullObject(sheetAddress(cell));
    note.load('content');
    return note;
  });
  return () =>
    cells.map((cell, i) => {
      const note = notes[i];
      return [
        cellKey(cell),
        lookOf(properties.value[i]![0]!, note === undefined || note.isNullObject ? null : note.content),
      ];
    });
}
