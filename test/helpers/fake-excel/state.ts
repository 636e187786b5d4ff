import { columnNumber } from '../../../src/core/column-letter';

/** A rectangle of cells, 0-based like Office.js's indexes. */
export interface Rect {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface FillState {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

export interface FontState {
  color: string;
  tintAndShade: number;
  bold: boolean;
  size: number;
  /**
   * The font colours of a rich-text value's runs, when they differ: `getCellProperties` then reads the colour as
   * null (undocumented, as RangeFont reads a mixed range), and setting a colour gives every run that colour.
   */
  runColors?: string[];
}

/** One cell of the fake: its value (`''` when empty), what produced it, and its format. */
export interface CellState {
  value: string | number | boolean;
  /** The formula, when the value is a formula's result. */
  formula?: string;
  /** Set when the value is an error such as `#N/A`. */
  error?: boolean;
  /** The displayed text when it differs from the value's plain text (a date, a formatted number). */
  text?: string;
  numberFormat: string;
  fill: FillState;
  font: FontState;
  wrapText: boolean;
  verticalAlignment: string;
  borders: Record<string, string>;
}

export const NO_FILL: FillState = {
  color: '#FFFFFF',
  pattern: 'None',
  patternColor: '#000000',
  tintAndShade: 0,
  patternTintAndShade: 0,
};

export const emptyCell = (): CellState => ({
  value: '',
  numberFormat: 'General',
  fill: { ...NO_FILL },
  font: { color: '#000000', tintAndShade: 0, bold: false, size: 11 },
  wrapText: false,
  verticalAlignment: 'Bottom',
  borders: {},
});

/** Excel's sheet is 16,384 columns wide, so row × 16,384 + column is a unique key. */
const key = (row: number, column: number): number => row * 16384 + column;

/** One worksheet of the fake, 0-based. */
export class SheetState {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  protected = false;
  readonly cells = new Map<number, CellState>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  merges: Rect[] = [];
  private mergeIndex: { of: Rect[]; byRow: Map<number, Rect[]> } | undefined;
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  autoFilter: Rect | undefined;
  readonly pageLayout: Record<string, unknown> = { orientation: 'Portrait', paperSize: 'Letter' };

  constructor(public name: string) {}

  cell(row: number, column: number): CellState | undefined {
    return this.cells.get(key(row, column));
  }

  /** The cell, created empty when it isn't there yet (a write creates it). */
  ensureCell(row: number, column: number): CellState {
    let cell = this.cells.get(key(row, column));
    if (cell === undefined) this.cells.set(key(row, column), (cell = emptyCell()));
    return cell;
  }

  /** The merged areas whose top-left cell lies in a rectangle. */
  mergesStartingIn(rect: Rect): Rect[] {
    if (this.mergeIndex?.of !== this.merges) {
      const byRow = new Map<number, Rect[]>();
      for (const merge of this.merges)
        byRow.set(merge.rowIndex, [...(byRow.get(merge.rowIndex) ?? []), merge]);
      this.mergeIndex = { of: this.merges, byRow };
    }
    const found: Rect[] = [];
    for (let r = rect.rowIndex; r < rect.rowIndex + rect.rowCount; r++) {
      for (const merge of this.mergeIndex.byRow.get(r) ?? []) {
        if (merge.columnIndex >= rect.columnIndex && merge.columnIndex < rect.columnIndex + rect.columnCount)
          found.push(merge);
      }
    }
    return found;
  }

  /** The bounding rectangle of the cells with values (or of every cell that exists), null when there is none. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of this.cells) {
      if (valuesOnly && cell.value === '') continue;
      const row = Math.floor(k / 16384);
      const column = k % 16384;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    return bottom < 0
      ? null
      : { rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }
}

/** A legacy note. */
export interface NoteState {
  content: string;
  author: string;
}

/** The whole fake workbook: sheets in tab order, notes by cell, what is selected, what Office supports. */
export class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly notes = new Map<string, NoteState>();
  structureProtected = false;
  /** Excel is in cell-edit mode: every sync fails. */
  editing = false;
  selection: { sheet: string; rowIndex: number; columnIndex: number } | undefined;
  activeSheet: string | undefined;

  constructor(readonly apiVersion: number) {}

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  static noteKey(sheet: string, row: number, column: number): string {
    return JSON.stringify([sheet, row, column]);
  }
}

/** `A1` / `B7:C9` / `'It''s'!B7` parsed: the sheet, if named, and the rectangle. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } {
  const withSheet = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/u.exec(address);
  const sheet = withSheet === null ? undefined : (withSheet[1]?.replaceAll("''", "'") ?? withSheet[2]);
  const cells = withSheet === null ? address : withSheet[3]!;
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/u.exec(cells);
  if (match === null) throw new Error(`fake-excel: cannot parse address ${address}`);
  const top = Number(match[2]) - 1;
  const left = columnNumber(match[1]!) - 1;
  const bottom = match[4] === undefined ? top : Number(match[4]) - 1;
  const right = match[3] === undefined ? left : columnNumber(match[3]) - 1;
  return {
    ...(sheet === undefined ? {} : { sheet }),
    rect: { rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 },
  };
}

/** Every cell position of a rectangle. */
export function* positions(rect: Rect): Generator<[number, number]> {
  for (let r = rect.rowIndex; r < rect.rowIndex + rect.rowCount; r++)
    for (let c = rect.columnIndex; c < rect.columnIndex + rect.columnCount; c++) yield [r, c];
}
