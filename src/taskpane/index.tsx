/// <reference types="office-js" />
/**
 * The task pane's entry point: waits for Office, builds the Excel host, and mounts the pane. Only this file and the
 * excel-* glue touch Office.js; taskpane.html's ES5 guard has already told older Office that it can't run the pane.
 */
import { createRoot } from 'react-dom/client';
import { defaultProfile } from '../core/profile';
import { API, excelHost } from '../excel/office-host';
import { decodeTextFile } from '../xlsx/decode-text';
import { mainThreadRunner, workerRunner, type CheckWorker } from './check-runner';
import { excelPaneHost } from './excel-pane-host';
import { workbookSettingsStore } from './excel-settings-store';
import { localStore } from './local-store';
import { PaneApp } from './PaneApp';

/** Office's display language decides: English for an English Office, Chinese otherwise. */
const paneLang = () => (/^en\b/iu.test(Office.context.displayLanguage) ? 'en-US' : 'zh-CN');

/** The worker that webpack emits beside the pane; creating it throws where the host allows none. */
const createWorker = () => new Worker('check-worker.js') as unknown as CheckWorker;

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

// Where office.js did not load, the guard in taskpane.html has shown its message already.
if (typeof Office !== 'undefined') void Office.onReady(mount);

function mount() {
  const office = excelHost();
  // Below the floor the guard in taskpane.html shows its message in place of the pane.
  if (!office.supports(API.floor)) return;
  const host = excelPaneHost(office, {
    lang: paneLang(),
    runCheck: workerRunner(createWorker, mainThreadRunner(defaultProfile())),
    pcStore: localStore(safeLocalStorage()),
    workbookStore: workbookSettingsStore(Office.context.document.settings),
    // ExcelJS is loaded only when the officer picks an .xlsx or .csv list, so the pane itself stays small. The .js
    // suffix is what node16 resolution asks of a dynamic import; webpack maps it back to the .ts file.
    readTableFile: async (file, key) => {
      const { readTableFile } = await import('../xlsx/read-table-file.js');
      return readTableFile(file.bytes, file.name, key);
    },
    decodeText: decodeTextFile,
    removeHandler: (handler) =>
      Excel.run(handler.context, async (context) => {
        handler.remove();
        await context.sync();
      }),
  });
  createRoot(document.getElementById('root')!).render(<PaneApp host={host} />);
}
