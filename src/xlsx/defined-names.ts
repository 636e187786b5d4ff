import type { Workbook } from 'exceljs';
import { FILTER_DATABASE } from './filter-database';
import { PRINT_AREA, PRINT_TITLES } from './print-areas';
import { hookReconcile, hookRenderedParts, readWorkbookXml } from './step-hooks';

/** A name as the original writes it, whole, and the sheet it belongs to; none for a name of the workbook. */
interface KeptName {
  xml: string;
  sheet?: string;
}

const DEFINED_NAME = /<definedName\b([^>]*?)(?:\/>|>[\s\S]*?<\/definedName>)/gu;
const LOCAL_SHEET_ID = /\slocalSheetId="(\d+)"/u;
const NAME = /\sname="([^"]*)"/u;
/**
 * Excel's own names that ExcelJS and this project's modules write for each sheet from what they keep of it: its
 * print area and titles (print-areas.ts) and its filter's range (filter-database.ts).
 */
const WRITTEN_FROM_SHEETS: readonly string[] = [PRINT_AREA, PRINT_TITLES, FILTER_DATABASE];
/** A reference to another workbook (`[1]名单!$A$1`), through a link that the copy may not keep (external-links.ts). */
const OTHER_WORKBOOK = /\[\d+\]/u;

/**
 * The names of a workbook part to keep, each with the position of its sheet among the sheets, if it has one; with
 * those that refer to another workbook when the copy keeps the links to other workbooks.
 */
function namesToKeep(xml: string, keepsLinks: boolean): { xml: string; sheetIndex?: number }[] {
  return [...xml.matchAll(DEFINED_NAME)].flatMap(([element, attributes = '']) => {
    if (WRITTEN_FROM_SHEETS.includes(NAME.exec(attributes)?.[1] ?? '')) return [];
    if (!keepsLinks && OTHER_WORKBOOK.test(element)) return [];
    const id = LOCAL_SHEET_ID.exec(attributes)?.[1];
    return [id === undefined ? { xml: element } : { xml: element, sheetIndex: Number(id) }];
  });
}

/** The parts of ExcelJS's loaded model that this module reaches into. */
interface LoadedModel {
  sheets?: { name: string }[];
  definedNames?: { name: string }[];
}
interface WrittenModel {
  worksheets: ({ name: string } | undefined)[];
}

/** The kept names as the copy's workbook part writes them, each of a sheet's own given its sheet's place there. */
function writtenNames(kept: readonly KeptName[], sheets: readonly string[]): string {
  return kept
    .flatMap(({ xml, sheet }) => {
      if (sheet === undefined) return [xml];
      const at = sheets.indexOf(sheet);
      return at < 0 ? [] : [xml.replace(LOCAL_SHEET_ID, ` localSheetId="${at}"`)];
    })
    .join('');
}

/**
 * Keeps the names an officer defines (名称管理器) as the original writes them: of a range, a formula or a constant,
 * hidden or not, the workbook's or one sheet's own. ExcelJS keeps of a name only the ranges it can read in it, so a
 * formula became a reference to a sheet named after its first part (`OFFSET(方向列表!$A$1,…)` became
 * `'OFFSET(方向列表'!$A$1`, and a drop-down list of that name showed nothing) and a constant was dropped; and it made
 * one name of the workbook of all names so named, so a formula on one sheet came to mean another sheet's cells.
 * A name of one sheet's own is written for its sheet, found by its name in the copy; one of a sheet the copy no
 * longer has (one of ours, cleared) is left out, and so is a name that refers to another workbook unless the copy
 * keeps the links to other workbooks (`keepsLinks`). Excel's rarer own names (`_xlnm.Criteria`, `_xlnm.Extract` of an advanced filter, and others) are
 * kept so too: ExcelJS made each one name of the workbook, without its sheet. The print area and titles and a
 * filter's range are left to ExcelJS and the modules that write them. Call before `workbook.xlsx.load`.
 */
export function keepDefinedNames(workbook: Workbook, keepsLinks: boolean): void {
  let workbookXml = '';
  let kept: KeptName[] = [];
  readWorkbookXml(workbook, (xml) => (workbookXml = xml));
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    kept = namesToKeep(workbookXml, keepsLinks).flatMap(({ xml, sheetIndex }) => {
      if (sheetIndex === undefined) return [{ xml }];
      const sheet = model.sheets?.[sheetIndex]?.name;
      return sheet === undefined ? [] : [{ xml, sheet }];
    });
    workbookXml = '';
    // ExcelJS is left the names written from the sheets alone: the others it would write again, mangled, beside the
    // ones kept.
    model.definedNames = model.definedNames?.filter(({ name }) => WRITTEN_FROM_SHEETS.includes(name));
    reconcile();
  });
  hookRenderedParts<WrittenModel>(workbook, 'addWorkbook', (_, xml, model) => {
    const names = writtenNames(
      kept,
      model.worksheets.flatMap((sheet) => (sheet ? [sheet.name] : [])),
    );
    if (names === '') return xml;
    return xml.includes('</definedNames>')
      ? xml.replace('</definedNames>', () => `${names}</definedNames>`)
      : xml.replace('</sheets>', () => `</sheets><definedNames>${names}</definedNames>`);
  });
}
