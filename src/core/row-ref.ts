/** A row of a sheet, as the officer sees it (Excel's 1-based row number). */
export interface RowRef {
  sheet: string;
  row: number;
}
