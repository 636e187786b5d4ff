/// <reference types="office-js" />
import type { WriteTarget } from '../workbook/port';

/**
 * True when something an operation touches is protected: asked before marking or clearing, so that nothing is
 * changed on a workbook that would refuse part of it, and after a change failed, to tell protection from other
 * refusals. False when even this can't be learnt.
 */
export async function isProtected(
  context: Excel.RequestContext,
  { sheets, structure }: WriteTarget,
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
