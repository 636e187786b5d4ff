import type JSZip from 'jszip';

const FULL_CALC_ON_LOAD = /<(?:[\w.-]+:)?calcPr\s[^>]*fullCalcOnLoad="(?:1|true)"/u;

/**
 * Whether the workbook asks Excel to recalculate every formula when it opens (`<calcPr fullCalcOnLoad="1"/>`), as
 * programs that write formulas without calculating them do (openpyxl, XlsxWriter). Excel clears it when it saves.
 * ExcelJS drops it while loading.
 */
export async function asksFullCalcOnLoad(zip: JSZip): Promise<boolean> {
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  return workbook !== undefined && FULL_CALC_ON_LOAD.test(workbook);
}
