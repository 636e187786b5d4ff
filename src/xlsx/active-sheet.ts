import type { Workbook } from 'exceljs';
import { hookPrepareModel, hookReconcile } from './step-hooks';

interface WorkbookView {
  activeTab?: number;
  firstSheet?: number;
}
/** The parts of ExcelJS's loaded model that this module reaches into: every sheet of the original, in tab order. */
interface LoadedModel {
  sheets?: { name: string }[];
  views?: WorkbookView[];
}
interface SheetView {
  workbookViewId?: number;
  tabSelected?: boolean;
}
interface PreparedModel {
  worksheets: ({ name: string; state?: string; views?: SheetView[] } | undefined)[];
  views?: WorkbookView[];
}

/**
 * Keeps the sheet a workbook opens on (`activeTab`) by its name, not its place. ExcelJS writes the place the
 * original gave, so a copy without a sheet before it opened elsewhere, and a cleared copy (`--clear --all`) saved
 * while a summary tab of ours was open named a sheet past its last one. The copy opens on the same sheet when it
 * still has it, and else on its first visible sheet, whose tab is then selected (`tabSelected`), as Excel always
 * saves the tab it opens on; the first tab shown in the tab bar (`firstSheet`) is never after it. Call before
 * `workbook.xlsx.load`.
 */
export function keepActiveSheet(workbook: Workbook): void {
  let active: string | undefined;
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    const tab = model.views?.[0]?.activeTab;
    active = tab === undefined ? undefined : model.sheets?.[tab]?.name;
    reconcile();
  });
  hookPrepareModel<PreparedModel>(workbook, (model, prepare) => {
    prepare();
    const view = model.views?.[0];
    if (view === undefined) return;
    const sheets = model.worksheets.filter((sheet) => sheet !== undefined);
    const visible = (i: number) => (sheets[i]?.state ?? 'visible') === 'visible';
    const named = sheets.findIndex((sheet, i) => sheet.name === active && visible(i));
    const tab =
      named >= 0
        ? named
        : Math.max(
            sheets.findIndex((_, i) => visible(i)),
            0,
          );
    view.activeTab = tab;
    const opened = sheets[tab];
    if (named < 0 && opened !== undefined) opened.views = selectedViews(opened.views ?? []);
    if (view.firstSheet !== undefined) view.firstSheet = Math.min(view.firstSheet, tab);
  });
}

/** A sheet's views with its first view's tab selected. The views are the sheet's own: they are not changed. */
function selectedViews([first = { workbookViewId: 0 }, ...others]: readonly SheetView[]): SheetView[] {
  return [{ ...first, tabSelected: true }, ...others];
}
