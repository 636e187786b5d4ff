/// <reference types="office-js" />
import type { MergeRange } from '../../../src/core/grid';
import type { OfficeHost } from '../../../src/excel/office-host';
import { FakeRequestContext, type FakeLog, type SyncRecord } from './request-context';
import { SheetState, WorkbookState, type CellState, type FillState, type NoteState } from './state';

export type { SyncRecord } from './request-context';
export { PAYLOAD_LIMIT } from './request-context';
export { ADDRESS_LIMIT } from './range';

/** A cell as a test gives it: a plain value, or a value with its display text, number format, fill, font colour. */
export type FakeCellInput =
  | string
  | number
  | boolean
  | null
  | {
      value: string | number | boolean;
      text?: string;
      numberFormat?: string;
      error?: boolean;
      fill?: Partial<FillState>;
      fontColor?: string;
    };

/** A sheet as a test gives it, in Excel's 1-based numbers. */
export interface FakeSheetInput {
  name: string;
  rows?: FakeCellInput[][];
  visibility?: SheetState['visibility'];
  hiddenRows?: number[];
  hiddenColumns?: number[];
  merges?: MergeRange[];
  protected?: boolean;
}

/**
 * An in-memory Excel for the Office.js adapter's tests: a workbook state, a host whose every `run` gets a fresh
 * request context over it, and a log of every sync's request and response sizes.
 */
export class FakeExcel {
  readonly state: WorkbookState;
  readonly log: FakeLog = { syncs: [], addressLengths: [] };
  readonly host: OfficeHost;

  /** `apiVersion` is the ExcelApi minor version this Office supports (18 for ExcelApi 1.18). */
  constructor({ apiVersion = 18 }: { apiVersion?: number } = {}) {
    this.state = new WorkbookState(apiVersion);
    this.host = {
      run: (batch) => batch(new FakeRequestContext(this.state, this.log) as unknown as Excel.RequestContext),
      supports: (version) => Number(version.split('.')[1]) <= apiVersion,
    };
  }

  addSheet(input: FakeSheetInput): SheetState {
    const sheet = new SheetState(input.name);
    sheet.visibility = input.visibility ?? 'Visible';
    sheet.protected = input.protected ?? false;
    (input.rows ?? []).forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null) setCell(sheet.ensureCell(r, c), cell);
      }),
    );
    for (const row of input.hiddenRows ?? []) sheet.hiddenRows.add(row - 1);
    for (const column of input.hiddenColumns ?? []) sheet.hiddenColumns.add(column - 1);
    sheet.merges = (input.merges ?? []).map(({ top, left, bottom, right }) => ({
      rowIndex: top - 1,
      columnIndex: left - 1,
      rowCount: bottom - top + 1,
      columnCount: right - left + 1,
    }));
    this.state.sheets.push(sheet);
    return sheet;
  }

  /** The cell at Excel's row and column. */
  cell(sheet: string, row: number, column: number): CellState | undefined {
    return this.state.sheet(sheet)?.cell(row - 1, column - 1);
  }

  note(sheet: string, row: number, column: number): NoteState | undefined {
    return this.state.notes.get(WorkbookState.noteKey(sheet, row - 1, column - 1));
  }

  setNote(sheet: string, row: number, column: number, content: string, author = 'officer'): void {
    this.state.notes.set(WorkbookState.noteKey(sheet, row - 1, column - 1), { content, author });
  }

  /** Renames a sheet as the officer does on its tab: its notes stay with its cells. */
  renameSheet(name: string, to: string): void {
    const sheet = this.state.sheet(name);
    if (sheet === undefined) throw new Error(`fake-excel: no sheet ${name}`);
    sheet.name = to;
    for (const [key, note] of [...this.state.notes]) {
      const [of, row, column] = JSON.parse(key) as [string, number, number];
      if (of !== name) continue;
      this.state.notes.delete(key);
      this.state.notes.set(WorkbookState.noteKey(to, row, column), note);
    }
  }

  /** Copies a sheet as the officer does with 移动或复制 → 建立副本: its cells, formats and notes, after the original. */
  copySheet(name: string, to: string): void {
    const sheet = this.state.sheet(name);
    if (sheet === undefined) throw new Error(`fake-excel: no sheet ${name}`);
    const copy = new SheetState(to);
    for (const [key, cell] of sheet.cells) copy.cells.set(key, structuredClone(cell));
    this.state.sheets.splice(this.state.sheets.indexOf(sheet) + 1, 0, copy);
    for (const [key, note] of [...this.state.notes]) {
      const [of, row, column] = JSON.parse(key) as [string, number, number];
      if (of === name) this.state.notes.set(WorkbookState.noteKey(to, row, column), { ...note });
    }
  }

  /**
   * Inserts an empty column before `column`, as the officer does with 插入 → 插入工作表列: the cells, notes, merged
   * areas and hidden columns from there on move one column right.
   */
  insertColumn(name: string, column: number): void {
    const sheet = this.state.sheet(name);
    if (sheet === undefined) throw new Error(`fake-excel: no sheet ${name}`);
    const at = column - 1;
    const moved = [...sheet.cells].filter(([key]) => key % 16384 >= at);
    for (const [key] of moved) sheet.cells.delete(key);
    for (const [key, cell] of moved) sheet.cells.set(key + 1, cell);
    for (const [key, note] of [...this.state.notes]) {
      const [of, row, c] = JSON.parse(key) as [string, number, number];
      if (of !== name || c < at) continue;
      this.state.notes.delete(key);
      this.state.notes.set(WorkbookState.noteKey(name, row, c + 1), note);
    }
    sheet.merges = sheet.merges.map((merge) =>
      merge.columnIndex >= at ? { ...merge, columnIndex: merge.columnIndex + 1 } : merge,
    );
    const hidden = [...sheet.hiddenColumns];
    sheet.hiddenColumns.clear();
    for (const c of hidden) sheet.hiddenColumns.add(c >= at ? c + 1 : c);
  }

  /** The syncs an action makes. */
  async syncsOf(action: () => Promise<unknown>): Promise<SyncRecord[]> {
    const start = this.log.syncs.length;
    await action();
    return this.log.syncs.slice(start);
  }
}

function setCell(cell: CellState, input: Exclude<FakeCellInput, null>): void {
  if (typeof input !== 'object') {
    cell.value = input;
    return;
  }
  cell.value = input.value;
  if (input.text !== undefined) cell.text = input.text;
  if (input.numberFormat !== undefined) cell.numberFormat = input.numberFormat;
  if (input.error) cell.error = true;
  if (input.fill !== undefined) Object.assign(cell.fill, input.fill);
  if (input.fontColor !== undefined) cell.font.color = input.fontColor;
}
