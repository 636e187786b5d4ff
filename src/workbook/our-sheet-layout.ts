import type { OurSheet } from './port';

/** The grey of our tables' header rows. */
export const HEADER_FILL = '#D9D9D9';

/**
 * Where the parts of one of our sheets go, in every host: heading lines in column A from
 * row 1; the table's header row below the heading and a blank line; the body under it; footer lines below the body
 * and a blank line. Without columns there is no table and the rows follow the heading. Rows are 1-based.
 */
export interface OurSheetLayout {
  headerRow: number | undefined;
  bodyRow: number;
  /** The last row that the autofilter covers: the body's, without a total row. */
  filterEndRow: number;
  footerRow: number;
  width: number;
}

export function ourSheetLayout(sheet: OurSheet): OurSheetLayout {
  const headerRow = sheet.columns.length === 0 ? undefined : sheet.heading.length + 2;
  const bodyRow = headerRow === undefined ? sheet.heading.length + 1 : headerRow + 1;
  return {
    headerRow,
    bodyRow,
    filterEndRow: bodyRow + sheet.rows.length - (sheet.endsWithTotal ? 2 : 1),
    footerRow: bodyRow + sheet.rows.length + 1,
    width: sheet.rows.reduce(
      (widest, row) => Math.max(widest, row.length),
      Math.max(1, sheet.columns.length),
    ),
  };
}
