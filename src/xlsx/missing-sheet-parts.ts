import type JSZip from 'jszip';
import { attribute, RELATIONSHIP, workbookTarget } from './package-relationships';

/** A sheet's element in the workbook part, with the id of its relationship. */
const SHEET = /<sheet\b[^>]*?\sr:id="([^"]*)"/gu;

/**
 * Whether the workbook part lists a sheet whose part the package lacks: a package damaged in copying or by a tool
 * that wrote it. ExcelJS loads such a workbook without that sheet, and would leave it unchecked in silence, or call
 * the workbook one without sheets.
 */
export async function listsMissingSheetPart(zip: JSZip): Promise<boolean> {
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (workbook === undefined || rels === undefined) return false;
  const targets = new Map<string, string>();
  for (const tag of rels.match(RELATIONSHIP) ?? []) {
    const [id, target] = [attribute(tag, 'Id'), attribute(tag, 'Target')];
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  return [...workbook.matchAll(SHEET)].some(([, id = '']) => {
    const target = targets.get(id);
    return target === undefined || zip.file(workbookTarget(target)) === null;
  });
}
