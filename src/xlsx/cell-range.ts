import { columnLetter, columnNumber } from '../core/column-letter';

/** A rectangle of cells, by 1-based row and column numbers. */
export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `B2:C3` or `$B$2:$C$3`, in either order, and a single cell `B2`: a range as a sheet's XML lists it. */
const RANGE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/u;

/** The area of a range; undefined for one written otherwise. */
export function rangeArea(range: string): CellArea | undefined {
  const match = RANGE.exec(range.toUpperCase());
  if (!match) return undefined;
  const [, left, top, right = left!, bottom = top!] = match;
  const rows = [Number(top), Number(bottom)];
  const columns = [columnNumber(left!), columnNumber(right)];
  return {
    top: Math.min(...rows),
    left: Math.min(...columns),
    bottom: Math.max(...rows),
    right: Math.max(...columns),
  };
}

/** An area as ExcelJS writes a range: `B2:C3`, top left first; a single cell as its address, `B2`. */
export function rangeOf({ top, left, bottom, right }: CellArea): string {
  const start = `${columnLetter(left)}${top}`;
  return top === bottom && left === right ? start : `${start}:${columnLetter(right)}${bottom}`;
}
