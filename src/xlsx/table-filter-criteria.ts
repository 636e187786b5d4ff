import type { Workbook } from 'exceljs';
import type JSZip from 'jszip';
import { hookRenderedParts } from './step-hooks';

/** A table part's name, from its start tag: `<table … name="表1" …>`. */
const TABLE_NAME = /<table\b[^>]*?\sname="([^"]*)"/u;
/** A table's filter, whole, and its range. */
const AUTO_FILTER = /<autoFilter\b[^>]*?\sref="([^"]*)"[^>]*?(?:\/>|>[\s\S]*?<\/autoFilter>)/u;
/** A column of the filter that filters: it has criteria inside. */
const CRITERIA = /<filterColumn\b[^>]*[^/]>/u;

/**
 * A table's filter whose criteria are not kept: one that filters or sorts by a colour (`dxfId`, a format of the
 * workbook's styles, which ExcelJS numbers anew) or an icon, or has an extension, whose namespace the copy's table
 * part does not declare. Tested on the package as it is, its elements prefixed or not.
 */
export const UNKEPT_TABLE_CRITERIA =
  /<(?:\w+:)?autoFilter\b(?:(?!<\/(?:\w+:)?autoFilter>)[\s\S])*?(?:<(?:\w+:)?(?:colorFilter|iconFilter|extLst)\b|\s(?:dxfId|iconSet)=)/u;

/**
 * The filters of the tables (套用表格格式) that filter by values, a condition, the top ten or a date, each as its
 * table part writes it, by its table's name. Call on a package whose SpreadsheetML has no prefix, before its
 * filters are rewritten for ExcelJS (table-defaults.ts).
 */
export async function readTableFilterCriteria(zip: JSZip): Promise<Map<string, string>> {
  const filters = new Map<string, string>();
  for (const path of Object.keys(zip.files)) {
    if (!/^xl\/tables\/[^/]+\.xml$/u.test(path)) continue;
    const xml = await zip.file(path)!.async('string');
    const name = TABLE_NAME.exec(xml)?.[1];
    const filter = AUTO_FILTER.exec(xml)?.[0];
    if (name === undefined || filter === undefined) continue;
    if (CRITERIA.test(filter) && !UNKEPT_TABLE_CRITERIA.test(filter)) filters.set(name, filter);
  }
  return filters;
}

/**
 * Writes each table's filter with the criteria read by readTableFilterCriteria. ExcelJS keeps a table's filter
 * buttons and the rows its filter hid, but not what the filter shows, so the copy showed rows hidden under a
 * filter that filtered nothing. The criteria are kept only where the copy's table filters the same range.
 */
export function keepTableFilterCriteria(workbook: Workbook, filters: ReadonlyMap<string, string>): void {
  if (filters.size === 0) return;
  hookRenderedParts(workbook, 'addTables', (_, xml) => {
    const original = filters.get(TABLE_NAME.exec(xml)?.[1] ?? '');
    const written = AUTO_FILTER.exec(xml);
    if (original === undefined || written === null || AUTO_FILTER.exec(original)?.[1] !== written[1])
      return xml;
    return xml.replace(written[0], () => original);
  });
}
