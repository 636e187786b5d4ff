import type { CheckResult } from '../core/check';
import type { WorkbookGrid } from '../core/grid';
import type { Profile } from '../core/profile';
import { checkedColumnField } from './column-fields';
import { markedLook, originalLook } from './look-decisions';
import { MARK_LOOKS } from './mark-look';
import { planMarks } from './mark-plan';
import { markSeen } from './mark-seen';
import { readRecord, recordSheet, type MarkRecord, type RecordedMark } from './mark-record';
import { withOurBlock } from './note-block';
import { isReportSheet, isSummaryTab, nameOurSheets, type RenamedSheet } from './our-sheet-names';
import type { CellRef, LookChange, WorkbookPort } from './port';
import { checkedRowKey } from './row-keys';
import { reportSheet } from './sheets/report-sheet';
import { planUndo } from './undo-marks';
import { planUnrecorded } from './unrecorded-marks';
import { summaryTabs } from './write-summaries';
import type { LostPart, WriteTexts } from '../core/write-texts';

/** What marking needs besides the check's result. */
export interface MarkOptions {
  profile: Profile;
  texts: WriteTexts;
  /** The time of the check, as the officer's clock shows it (`2026-11-25 15:30`). */
  checkedAt: string;
  /** Parts of the package that the copy will lack (an .xlsx host's concern; empty elsewhere). */
  lostParts?: readonly LostPart[];
  /** Write the summary tabs too (the CLI's copy); the pane writes them on their own, with 生成汇总表. */
  summaries: boolean;
}

/** What marking did. */
export interface MarkOutcome {
  marked: number;
  renamed: RenamedSheet[];
  /** Marks of an earlier check whose rows could not be found again, so they could not be undone. */
  lostEarlier: RecordedMark[];
  /** Cells whose marks no record covered, taken away before marking (see planUnrecorded), to be named. */
  unrecorded: CellRef[];
}

/**
 * Marks a checked workbook and writes our sheets: undoes the marks of an earlier check first, and takes away those
 * no record covers, so that no mark of ours is ever recorded as an original and none stays on a fixed cell; records
 * each marked cell's look with its row's key; marks every cell with a finding and the 序号 cell of its row; and
 * regenerates the report, the record and (when asked) the summary tabs in place; summary tabs not asked for, and
 * sheets of ours that the officer renamed, stay as they are. Nothing is changed where protection would refuse a
 * part, and the record is written before the marks, so that marks a failure stops half-way are in a record that
 * 清除标记 replays.
 * `grid` is the workbook as read for the check. Cell values are never touched.
 */
export async function markWorkbook(
  port: WorkbookPort,
  grid: WorkbookGrid,
  result: CheckResult,
  options: MarkOptions,
): Promise<MarkOutcome> {
  const { profile, texts } = options;
  const earlier = readRecord(grid);
  const plan = planMarks(result, grid, texts);
  const undo = earlier.kind === 'found' ? await planUndo(port, grid, earlier.record, profile) : undefined;
  const unrecorded = await planUnrecorded(
    port,
    grid,
    (undo?.changes ?? []).map(({ cell }) => cell),
  );
  const undoing = [...(undo?.changes ?? []), ...unrecorded.changes];
  await port.ensureWritable({
    sheets: [...undoing, ...plan].map(({ cell }) => cell.sheet),
    structure: true,
  });
  if (undoing.length > 0) await port.writeLooks(undoing);

  const currents = await port.readLooks(plan.map((mark) => mark.cell));
  const keyOf = checkedRowKey(grid, result);
  const fieldOf = checkedColumnField(result);
  const marks: RecordedMark[] = [];
  const changes: LookChange[] = plan.map(({ cell, severity, lines }, i) => {
    const original = originalLook(currents[i]!);
    // The record must picture the mark as the host will show it: a host without notes writes none.
    const note = port.keepsNotes() ? withOurBlock(original.note, lines) : original.note;
    const look = markedLook(original, MARK_LOOKS[severity], note);
    const field = fieldOf(cell.sheet, cell.column);
    marks.push({
      ...cell,
      key: keyOf(cell.sheet, cell.row),
      ...(field === undefined ? {} : { field }),
      original,
      mark: markSeen(look),
    });
    return { cell, look };
  });

  const naming = nameOurSheets(grid);
  const record: MarkRecord = { version: 1, markedAt: options.checkedAt, marks };
  const report = reportSheet(result, grid, texts, {
    name: naming.names.report,
    checkedAt: options.checkedAt,
    marked: plan.length > 0 || (undo?.lost.length ?? 0) > 0,
    renamed: naming.renamed,
    lostParts: options.lostParts ?? [],
  });
  const tabs = options.summaries ? summaryTabs(result, texts, naming) : [];
  const replaced = naming.existing.filter(
    (name) => isReportSheet(name) || (options.summaries && isSummaryTab(name)),
  );
  await port.replaceSheets(replaced, [report, ...tabs, recordSheet(record)]);
  await port.writeLooks(changes);
  return {
    marked: changes.length,
    renamed: naming.renamed,
    lostEarlier: undo?.lost ?? [],
    unrecorded: unrecorded.cells,
  };
}
