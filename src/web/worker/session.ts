import type ExcelJS from 'exceljs';
import { check, type CheckResult } from '../../core/check';
import type { WorkbookGrid } from '../../core/grid';
import { InputFailure } from '../../core/input-failure';
import { hasMarks, isOurSheet } from '../../core/our-sheets';
import { defaultProfile } from '../../core/profile';
import type { LostPart } from '../../core/write-texts';
import type { PaneStage } from '../../i18n/pane';
import { writeTexts } from '../../i18n/write-texts';
import { checkOptions } from '../../taskpane/check-request';
import { checkTime } from '../../workbook/check-time';
import { clearMarks } from '../../workbook/clear-marks';
import { lostRows } from '../../workbook/lost-rows';
import type { RecordedMark } from '../../workbook/mark-record';
import { markWorkbook } from '../../workbook/mark-workbook';
import type { CellRef } from '../../workbook/port';
import { ShownCells } from '../../workbook/shown-cells';
import { lostParts } from '../../xlsx/lost-parts';
import { readDirections, readWinners } from '../../xlsx/read-lists';
import { loadWorkbook, workbookGrid } from '../../xlsx/read-workbook';
import { XlsxWorkbook } from '../../xlsx/xlsx-workbook';
import type { CheckedWorkbook, Jobs, SavedCopy } from './protocol';

type Progress = (stage: PaneStage) => void;

interface Opened {
  fileName: string;
  bytes: Uint8Array;
  grid: WorkbookGrid;
  /** The loaded workbook until a copy is written from it: writing changes it, so the next copy loads it again. */
  workbook: ExcelJS.Workbook | undefined;
}

const profile = defaultProfile();

/**
 * The worker's side of the page: the CLI's flow (src/cli/run-check.ts, run-clear.ts) over a file held in memory.
 * Open reads the workbook once; check runs the engine with the page's options; mark and clear each write a copy of
 * the original, never of an earlier copy.
 */
export class PageSession {
  private opened: Opened | undefined;
  private result: CheckResult | undefined;

  async open({ name, bytes }: Jobs['open']['request'], progress: Progress): Promise<Jobs['open']['reply']> {
    progress('reading');
    this.opened = undefined;
    this.result = undefined;
    const data = new Uint8Array(bytes);
    const workbook = await loadWorkbook(data, name);
    const grid = workbookGrid(workbook);
    this.opened = { fileName: name, bytes: data, grid, workbook };
    const sheets = grid.sheets.filter((sheet) => sheet.visibility !== 'veryHidden' && !isOurSheet(sheet));
    return {
      sheets: sheets.map((sheet) => ({
        name: sheet.name,
        texts: sheet.rows.map((row) => Array.from(row, (cell) => cell?.text ?? '')),
      })),
      marked: hasMarks(grid),
    };
  }

  async list(
    { kind, name, bytes }: Jobs['list']['request'],
    progress: Progress,
  ): Promise<Jobs['list']['reply']> {
    progress('reading');
    const data = new Uint8Array(bytes);
    return kind === 'winners'
      ? { winners: [...(await readWinners(data, name, profile)).winners] }
      : { directions: await readDirections(data, name, profile) };
  }

  check(request: Jobs['check']['request'], progress: Progress): CheckedWorkbook {
    const { fileName, grid } = this.current();
    progress('checking');
    const outcome = check(grid, checkOptions(request, profile));
    if (!outcome.ok) throw new InputFailure(outcome.failure, { file: fileName, ...outcome.values });
    const { result } = outcome;
    this.result = result;
    const shown = new ShownCells(grid, result);
    return { result, shownAt: result.findings.map((finding) => shown.ofFinding(finding)) };
  }

  async mark({ lang }: Jobs['mark']['request'], progress: Progress): Promise<SavedCopy> {
    const result = this.result;
    if (!result) throw new Error('mark before check');
    progress('writing');
    const { grid, bytes } = this.current();
    const workbook = await this.takeWorkbook();
    const port = new XlsxWorkbook(workbook);
    const lost = await lostParts(bytes, workbook);
    const marked = await markWorkbook(port, grid, result, {
      profile,
      texts: writeTexts(lang),
      checkedAt: checkTime(new Date()),
      lostParts: lost,
      summaries: true,
    });
    return savedCopy(port, lost, marked.marked, marked.lostEarlier, marked.unrecorded);
  }

  async clear({ all }: Jobs['clear']['request'], progress: Progress): Promise<SavedCopy> {
    progress('clearing');
    const { fileName, bytes } = this.current();
    const workbook = await this.takeWorkbook();
    const port = new XlsxWorkbook(workbook);
    const outcome = await clearMarks(port, profile, all);
    if (!outcome.ok) throw new InputFailure(outcome.reason, { file: fileName });
    const lost = await lostParts(bytes, workbook);
    return savedCopy(port, lost, outcome.restored, outcome.lost, outcome.unrecorded);
  }

  private current(): Opened {
    if (!this.opened) throw new Error('no workbook opened');
    return this.opened;
  }

  /** The pristine workbook to write a copy of: the one loaded at open the first time, a fresh load afterwards. */
  private async takeWorkbook(): Promise<ExcelJS.Workbook> {
    const opened = this.current();
    const workbook = opened.workbook ?? (await loadWorkbook(opened.bytes, opened.fileName));
    opened.workbook = undefined;
    return workbook;
  }
}

/** A marked or cleared copy as the page is told of it: the cells changed, and the marks lost or unrecorded. */
async function savedCopy(
  port: XlsxWorkbook,
  lostParts: LostPart[],
  cells: number,
  lostMarks: readonly RecordedMark[],
  unrecorded: CellRef[],
): Promise<SavedCopy> {
  return { bytes: ownBuffer(await port.save()), lostParts, cells, lostRows: lostRows(lostMarks), unrecorded };
}

/** The bytes in an ArrayBuffer of their own, which postMessage can transfer. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
}
