/// <reference types="office-js" />

/** What an operation changes: cells of some sheets, and the workbook's structure (adding or deleting sheets). */
export interface Touched {
  sheets: readonly string[];
  structure: boolean;
}

/**
 * True when something the operation touched is protected. Asked only after a change failed, to tell protection
 * from other refusals; false when even this can't be learnt.
 */
export async function isProtected(
  context: Excel.RequestContext,
  { sheets, structure }: Touched,
): Promise<boolean> {
  try {
    const workbook = context.workbook.protection;
    workbook.load('protected');
    const worksheets = [...new Set(sheets)].map((name) =>
      context.workbook.worksheets.getItemOrNullObject(name).load('protection/protected'),
    );
    await context.sync();
    return (
      (structure && workbook.protected) ||
      worksheets.some((sheet) => !sheet.isNullObject && sheet.protection.protected)
    );
  } catch {
    return false;
  }
}
