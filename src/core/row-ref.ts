/** A row of a sheet, as the officer sees it (Excel's 1-based row number). */
export interface RowRef {
  sheet: string;
  row: number;
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
