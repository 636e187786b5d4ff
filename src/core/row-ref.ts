/** A row of a sheet, as the officer sees it (Excel's 1-based row number). */
export interface RowRef {
  sheet: string;
  row: number;
}

/**
 * A row also named by its unit and project, as the marks record keeps them (normalised, spaces taken out; either may
 * be ''): a row that may have moved or gone since its number was taken.
 */
export interface NamedRow extends RowRef {
  unit: string;
  project: string;
}

/** The rows of each sheet, sheets in the order they first appear and rows in the order given. */
export function rowsBySheet(refs: readonly RowRef[]): Map<string, number[]> {
  const bySheet = new Map<string, number[]>();
  for (const ref of refs) {
    const rows = bySheet.get(ref.sheet);
    if (rows) rows.push(ref.row);
    else bySheet.set(ref.sheet, [ref.row]);
  }
  return bySheet;
}

/**
 * A row together with the other rows it names, as one list: the rows of its own sheet first, itself among them in
 * order, then the rows of the other sheets as given. `others` lists each sheet's rows in order.
 */
export function withOwnRow(own: RowRef, others: readonly RowRef[]): RowRef[] {
  const sameSheet = others.filter((ref) => ref.sheet === own.sheet);
  const after = sameSheet.findIndex((ref) => ref.row > own.row);
  sameSheet.splice(after < 0 ? sameSheet.length : after, 0, own);
  return [...sameSheet, ...others.filter((ref) => ref.sheet !== own.sheet)];
}
