import type { CheckResult } from '../core/check';
import type { WorkbookGrid } from '../core/grid';
import { isOurSheet } from '../core/our-sheets';
import type { WriteTexts } from '../core/write-texts';
import { isSummaryTab, nameOurSheets, type OurSheetNaming, type RenamedSheet } from './our-sheet-names';
import type { OurSheet, WorkbookPort } from './port';
import { directionsSheet } from './sheets/directions-sheet';
import { recommendersSheet } from './sheets/recommenders-sheet';
import { unitsSheet } from './sheets/units-sheet';

/** The three summary tabs of a check, under the names they take this time. */
export function summaryTabs(result: CheckResult, texts: WriteTexts, { names }: OurSheetNaming): OurSheet[] {
  return [
    unitsSheet(result.summary, texts, names.units),
    directionsSheet(result.summary, texts, names.directions),
    recommendersSheet(result.summary, texts, names.recommenders),
  ];
}

/**
 * Writes the summary tabs alone (the pane's 生成汇总表), replacing ours in place and leaving marks, the report and
 * the record as they are.
 */
export async function writeSummaries(
  port: WorkbookPort,
  grid: WorkbookGrid,
  result: CheckResult,
  texts: WriteTexts,
): Promise<RenamedSheet[]> {
  const naming = nameOurSheets(grid);
  const existing = grid.sheets
    .filter((sheet) => isOurSheet(sheet) && isSummaryTab(sheet.name))
    .map((sheet) => sheet.name);
  await port.replaceSheets(existing, summaryTabs(result, texts, naming));
  return naming.renamed.filter((renamed) => isSummaryTab(renamed.actual));
}
