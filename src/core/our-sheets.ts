import { cellAt, type SheetGrid, type WorkbookGrid } from './grid';

/** The very hidden sheet that records what each marked cell looked like before (DESIGN.md, the marks layer). */
export const RECORD_SHEET = 'quota-check-marks';

/** The sheets we write beside the officer's, by kind. Their names are fixed, so that checking again finds them. */
export const OUR_SHEET_NAMES = {
  report: '校验报告',
  units: '汇总-按单位',
  directions: '汇总-按方向',
  recommenders: '汇总-按推荐单位',
} as const;

export type OurSheetKind = keyof typeof OUR_SHEET_NAMES;

/** The summary tabs: officers often submit them, so clearing marks keeps them unless asked to remove them too. */
export const SUMMARY_KINDS: readonly OurSheetKind[] = ['units', 'directions', 'recommenders'];

/** Every sheet we write starts with this in A1, so it is never read as data even when renamed with a suffix. */
export const OUR_SIGNATURE = '【推荐表校验助手生成】';

/** True for a sheet that we wrote: the record sheet, or a sheet whose A1 carries our signature. */
export function isOurSheet(sheet: SheetGrid): boolean {
  return isOurSheetAt(sheet.name, cellAt(sheet, 1, 1)?.text ?? '');
}

/** The names of the sheets that hold the officer's data: those neither very hidden nor ours (DESIGN.md). */
export function dataSheetNames(grid: WorkbookGrid): string[] {
  return grid.sheets
    .filter((sheet) => sheet.visibility !== 'veryHidden' && !isOurSheet(sheet))
    .map((s) => s.name);
}

/** The same, from the sheet's name and the text of its A1 alone, for a host that has not read the whole sheet. */
export function isOurSheetAt(name: string, a1Text: string): boolean {
  return name === RECORD_SHEET || a1Text.startsWith(OUR_SIGNATURE);
}

/**
 * True while the workbook still carries our marks: the record sheet exists and records at least one cell, or a
 * cell's note carries our block, as on a marked sheet copied without the record.
 */
export function hasMarks(grid: WorkbookGrid): boolean {
  const record = grid.sheets.find((sheet) => sheet.name === RECORD_SHEET);
  return (
    (record !== undefined &&
      record.rows.some((row) => row.some((cell) => cell !== undefined && cell.text !== ''))) ||
    grid.sheets.some((sheet) => (sheet.ourNotes?.length ?? 0) > 0)
  );
}
