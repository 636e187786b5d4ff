/**
 * The pane in a plain page, over an in-page fake host: the browser test builds this with the add-in's webpack
 * config and injects `window.quotaCheckHarness` (the sample's grid and its check outcome) before it runs.
 */
import { createRoot } from 'react-dom/client';
import type { CheckOutcome } from '../../src/core/check';
import type { WorkbookGrid } from '../../src/core/grid';
import { PaneApp } from '../../src/taskpane/PaneApp';
import type { PaneHost } from '../../src/taskpane/pane-host';
import { localStore } from '../../src/taskpane/local-store';

declare global {
  interface Window {
    quotaCheckHarness: { grid: WorkbookGrid; outcome: CheckOutcome; shown: unknown[] };
  }
}

const canned = window.quotaCheckHarness;
const later = <T,>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 150));

const host: PaneHost = {
  lang: 'zh-CN',
  port: {
    read: () => later(canned.grid),
    readLooks: (cells) => later(cells.map(() => ({ fill: null, fontColor: null, note: null }))),
    writeLooks: () => later(undefined),
    keepsNotes: () => true,
    replaceSheets: () => later(undefined),
    ensureWritable: () => later(undefined),
  },
  overview: () => later({ sheets: canned.grid.sheets.map((sheet) => sheet.name), marked: false }),
  showCell: (cell) => {
    canned.shown.push(cell);
    return Promise.resolve();
  },
  onSheetsChanged: () => Promise.resolve(() => Promise.resolve()),
  runCheck: () => later(canned.outcome),
  pcStore: localStore(undefined),
  workbookStore: localStore(undefined),
  readTableFile: () => Promise.reject(new Error('not in the harness')),
  decodeText: (bytes) => new TextDecoder().decode(bytes),
  failureOf: () => undefined,
};

createRoot(document.getElementById('root')!).render(<PaneApp host={host} />);
