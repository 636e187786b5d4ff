import type { Workbook } from 'exceljs';
import { hookReconcile, hookRenderedParts, hookWorksheetXml } from './step-hooks';

/** What a module keeps of each sheet that ExcelJS loses: read as ExcelJS loads the sheet, put back as it writes it. */
export interface SheetKeeper<Kept> {
  /** A sheet's XML chunks, passed on as they are, while what to keep is read from them into `kept`. */
  read(chunks: AsyncIterable<unknown>, kept: Kept): AsyncIterable<unknown>;
  /** What is kept of a sheet before its XML is read. */
  nothing(): Kept;
  /** The XML that ExcelJS wrote for a sheet, with what was kept of it put back. */
  write(xml: string, kept: Kept): string;
}

/** The parts of ExcelJS's loaded model that this module reaches into: the sheets by their part's path. */
interface LoadedModel {
  worksheetHash: Record<string, { pageSetup?: object }>;
}
interface WrittenModel {
  worksheets: ({ id: number; pageSetup?: object } | undefined)[];
}

/**
 * Keeps, through `keeper`, what ExcelJS loses of each sheet it loads. A sheet is known by its page setup, the one
 * object of a loaded sheet that ExcelJS hands on to the model it writes, and that goes with the sheet when the sheet
 * is removed: a sheet added later, even under a removed sheet's name or number, has nothing kept. Call before
 * `workbook.xlsx.load`.
 */
export function keepFromLoadedSheets<Kept>(workbook: Workbook, keeper: SheetKeeper<Kept>): void {
  const byPath = new Map<string, Kept>();
  const bySheet = new WeakMap<object, Kept>();
  hookWorksheetXml(workbook, (chunks, path) => {
    const kept = keeper.nothing();
    byPath.set(path, kept);
    return keeper.read(chunks, kept);
  });
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    for (const [path, sheet] of Object.entries(model.worksheetHash ?? {})) {
      const kept = byPath.get(path);
      if (kept !== undefined && sheet.pageSetup) bySheet.set(sheet.pageSetup, kept);
    }
    byPath.clear();
    reconcile();
  });
  hookRenderedParts<WrittenModel>(workbook, 'addWorksheets', (name, xml, model) => {
    const id = /^xl\/worksheets\/sheet(\d+)\.xml$/u.exec(name)?.[1];
    const sheet = id === undefined ? undefined : model.worksheets.find((s) => s?.id === Number(id));
    const kept = sheet?.pageSetup && bySheet.get(sheet.pageSetup);
    return kept === undefined ? xml : keeper.write(xml, kept);
  });
}
