import type { WorkbookGrid } from '../core/grid';
import { originalLook } from './look-decisions';
import type { CellRef, LookChange, WorkbookPort } from './port';

/** The writes that take away marks of ours that no record covers, and their cells, to be named to the officer. */
export interface UnrecordedPlan {
  changes: LookChange[];
  cells: CellRef[];
}

const cellKey = ({ sheet, row, column }: CellRef) => `${sheet}\u0000${row}\u0000${column}`;

/**
 * Plans taking away the marks whose note block of ours is in the workbook but in no record of it (see
 * SheetGrid.ourNotes): a marked sheet copied into another workbook, a marked row pasted over another one. Our
 * block goes and the officer's words around it stay; a fill or font colour that is exactly a mark's goes too, as
 * our block says the mark is ours, though nothing says what the cell had before: these cells are returned, for the
 * officer to be told which to look at. `recorded` are the cells the record's marks were found at.
 */
export async function planUnrecorded(
  port: WorkbookPort,
  grid: WorkbookGrid,
  recorded: readonly CellRef[],
): Promise<UnrecordedPlan> {
  const covered = new Set(recorded.map(cellKey));
  const cells = grid.sheets
    .flatMap((sheet) =>
      [...(sheet.ourNotes ?? [])]
        .sort((a, b) => a.row - b.row || a.column - b.column)
        .map(({ row, column }) => ({ sheet: sheet.name, row, column })),
    )
    .filter((cell) => !covered.has(cellKey(cell)));
  if (cells.length === 0) return { changes: [], cells };
  const looks = await port.readLooks(cells);
  return { changes: cells.map((cell, i) => ({ cell, look: originalLook(looks[i]!) })), cells };
}
