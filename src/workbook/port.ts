import type { WorkbookGrid } from '../core/grid';

/**
 * The workbook port: the few operations a host offers, so that marking, clearing and writing our sheets are written
 * once, over ExcelJS for the CLI and the page and over Office.js for the add-in (DESIGN.md, Layers).
 * Every operation takes whole batches, so that a host over Office.js can do each in a constant number of syncs.
 */

/** One cell, by sheet name and Excel's 1-based row and column numbers. */
export interface CellRef {
  sheet: string;
  row: number;
  column: number;
}

/**
 * What a mark changes on a cell, as every host can read and write it. A fill is `#RRGGBB` for a solid colour, null
 * for no fill, and `other` for a pattern, gradient or theme colour that only the host's `exact` copy can restore.
 * A font colour is `#RRGGBB`, null for automatic, or `other`. A note is the legacy note's (批注) plain text.
 */
export interface CellLook {
  fill: string | null;
  fontColor: string | null;
  note: string | null;
  /**
   * The host's own models of the same three, as JSON, for restoring them exactly. A host uses a field only when
   * `host` is its own name and the field is present; otherwise it writes the plain value above.
   */
  exact?: { host: string; fill?: unknown; fontColor?: unknown; note?: unknown };
}

/** A change of look on one cell. */
export interface LookChange {
  cell: CellRef;
  look: CellLook;
}

/** A value written to one of our sheets: text is always written as text, never as a formula. */
export type OurCellValue =
  | string
  | number
  | null
  /** A link to a cell of the workbook, shown as `text`. */
  | { text: string; link: CellRef };

/** One sheet that we write (report, summary tabs, record). */
export interface OurSheet {
  name: string;
  visibility: 'visible' | 'veryHidden';
  /** Lines above the table: the first one (A1) starts with our signature. */
  heading: string[];
  /** The table's column headers and widths (in characters). No table when empty. */
  columns: { header: string; width: number }[];
  rows: OurCellValue[][];
  /** The last row totals the others: it stays out of the autofilter, so that sorting leaves it at the bottom. */
  endsWithTotal?: boolean;
  /** Table cells shown in an error's or a warning's colours (0-based indexes into rows and columns). */
  emphasis?: { row: number; column: number; severity: 'error' | 'warning' }[];
  /** Lines below the table: a place for the stamp and signatures on a summary tab. */
  footer?: string[];
  /** The printed pages' footer, in Excel's codes (&A the tab, &P the page, &N the pages). */
  pageFooter?: string;
}

/** What an operation changes: cells of some sheets, and the workbook's structure (adding or deleting sheets). */
export interface WriteTarget {
  sheets: readonly string[];
  structure: boolean;
}

/** The host's side of the marks layer. */
export interface WorkbookPort {
  /** Every sheet as a grid of values and display text (including hidden, very hidden and our own sheets). */
  read(): Promise<WorkbookGrid>;
  /** The look of each cell, in order. */
  readLooks(cells: readonly CellRef[]): Promise<CellLook[]>;
  /** Sets fills, font colours and notes; values are never touched. */
  writeLooks(changes: readonly LookChange[]): Promise<void>;
  /**
   * True when this host reads and writes legacy notes (批注). Where it doesn't, readLooks gives every note as null
   * and writeLooks leaves notes alone, so a mark is its fill and font colour only.
   */
  keepsNotes(): boolean;
  /**
   * Removes the named sheets, then writes each of ours (replacing a sheet of that name), in order, after the
   * officer's sheets. A very hidden sheet stays very hidden.
   */
  replaceSheets(remove: readonly string[], write: readonly OurSheet[]): Promise<void>;
  /**
   * Fails, before anything is changed, when one of the named sheets or (with `structure`) the workbook's structure
   * is protected, so that marking or clearing never stops half-way, leaving marks that no record can undo. A host
   * whose writes protection cannot refuse resolves.
   */
  ensureWritable(target: WriteTarget): Promise<void>;
}
