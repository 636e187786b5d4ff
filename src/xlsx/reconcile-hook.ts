import type { Workbook } from 'exceljs';

interface XlsxReader<Model> {
  reconcile?: (model: Model, options: unknown) => void;
}

/**
 * Runs `hook` in place of the step of ExcelJS's loader that reconciles the parsed parts into one model, before
 * ExcelJS builds the sheets from it; the hook calls `reconcile` to run ExcelJS's own step. `Model` names only the
 * parts of ExcelJS's model that the hook reaches into. In another ExcelJS, without that step, nothing happens.
 * Call before `workbook.xlsx.load`.
 */
export function hookReconcile<Model>(
  workbook: Workbook,
  hook: (model: Model, reconcile: () => void) => void,
): void {
  const reader = workbook.xlsx as unknown as XlsxReader<Model>;
  const reconcile = reader.reconcile;
  if (typeof reconcile !== 'function') return;
  reader.reconcile = (model, options) => hook(model, () => reconcile.call(reader, model, options));
}
