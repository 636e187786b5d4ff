import { check } from '../../src/core/check';
import { defaultProfile } from '../../src/core/profile';
import { officeWorkbook } from '../../src/excel/office-workbook';
import { writeTexts } from '../../src/i18n/write-texts';
import { clearMarks, type ClearOutcome } from '../../src/workbook/clear-marks';
import { markWorkbook, type MarkOutcome } from '../../src/workbook/mark-workbook';
import type { WorkbookPort } from '../../src/workbook/port';
import { writeSummaries } from '../../src/workbook/write-summaries';
import type { FakeExcel } from './fake-excel';

/** Checks a fake Excel and marks it through the Office.js port (or one over it), as the pane's 开始校验 does. */
export async function markExcel(
  excel: FakeExcel,
  port: WorkbookPort = officeWorkbook(excel.host),
): Promise<MarkOutcome> {
  const grid = await port.read();
  const checked = check(grid, { profile: defaultProfile() });
  if (!checked.ok) throw new Error(`check failed: ${checked.failure}`);
  return markWorkbook(port, grid, checked.result, {
    profile: defaultProfile(),
    texts: writeTexts('zh-CN'),
    checkedAt: '2026-11-25 09:30',
    summaries: false,
  });
}

/** Clears a fake Excel's marks through the Office.js port, as the pane's 清除标记 does. */
export function clearExcel(excel: FakeExcel): Promise<ClearOutcome> {
  return clearMarks(officeWorkbook(excel.host), defaultProfile(), false);
}

/** Everything of a fake Excel that marking or clearing may change: its sheets, their cells, the notes. */
export function excelSnapshot(excel: FakeExcel): unknown {
  return JSON.parse(
    JSON.stringify({
      sheets: excel.state.sheets.map((sheet) => ({ name: sheet.name, cells: [...sheet.cells] })),
      notes: [...excel.state.notes],
    }),
  ) as unknown;
}

/** Writes the summary tabs of a fake Excel through the Office.js port, as the pane's 生成汇总表 does. */
export async function summariesExcel(excel: FakeExcel): Promise<void> {
  const port = officeWorkbook(excel.host);
  const grid = await port.read();
  const checked = check(grid, { profile: defaultProfile() });
  if (!checked.ok) throw new Error(`check failed: ${checked.failure}`);
  await writeSummaries(port, grid, checked.result, writeTexts('zh-CN'));
}

/** The names of a fake Excel's sheets, in tab order. */
export const sheetNames = (excel: FakeExcel): string[] => excel.state.sheets.map((sheet) => sheet.name);
