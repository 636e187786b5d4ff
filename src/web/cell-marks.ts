import type { Finding } from '../core/finding';
import type { Severity } from '../core/severity';
import type { CellRef } from '../workbook/port';

/** The worst severity of each place with a finding, keyed by cellKey (column 0 for a whole-row finding). */
export type CellMarks = ReadonlyMap<string, Severity>;

/** The key of a place in CellMarks. */
export const cellKey = (sheet: string, row: number, column: number): string =>
  `${sheet}\u0000${row}\u0000${column}`;

/**
 * Where the preview highlights the findings, each at its place in `shownAt` (where its cell is written, as the marks
 * go); a whole-row finding on its row's number. An error outranks a warning on the same cell.
 */
export function cellMarks(findings: readonly Finding[], shownAt: readonly CellRef[]): CellMarks {
  const marks = new Map<string, Severity>();
  findings.forEach((finding, i) => {
    const shown = shownAt[i];
    if (!shown) return;
    const key = cellKey(shown.sheet, shown.row, finding.column ? shown.column : 0);
    if (marks.get(key) !== 'error') marks.set(key, finding.severity);
  });
  return marks;
}
