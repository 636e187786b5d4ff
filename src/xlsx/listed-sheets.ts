import type { Workbook } from 'exceljs';
import { InputFailure, type InputFailureValues } from '../core/input-failure';
import { WORKSHEET_TYPE } from './package-relationships';
import { hookReconcile } from './step-hooks';

/** The parts of ExcelJS's loaded model that this module reaches into. */
interface LoadedModel {
  /** The sheets that the workbook part lists, with their relationships' ids. */
  sheets?: { name: string; rId: string }[];
  workbookRels?: { Id: string; Type?: string }[];
  /** The worksheets parsed from the package; reconciling names those that the workbook part lists. */
  worksheets: { name?: string }[];
}

/**
 * Throws `sheet-part-missing`, naming the sheet, when ExcelJS finds no part for a worksheet that the workbook part
 * lists: a package damaged in copying, or by the tool that wrote it. ExcelJS would load the workbook without that
 * sheet and leave it unchecked in silence, or call the workbook one without sheets. Call before
 * `workbook.xlsx.load`, before the other hooks of its reconcile step, so that this sees what ExcelJS itself found.
 */
export function requireListedSheets(workbook: Workbook, values: InputFailureValues): void {
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    const worksheetIds = new Set(
      (model.workbookRels ?? []).filter((rel) => rel.Type?.endsWith(WORKSHEET_TYPE)).map((rel) => rel.Id),
    );
    const listed = (model.sheets ?? []).filter((sheet) => worksheetIds.has(sheet.rId));
    reconcile();
    const loaded = new Set(model.worksheets.map((worksheet) => worksheet.name));
    const missing = listed.find((sheet) => !loaded.has(sheet.name));
    if (missing) throw new InputFailure('sheet-part-missing', { ...values, sheet: missing.name });
  });
}
