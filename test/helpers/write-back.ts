import { check, type CheckOptions, type CheckResult } from '../../src/core/check';
import { defaultProfile } from '../../src/core/profile';
import { writeTexts } from '../../src/i18n/write-texts';
import { clearMarks, type ClearOutcome } from '../../src/workbook/clear-marks';
import { markWorkbook, type MarkOutcome } from '../../src/workbook/mark-workbook';
import { writeSummaries } from '../../src/workbook/write-summaries';
import { loadWorkbook, workbookGrid } from '../../src/xlsx/read-workbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';

/** The time written into reports by these tests. */
export const CHECKED_AT = '2026-11-25 09:30';

/**
 * Checks .xlsx bytes and writes the marked copy, as `quota-check FILE --out COPY` does, in process. On the way it
 * asserts that a load for reading only (`quota-check FILE` without --out) reads the same grid as the load for the
 * copy: every workbook a copy test builds to exercise a hook also shows that the hooks left out change no cell.
 */
export async function markBytes(
  bytes: Uint8Array,
  options: Partial<CheckOptions> = {},
  summaries = true,
): Promise<{ bytes: Uint8Array; result: CheckResult; outcome: MarkOutcome }> {
  const profile = options.profile ?? defaultProfile();
  const workbook = await loadWorkbook(bytes);
  const grid = workbookGrid(workbook);
  expect(workbookGrid(await loadWorkbook(bytes, undefined, 'read'))).toEqual(grid);
  const checked = check(grid, { ...options, profile });
  if (!checked.ok) throw new Error(`check failed: ${checked.failure}`);
  const port = new XlsxWorkbook(workbook);
  const outcome = await markWorkbook(port, grid, checked.result, {
    profile,
    texts: writeTexts('zh-CN'),
    checkedAt: CHECKED_AT,
    summaries,
  });
  return { bytes: await port.save(), result: checked.result, outcome };
}

/** Clears marked .xlsx bytes, as `quota-check FILE --clear [--all] --out COPY` does, in process. */
export async function clearBytes(
  bytes: Uint8Array,
  all = false,
): Promise<{ bytes: Uint8Array; outcome: ClearOutcome }> {
  const port = new XlsxWorkbook(await loadWorkbook(bytes));
  const outcome = await clearMarks(port, defaultProfile(), all);
  return { bytes: await port.save(), outcome };
}

/**
 * What `read` finds in a workbook, in its marked copy and in that copy cleared again, for a test that the copies keep
 * something of the original. The marked copy must have marked something, or it proves nothing.
 */
export async function readThroughCopies<T>(
  bytes: Uint8Array,
  read: (bytes: Uint8Array) => Promise<T>,
): Promise<T[]> {
  const { bytes: marked, outcome } = await markBytes(bytes);
  if (outcome.marked === 0) throw new Error('the marked copy marks nothing');
  return [await read(bytes), await read(marked), await read((await clearBytes(marked)).bytes)];
}

/** Checks .xlsx bytes and writes the summary tabs alone, as the pane's 生成汇总表 does, in process. */
export async function summariesBytes(bytes: Uint8Array): Promise<Uint8Array> {
  const profile = defaultProfile();
  const workbook = await loadWorkbook(bytes);
  const grid = workbookGrid(workbook);
  const checked = check(grid, { profile });
  if (!checked.ok) throw new Error(`check failed: ${checked.failure}`);
  const port = new XlsxWorkbook(workbook);
  await writeSummaries(port, grid, checked.result, writeTexts('zh-CN'));
  return port.save();
}
