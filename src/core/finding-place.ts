import { columnLetter } from './column-letter';
import type { Finding } from './finding';

/**
 * Where a finding is told to be: the cell where its value is written, which its mark and a click on it go to; and,
 * when that cell is on another row (a 同上 cell takes the value of a row above, a merged cell is written in its top
 * row), the row the finding is about. A finding about a whole row is at its row.
 */
export interface FindingPlace {
  sheet: string;
  column: string | null;
  row: number;
  forRow?: number;
}

/** The place of a finding whose cell is written at `written` (row and column number), where one is known. */
export function findingPlace(
  finding: Finding,
  written: { row: number; column: number } | undefined,
): FindingPlace {
  const { sheet, column, row } = finding;
  if (column === null || written === undefined) return { sheet, column, row };
  const place = { sheet, column: columnLetter(written.column), row: written.row };
  return written.row === row ? place : { ...place, forRow: row };
}
