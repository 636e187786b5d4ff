import type JSZip from 'jszip';
import { attribute, entryOf, RELATIONSHIP, relsOf, workbookTarget } from './package-relationships';

const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

/** The first of the names that no part has yet, or undefined. */
type FreeName = (taken: ReadonlySet<string>) => string | undefined;

const numberedSheet: FreeName = (taken) => {
  let n = 1;
  while (taken.has(`xl/worksheets/sheet${n}.xml`)) n++;
  return `xl/worksheets/sheet${n}.xml`;
};
const only =
  (name: string): FreeName =>
  (taken) =>
    taken.has(name) ? undefined : name;

/** The parts that ExcelJS finds by name alone, by the end of their relationship type, with their usual names. */
const USUAL: readonly { type: string; isUsual: RegExp; freeName: FreeName }[] = [
  { type: '/worksheet', isUsual: /^xl\/worksheets\/sheet\d+\.xml$/u, freeName: numberedSheet },
  { type: '/sharedStrings', isUsual: /^xl\/sharedStrings\.xml$/u, freeName: only('xl/sharedStrings.xml') },
  { type: '/styles', isUsual: /^xl\/styles\.xml$/u, freeName: only('xl/styles.xml') },
];

/**
 * ExcelJS finds worksheets, shared strings and styles by their usual part names (`xl/worksheets/sheet1.xml`,
 * `xl/sharedStrings.xml`, `xl/styles.xml`), where Excel follows the workbook's relationships. A package that names
 * them otherwise (ClosedXML writes its first sheet as `sheet.xml`) lost those sheets silently, and its strings read
 * as their index numbers. This moves such parts to their usual names, and points the relationships that spell a part
 * otherwise than its zip entry (`./worksheets/sheet2.xml`, `sharedStrings.xml` for `xl/SharedStrings.xml`: a package
 * compares part names in any case) at the entry; it says whether it changed anything.
 */
export async function moveToUsualPartNames(zip: JSZip): Promise<boolean> {
  const relsPart = zip.file(WORKBOOK_RELS);
  if (relsPart === null) return false;
  const taken = new Set(Object.keys(zip.files));
  const moves: [from: string, to: string][] = [];
  const original = await relsPart.async('string');
  const rels = original.replace(RELATIONSHIP, (element) => {
    const type = attribute(element, 'Type');
    const target = attribute(element, 'Target');
    const kind = USUAL.find((usual) => type?.endsWith(usual.type));
    if (kind === undefined || target === undefined) return element;
    const part = entryOf(zip, workbookTarget(target));
    if (part === undefined) return element;
    // ExcelJS looks a sheet up by its target as spelled, from the workbook part's folder.
    if (kind.isUsual.test(part))
      return part === workbookTarget(target)
        ? element
        : element.replace(`Target="${target}"`, `Target="/${part}"`);
    const to = kind.freeName(taken);
    if (to === undefined) return element;
    taken.add(to);
    moves.push([part, to], [entryOf(zip, relsOf(part)) ?? relsOf(part), relsOf(to)]);
    return element.replace(`Target="${target}"`, `Target="/${to}"`);
  });
  if (rels === original) return false;
  for (const [from, to] of moves) {
    const file = zip.file(from);
    if (file === null) continue;
    zip.file(to, await file.async('uint8array'));
    zip.remove(from);
  }
  zip.file(WORKBOOK_RELS, rels);
  return true;
}
