import type { CheckResult } from '../core/check';
import type { WorkbookGrid } from '../core/grid';
import type { OurSheetKind } from '../core/our-sheets';
import type { Profile } from '../core/profile';
import { originalLook } from './look-decisions';
import { MARK_LOOKS } from './mark-look';
import { planMarks } from './mark-plan';
import { readRecord, recordSheet, type MarkRecord, type RecordedMark } from './mark-record';
import { withOurBlock } from './note-block';
import { nameOurSheets, type RenamedSheet } from './our-sheet-names';
import type { CellLook, LookChange, OurSheet, WorkbookPort } from './port';
import { rowKeys } from './row-keys';
import { directionsSheet } from './sheets/directions-sheet';
import { recommendersSheet } from './sheets/recommenders-sheet';
import { reportSheet } from './sheets/report-sheet';
import { unitsSheet } from './sheets/units-sheet';
import { undoMarks } from './undo-marks';
import type { LostPart, WriteTexts } from '../core/write-texts';

/** What marking needs besides the check's result. */
export interface MarkOptions {
  profile: Profile;
  texts: WriteTexts;
  /** The time of the check, as the officer's clock shows it (`2026-11-25 15:30`). */
  checkedAt: string;
  /** Parts of the package that the copy will lack (an .xlsx host's concern; empty elsewhere). */
  lostParts?: readonly LostPart[];
}

/** What marking did. */
export interface MarkOutcome {
  marked: number;
  renamed: RenamedSheet[];
  /** Marks of an earlier check whose rows could not be found again, so they could not be undone. */
  lostEarlier: RecordedMark[];
  sheets: Record<OurSheetKind, string>;
}

/**
 * Marks a checked workbook and writes our sheets: undoes the marks of an earlier check first, so that no mark of
 * ours is ever recorded as an original; records each marked cell's look with its row's key; marks every cell with a
 * finding and the 序号 cell of its row; and regenerates the report, the summary tabs and the record in place.
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
  const lostEarlier =
    earlier.kind === 'found' ? (await undoMarks(port, grid, earlier.record, profile)).lost : [];

  const plan = planMarks(result, grid, texts);
  const currents = await port.readLooks(plan.map((mark) => mark.cell));
  const keys = rowKeys(grid, profile, new Set(plan.map((mark) => mark.cell.sheet)));
  const marks: RecordedMark[] = [];
  const changes: LookChange[] = plan.map(({ cell, severity, lines }, i) => {
    const original = originalLook(currents[i]!);
    const look: CellLook = { ...MARK_LOOKS[severity], note: withOurBlock(original.note, lines) };
    marks.push({ ...cell, key: keys.get(cell.sheet)?.keyAt.get(cell.row) ?? '', original, mark: look });
    return { cell, look };
  });

  const naming = nameOurSheets(grid);
  const { names } = naming;
  const record: MarkRecord = {
    version: 1,
    markedAt: options.checkedAt,
    sheets: (Object.keys(names) as OurSheetKind[]).map((kind) => ({ kind, name: names[kind] })),
    marks,
  };
  const sheets: OurSheet[] = [
    reportSheet(result, grid, texts, {
      name: names.report,
      checkedAt: options.checkedAt,
      renamed: naming.renamed,
      lostParts: options.lostParts ?? [],
    }),
    unitsSheet(result.summary, texts, names.units),
    directionsSheet(result.summary, texts, names.directions),
    recommendersSheet(result.summary, texts, names.recommenders),
    recordSheet(record),
  ];
  await port.writeLooks(changes);
  await port.replaceSheets(naming.existing, sheets);
  return { marked: changes.length, renamed: naming.renamed, lostEarlier, sheets: names };
}
