/// <reference types="office-js" />
import { isOurSheetAt, RECORD_SHEET } from '../core/our-sheets';
import { API, type OfficeHost } from '../excel/office-host';
import { OfficeFailure } from '../excel/office-failure';
import { officeWorkbook } from '../excel/office-workbook';
import type { Lang } from '../i18n';
import { hasOurBlock } from '../workbook/note-block';
import type { PaneFailure } from './pane-failure';
import type { PaneHost } from './pane-host';

/** What the Excel pane host takes from its entry point besides Office: the parts that differ by environment. */
export interface ExcelPaneParts extends Pick<
  PaneHost,
  'runCheck' | 'pcStore' | 'workbookStore' | 'readTableFile' | 'decodeText'
> {
  lang: Lang;
  /** Stops an event handler that `worksheets.onChanged` registered (Office needs the handler's own context). */
  removeHandler(handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>): Promise<void>;
}

/** The failure an Office.js error means: protection, edit mode and missing APIs get their own sentences. */
export function officePaneFailure(error: unknown): PaneFailure | undefined {
  if (!(error instanceof OfficeFailure)) return undefined;
  return error.reason === 'general'
    ? { kind: 'unexpected', detail: error.code ?? error.message }
    : { kind: 'host', reason: error.reason };
}

/** The pane's host over Office.js: the workbook port of src/excel, a cell's selection, and the events of edits. */
export function excelPaneHost(office: OfficeHost, parts: ExcelPaneParts): PaneHost {
  const workbook = officeWorkbook(office);
  const supported = () => office.supports(API.floor);
  return {
    lang: parts.lang,
    port: workbook,
    runCheck: parts.runCheck,
    pcStore: parts.pcStore,
    workbookStore: parts.workbookStore,
    readTableFile: parts.readTableFile,
    decodeText: parts.decodeText,
    failureOf: officePaneFailure,
    showCell: (cell) => workbook.activate(cell),
    overview: async () => {
      if (!supported()) throw new OfficeFailure('api-missing');
      return office.run(async (context) => {
        const worksheets = context.workbook.worksheets.load('items/name,items/visibility');
        // Marks print with or without our record: a marked sheet copied from another workbook has only our notes.
        const notes = office.supports(API.notes) ? context.workbook.notes.load('items/content') : undefined;
        await context.sync();
        // Our sheets are known by the signature in A1, as the check knows them, so a renamed one is still ours.
        const shown = worksheets.items.filter((sheet) => sheet.visibility !== 'VeryHidden');
        const firstCells = shown.map((sheet) => sheet.getRange('A1').load('text'));
        await context.sync();
        return {
          sheets: shown
            .filter((sheet, i) => !isOurSheetAt(sheet.name, firstCells[i]!.text[0]![0]!))
            .map((sheet) => sheet.name),
          marked:
            worksheets.items.some((sheet) => sheet.name === RECORD_SHEET) ||
            (notes?.items.some((note) => hasOurBlock(note.content)) ?? false),
        };
      });
    },
    onSheetsChanged: async (listener) => {
      if (!supported()) throw new OfficeFailure('api-missing');
      const handler = await office.run(async (context) => {
        const added = context.workbook.worksheets.onChanged.add(async (event) => {
          // Our own writes (marks, our sheets) are no edits of the officer's; ExcelApi 1.14 tells them apart.
          if (event.triggerSource === 'ThisLocalAddin') return;
          // The event names the sheet by id only; one more request learns its name.
          const name = await office.run(async (inner) => {
            const sheet = inner.workbook.worksheets.getItem(event.worksheetId).load('name');
            await inner.sync();
            return sheet.name;
          });
          listener([name]);
        });
        await context.sync();
        return added;
      });
      return () => parts.removeHandler(handler);
    },
  };
}
