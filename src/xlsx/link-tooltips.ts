import type { Workbook } from 'exceljs';
import { hookReconcile } from './step-hooks';

interface CellModel {
  address?: string;
  hyperlink?: string;
  tooltip?: string;
}
/** The parts of ExcelJS's loaded model that this module reaches into. */
interface LoadedModel {
  worksheets: {
    hyperlinks?: { address: string; tooltip?: string }[];
    rows?: ({ cells?: (CellModel | undefined)[] } | undefined)[];
  }[];
}

/**
 * Keeps the tip a hyperlink shows when the pointer rests on it (`<hyperlink ref="A2" r:id="…" tooltip="工信部官网"/>`).
 * ExcelJS reads it with the link but gives the cell only the link's target, so the copy lost it; this gives it to the
 * cell too, and ExcelJS writes a cell's tip back with its link. Call before `workbook.xlsx.load`.
 */
export function keepLinkTooltips(workbook: Workbook): void {
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    // ExcelJS's reconcile step takes the sheets' lists of links away: the tips are read before it.
    const tips = new Map(
      model.worksheets.map((sheet) => [
        sheet,
        new Map(
          (sheet.hyperlinks ?? []).flatMap((link) => (link.tooltip ? [[link.address, link.tooltip]] : [])),
        ),
      ]),
    );
    reconcile();
    for (const [sheet, tipOf] of tips) {
      if (tipOf.size === 0) continue;
      for (const cell of (sheet.rows ?? []).flatMap((row) => row?.cells ?? [])) {
        const tip = cell?.address === undefined ? undefined : tipOf.get(cell.address);
        if (tip !== undefined && cell!.hyperlink !== undefined) cell!.tooltip = tip;
      }
    }
  });
}
