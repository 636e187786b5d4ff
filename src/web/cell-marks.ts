import { columnNumber } from '../core/column-letter';
import type { Finding } from '../core/finding';
import type { Severity } from '../core/severity';

/** The worst severity of each place with a finding, keyed by cellKey (column 0 for a whole-row finding). */
export type CellMarks = ReadonlyMap<string, Severity>;

/** The key of a place in CellMarks. */
export const cellKey = (sheet: string, row: number, column: number): string =>
  `${sheet}\u0000${row}\u0000${column}`;

/** Where the preview highlights the findings: an error outranks a warning on the same cell. */
export function cellMarks(findings: readonly Finding[]): CellMarks {
  const marks = new Map<string, Severity>();
  for (const finding of findings) {
    const key = cellKey(finding.sheet, finding.row, finding.column ? columnNumber(finding.column) : 0);
    if (marks.get(key) !== 'error') marks.set(key, finding.severity);
  }
  return marks;
}
