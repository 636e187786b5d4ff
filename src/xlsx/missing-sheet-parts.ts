import type JSZip from 'jszip';
import { attribute, RELATIONSHIP, workbookTarget } from './package-relationships';

/** A sheet's element in the workbook part, with the id of its relationship. */
const SHEET = /<sheet\b[^>]*?\sr:id="([^"]*)"/gu;

/** The end of a worksheet relationship's type (chart sheets hold no data to check). */
const WORKSHEET_TYPE = '/worksheet';

/**
 * A part's name as a package compares it: without `.` and `..` segments, in lower case (part names in a package
 * are compared case-insensitively, and Excel reads `Worksheets/Sheet1.xml` for `worksheets/sheet1.xml`).
 */
function partKey(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/').toLowerCase();
}

/**
 * Whether the workbook part lists a worksheet whose part the package lacks: a package damaged in copying or by a
 * tool that wrote it. ExcelJS loads such a workbook without that sheet, and would leave it unchecked in silence, or
 * call the workbook one without sheets.
 */
export async function listsMissingSheetPart(zip: JSZip): Promise<boolean> {
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (workbook === undefined || rels === undefined) return false;
  const worksheets = new Map<string, string>();
  for (const tag of rels.match(RELATIONSHIP) ?? []) {
    const [id, target, type] = [attribute(tag, 'Id'), attribute(tag, 'Target'), attribute(tag, 'Type')];
    if (id !== undefined && target !== undefined && type?.endsWith(WORKSHEET_TYPE))
      worksheets.set(id, partKey(workbookTarget(target)));
  }
  const parts = new Set(Object.keys(zip.files).map(partKey));
  return [...workbook.matchAll(SHEET)].some(([, id = '']) => {
    const part = worksheets.get(id);
    return part !== undefined && !parts.has(part);
  });
}
