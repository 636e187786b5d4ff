/// <reference types="office-js" />
import type { WorkbookGrid } from '../core/grid';
import type { CellLook, CellRef, LookChange, OurSheet, WorkbookPort, WriteTarget } from '../workbook/port';
import { API, type OfficeHost } from './office-host';
import { errorCode, OfficeFailure, officeFailure } from './office-failure';
import { isProtected } from './protection';
import { readLooks } from './read-looks';
import { readWorkbook } from './read-workbook';
import { replaceSheets } from './write-sheets';
import { writeLooks } from './write-looks';

/** The workbook port over Office.js, plus what only the add-in does: showing a cell. */
export interface OfficeWorkbook extends WorkbookPort {
  /** Activates the cell's sheet and selects the cell (a click on a finding in the pane). */
  activate(cell: CellRef): Promise<void>;
}

/**
 * The workbook port over Office.js: each operation is one `Excel.run` with a constant number of syncs apart from
 * chunking. Every failure is thrown as an OfficeFailure whose reason the pane words (see office-failure.ts).
 */
export function officeWorkbook(host: OfficeHost): OfficeWorkbook {
  /** Runs an operation; `touched` says what it changes, to tell protection from other refusals. */
  const run = <T>(operation: (context: Excel.RequestContext) => Promise<T>, touched?: WriteTarget) => {
    if (!host.supports(API.floor)) return Promise.reject(new OfficeFailure('api-missing'));
    return host.run(async (context) => {
      try {
        return await operation(context);
      } catch (error) {
        throw officeFailure(error, touched !== undefined && (await isProtected(context, touched)));
      }
    });
  };
  const withMerges = host.supports(API.mergedAreas);
  const withNotes = host.supports(API.notes);
  return {
    read: (): Promise<WorkbookGrid> => run((context) => readWorkbook(context, withMerges, withNotes)),
    readLooks: (cells: readonly CellRef[]): Promise<CellLook[]> =>
      run((context) => readLooks(context, cells, withNotes)),
    writeLooks: (changes: readonly LookChange[]): Promise<void> =>
      run((context) => writeLooks(context, changes, withNotes), {
        sheets: changes.map(({ cell }) => cell.sheet),
        structure: false,
      }),
    keepsNotes: (): boolean => withNotes,
    replaceSheets: (remove: readonly string[], write: readonly OurSheet[]): Promise<void> =>
      run((context) => replaceSheets(context, remove, write), { sheets: [], structure: true }),
    ensureWritable: (target: WriteTarget): Promise<void> =>
      run(async (context) => {
        if (await isProtected(context, target)) throw new OfficeFailure('sheet-protected');
      }),
    activate: (cell: CellRef): Promise<void> =>
      run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(cell.sheet);
        worksheet.activate();
        worksheet.getRangeByIndexes(cell.row - 1, cell.column - 1, 1, 1).select();
        try {
          await context.sync();
        } catch (error) {
          // Only getItem names something that may be gone: the sheet, renamed or deleted since the check.
          const code = errorCode(error);
          throw code === 'ItemNotFound' ? new OfficeFailure('sheet-gone', code, { cause: error }) : error;
        }
      }),
  };
}
