/** A relationship's element in a relationships part (`xl/_rels/workbook.xml.rels`). */
export const RELATIONSHIP = /<Relationship\b[^>]*>/gu;

/** An attribute's value in a start tag. */
export const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`, 'u').exec(tag)?.[1];

/** A part's relationships part: `xl/worksheets/_rels/sheet1.xml.rels` for `xl/worksheets/sheet1.xml`. */
export const relsOf = (part: string): string => part.replace(/([^/]+)$/u, '_rels/$1.rels');

/** The part that a relationship of the workbook part targets, from the package's root. */
export const workbookTarget = (target: string): string =>
  target.startsWith('/') ? target.slice(1) : `xl/${target}`;
