import type JSZip from 'jszip';

/** A relationship's element in a relationships part (`xl/_rels/workbook.xml.rels`). */
export const RELATIONSHIP = /<Relationship\b[^>]*>/gu;

/** The end of a worksheet relationship's type (chart sheets hold no data to check). */
export const WORKSHEET_TYPE = '/worksheet';

/** An attribute's value in a start tag. */
export const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`, 'u').exec(tag)?.[1];

/** A part's relationships part: `xl/worksheets/_rels/sheet1.xml.rels` for `xl/worksheets/sheet1.xml`. */
export const relsOf = (part: string): string => part.replace(/([^/]+)$/u, '_rels/$1.rels');

/** The part that a relationship of the workbook part targets, from the package's root. */
export const workbookTarget = (target: string): string =>
  target.startsWith('/') ? target.slice(1) : `xl/${target}`;

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
 * The zip entry of the part that a path names, as a package finds it: in any case, through `./` and `../`
 * (`xl/./worksheets/sheet2.xml` and `xl/../xl/worksheets/sheet2.xml` name `xl/worksheets/Sheet2.xml`). Undefined when
 * the package has no such part.
 */
export function entryOf(zip: JSZip, path: string): string | undefined {
  if (zip.file(path) !== null) return path;
  const key = partKey(path);
  return Object.values(zip.files).find((entry) => !entry.dir && partKey(entry.name) === key)?.name;
}
