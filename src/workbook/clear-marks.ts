import { isOurSheet, RECORD_SHEET } from '../core/our-sheets';
import type { Profile } from '../core/profile';
import { readRecord } from './mark-record';
import { isReportSheet } from './our-sheet-names';
import type { CellRef, WorkbookPort } from './port';
import { planUndo, type UndoneMarks, type UndoPlan } from './undo-marks';
import { planUnrecorded } from './unrecorded-marks';

/** The outcome of clearing: what was restored and removed, or why nothing could be done. */
export type ClearOutcome =
  | { ok: false; reason: 'not-marked' | 'record-damaged' }
  /**
   * `removedSheets`: the sheets removed that the officer could see, not the very hidden record. `unrecorded`: cells
   * whose mark no record covered (see planUnrecorded), to be named to the officer.
   */
  | ({ ok: true; removedSheets: string[]; unrecorded: CellRef[] } & UndoneMarks);

/**
 * Clears our marks (清除标记): replays the record, takes away the marks no record covers, then removes the report
 * sheet and the record sheet; with `all`, our summary tabs and any sheet of ours the officer renamed too. A workbook
 * that carries nothing of ours is left alone, and so is one whose protection would refuse a part of this.
 */
export async function clearMarks(port: WorkbookPort, profile: Profile, all: boolean): Promise<ClearOutcome> {
  const grid = await port.read();
  const ours = grid.sheets.filter(isOurSheet).map((sheet) => sheet.name);
  const read = readRecord(grid);
  if (read.kind === 'damaged') return { ok: false, reason: 'record-damaged' };

  const { changes, ...undone }: UndoPlan =
    read.kind === 'found'
      ? await planUndo(port, grid, read.record, profile)
      : { changes: [], restored: 0, keptChanges: 0, lost: [] };
  const unrecorded = await planUnrecorded(
    port,
    grid,
    changes.map(({ cell }) => cell),
  );
  if (read.kind === 'none' && unrecorded.cells.length === 0 && !(all && ours.length > 0))
    return { ok: false, reason: 'not-marked' };

  const removed = all ? ours : ours.filter((name) => name === RECORD_SHEET || isReportSheet(name));
  const writes = [...changes, ...unrecorded.changes];
  await port.ensureWritable({
    sheets: writes.map(({ cell }) => cell.sheet),
    structure: removed.length > 0,
  });
  await port.writeLooks(writes);
  await port.replaceSheets(removed, []);
  return {
    ok: true,
    removedSheets: removed.filter((name) => name !== RECORD_SHEET),
    unrecorded: unrecorded.cells,
    ...undone,
  };
}
