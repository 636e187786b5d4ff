import JSZip from 'jszip';
import type { LostPart } from '../core/write-texts';

/** Package paths whose presence means ExcelJS will drop that part when it writes the workbook again. */
const PART_PATHS: readonly [LostPart, RegExp][] = [
  ['pivot-tables', /^xl\/pivot(?:Tables|Cache)\//u],
  ['charts', /^xl\/(?:charts|chartsheets)\//u],
  ['slicers', /^xl\/slicer(?:s|Caches)\//u],
  ['timelines', /^xl\/timeline(?:s|Caches)\//u],
  ['threaded-comments', /^xl\/threadedComments\//u],
  ['macros', /vbaProject\.bin$/u],
];

/** Data validations stored as a worksheet extension (lists from another sheet, as Excel 2010 wrote them). */
const EXTENDED_VALIDATIONS = '<x14:dataValidations';

/**
 * The parts of an .xlsx package that a copy written by ExcelJS would lack: pivot tables, charts, slicers, timelines,
 * threaded comments, macros, and data validations stored as extensions. Looked for before
 * writing a copy, so that the report and the command can say what the copy lacks.
 */
export async function lostParts(bytes: Uint8Array): Promise<LostPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const paths = Object.keys(zip.files);
  const found = new Set<LostPart>();
  for (const [part, pattern] of PART_PATHS) if (paths.some((path) => pattern.test(path))) found.add(part);
  const sheets = paths.filter((path) => /^xl\/worksheets\/[^/]+\.xml$/u.test(path));
  for (const path of sheets) {
    const xml = await zip.file(path)!.async('string');
    if (xml.includes(EXTENDED_VALIDATIONS)) found.add('extended-validations');
  }
  return [...found];
}
