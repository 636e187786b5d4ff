import type { WorkbookGrid } from '../core/grid';
import type { Lang } from '../i18n';
import type { CellRef, WorkbookPort } from '../workbook/port';
import type { CheckRunner } from './check-request';
import type { PaneFailure } from './pane-failure';
import type { KeyValueStore } from './settings';

/** What the pane needs to know of the open workbook before any check. */
export interface WorkbookOverview {
  /** The sheets that may hold data: neither very hidden nor ours. */
  sheets: string[];
  /** The workbook still carries our marks. */
  marked: boolean;
}

/** A side file the officer picked (a winners list, a direction list). */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Everything the pane does to the world, in one interface, so that no component touches Office.js (STYLE 9): the
 * Excel add-in implements it over Office.js (excel-pane-host.ts), the tests with a plain object.
 */
export interface PaneHost {
  lang: Lang;
  /** The workbook port: reading, looks and our sheets (marking, clearing and summaries are written over it). */
  port: WorkbookPort;
  overview(): Promise<WorkbookOverview>;
  /** Activates a cell's sheet and selects the cell. */
  showCell(cell: CellRef): Promise<void>;
  /**
   * Calls `listener` with the names of the sheets whose cells the officer changed, until the returned function is
   * called. Only edits of values count: our own writes of formats never call it.
   */
  onSheetsChanged(listener: (sheets: readonly string[]) => void): Promise<() => Promise<void>>;
  /** Runs the engine, in a Web Worker where the host allows it. */
  runCheck: CheckRunner;
  /** Lists kept on this PC for every workbook. */
  pcStore: KeyValueStore;
  /** Choices kept in the open workbook. */
  workbookStore: KeyValueStore;
  /** Reads a picked .xlsx or .csv as a grid; throws an InputFailure under `failureKey` when it can't. */
  readTableFile(
    file: PickedFile,
    failureKey: 'winners-unreadable' | 'directions-unreadable',
  ): Promise<WorkbookGrid>;
  /**
   * Decodes a picked text file (UTF-8 or GB18030, as Chinese Windows writes it); throws an InputFailure naming the
   * file when its bytes contradict its byte order mark.
   */
  decodeText(bytes: Uint8Array, fileName: string): string;
  /** The failure an error of this host means, or undefined for one it does not recognise. */
  failureOf(error: unknown): PaneFailure | undefined;
}
