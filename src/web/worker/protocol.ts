import type { CheckResult } from '../../core/check';
import type { Direction } from '../../core/profile';
import type { NamedRow } from '../../core/row-ref';
import type { Winner } from '../../core/winners/winners-list';
import type { LostPart } from '../../core/write-texts';
import type { Lang } from '../../i18n';
import type { PaneStage } from '../../i18n/pane';
import type { CheckRequest } from '../../taskpane/check-request';
import type { PaneFailure } from '../../taskpane/pane-failure';
import type { CellRef } from '../../workbook/port';

/**
 * The messages between the page and its Web Worker. The page asks for one job at a time; the worker keeps the
 * opened workbook between jobs, so the file crosses over once. Every value is structured-clone data, and bytes
 * travel as transferred ArrayBuffers.
 */

/** A file the officer chose: its name says how to read it. */
export interface ChosenFile {
  name: string;
  bytes: ArrayBuffer;
}

/** One sheet of the opened workbook, with the text of its cells for the preview. */
export interface SheetPreview {
  name: string;
  /** Display text by Excel row and column: `texts[row - 1][column - 1]`, '' for an empty cell. */
  texts: string[][];
}

/** What the page learns when a workbook is opened. */
export interface OpenedWorkbook {
  /** The sheets that can be checked: ours and very hidden ones left out. */
  sheets: SheetPreview[];
  /** The workbook still carries our marks (本工作簿仍带有校验标记). */
  marked: boolean;
}

/** A check's result, and where each of its findings is shown: where its cell is written (see ShownCells). */
export interface CheckedWorkbook {
  result: CheckResult;
  /** `shownAt[i]` is the cell of `result.findings[i]` as the marks place it. */
  shownAt: CellRef[];
}

/** A side list read from a file: previous winners, or the guide's directions. */
export type ListKind = 'winners' | 'directions';

/** A copy written for download. */
export interface SavedCopy {
  bytes: ArrayBuffer;
  /** Parts of the original that the copy lacks (pivot tables, charts…). */
  lostParts: LostPart[];
  /** Cells marked, or cells restored when clearing. */
  cells: number;
  /** The rows of marks that could not be found again, to undo or to clear (see lostRows). */
  lostRows: NamedRow[];
  /** Cells whose marks no record covered, taken away without knowing their fill (see planUnrecorded). */
  unrecorded: CellRef[];
}

/** Each job: what the page sends and what the worker answers. */
export interface Jobs {
  open: { request: ChosenFile; reply: OpenedWorkbook };
  list: { request: ChosenFile & { kind: ListKind }; reply: { winners?: Winner[]; directions?: Direction[] } };
  check: { request: CheckRequest; reply: CheckedWorkbook };
  mark: { request: { lang: Lang }; reply: SavedCopy };
  clear: { request: { all: boolean }; reply: SavedCopy };
}

export type JobName = keyof Jobs;

/** What the page posts: one job. */
export type WorkerRequest = { [K in JobName]: { id: number; job: K; request: Jobs[K]['request'] } }[JobName];

/** What the worker posts: the stage of the current job for the progress bar, then its answer or its failure. */
export type WorkerReply =
  | { id: number; kind: 'progress'; stage: PaneStage }
  | { id: number; kind: 'done'; reply: Jobs[JobName]['reply'] }
  | { id: number; kind: 'failed'; failure: PaneFailure };
