/// <reference types="office-js" />

/** An ExcelApi requirement set version, as `Office.context.requirements.isSetSupported('ExcelApi', …)` takes it. */
export type ExcelApiVersion = `1.${number}`;

/**
 * The ExcelApi versions the adapter relies on. Below `floor` it does nothing (the pane's guard says so first);
 * merged areas and legacy notes are used only where their set exists.
 * - 1.9: RangeAreas (`getRanges`, `getSpecialCellsOrNullObject`), `getCellProperties`, fill patterns and tints,
 *   page layout, autofilter, `suspendScreenUpdatingUntilNextSync`. Everything else we use is older.
 * - 1.13: `Range.getMergedAreasOrNullObject`.
 * - 1.18: `workbook.notes` (legacy notes, 批注).
 */
export const API = { floor: '1.9', mergedAreas: '1.13', notes: '1.18' } as const satisfies Record<
  string,
  ExcelApiVersion
>;

/** What the adapter needs from Office: a way to run a batch against the open workbook, and a requirement check. */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  supports(version: ExcelApiVersion): boolean;
}

/** The host of a running add-in: `Excel.run` and Office's own requirement check. Call it after `Office.onReady`. */
export function excelHost(): OfficeHost {
  return {
    run: (batch) => Excel.run(batch),
    supports: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
  };
}
