import type { WorkbookGrid } from '../core/grid';
import type { Profile } from '../core/profile';
import { locateMarks } from './locate-marks';
import { clearedLook } from './look-decisions';
import { stillOurs } from './mark-seen';
import type { MarkRecord, RecordedMark } from './mark-record';
import type { CellLook, LookChange, WorkbookPort } from './port';

/** What undoing the record's marks does. */
export interface UndoneMarks {
  restored: number;
  /** Cells where the officer changed the fill, font colour or note after the check; the change was kept. */
  keptChanges: number;
  /** Marks whose row could not be found again: reported, never guessed. */
  lost: RecordedMark[];
}

/** The writes that undo the record's marks, with what they do: found before anything is written. */
export interface UndoPlan extends UndoneMarks {
  changes: LookChange[];
}

const samePlainLook = (a: CellLook, b: CellLook) =>
  a.fill === b.fill && a.fontColor === b.fontColor && a.note === b.note;

/**
 * Plans putting back what each recorded mark replaced, keeping any change the officer made by hand since. The
 * caller writes the changes once it knows their sheets can take them (see WorkbookPort.ensureWritable): a sheet
 * the officer renamed is only known here.
 */
export async function planUndo(
  port: WorkbookPort,
  grid: WorkbookGrid,
  record: MarkRecord,
  profile: Profile,
): Promise<UndoPlan> {
  const { located, lost } = await locateMarks(port, grid, record.marks, profile);
  let keptChanges = 0;
  const changes = located.map(({ mark, cell, current }) => {
    const look = clearedLook(current, mark.original, mark.mark);
    // A cell that shows neither our mark nor its original look was changed by hand (one that still shows its
    // original was never marked: a failure stopped marking half-way).
    if (
      Object.values(stillOurs(current, mark.mark)).includes(false) &&
      !samePlainLook(current, mark.original)
    )
      keptChanges++;
    return { cell, look };
  });
  return { changes, restored: changes.length, keptChanges, lost };
}
