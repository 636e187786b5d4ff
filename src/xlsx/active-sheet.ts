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
interface PreparedModel {
  worksheets: ({ name: string; state?: string } | undefined)[];
  views?: WorkbookView[];
}

/**
 * Keeps the sheet a workbook opens on (`activeTab`) by its name, not its place. ExcelJS writes the place the
 * original gave, so a copy without a sheet before it opened elsewhere, and a cleared copy (`--clear --all`) saved
 * while a summary tab of ours was open named a sheet past its last one. The copy opens on the same sheet when it
 * still has it, and else on its first visible sheet; the first tab shown in the tab bar (`firstSheet`) is never
 * after it. Call before `workbook.xlsx.load`.
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
    if (view.firstSheet !== undefined) view.firstSheet = Math.min(view.firstSheet, tab);
  });
}
