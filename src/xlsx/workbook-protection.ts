import type { Workbook } from 'exceljs';
import { hookRenderedParts, readWorkbookXml } from './step-hooks';

const PROTECTION = /<workbookProtection\b[^>]*?(?:\/>|>[\s\S]*?<\/workbookProtection>)/u;
/** What the schema puts after the protection, of what ExcelJS writes. */
const AFTER_PROTECTION = /<(?:bookViews|sheets)\b/u;

/**
 * Keeps the protection of the workbook's structure (审阅 › 保护工作簿: sheets can't be added, removed, renamed or
 * shown) as the original has it, its password's hash included. ExcelJS drops it, so the copy from `--out` or
 * `--clear` was open to changes the officer had locked, and the copy and 校验报告 said the protection was lost.
 * Our sheets are written into the copy all the same: the lock binds Excel, not this writer. Call before
 * `workbook.xlsx.load`.
 */
export function keepWorkbookProtection(workbook: Workbook): void {
  let protection: string | undefined;
  readWorkbookXml(workbook, (xml) => (protection = PROTECTION.exec(xml)?.[0]));
  hookRenderedParts(workbook, 'addWorkbook', (_, xml) => {
    const at = protection === undefined ? -1 : (AFTER_PROTECTION.exec(xml)?.index ?? -1);
    return at < 0 ? xml : xml.slice(0, at) + protection! + xml.slice(at);
  });
}
