import type { CheckResult } from '../core/check';
import { columnNumber } from '../core/column-letter';
import type { Field } from '../core/fields';

/**
 * The field of a checked sheet's column (申报单位, 联系电话…), or undefined for a column the check did not map. Marks
 * are recorded with it, so that clearing finds a marked column again after the officer inserts or deletes a column
 * before it (a 备注 column, say), where the column's number alone would point at its neighbour.
 */
export function checkedColumnField(
  result: CheckResult,
): (sheetName: string, column: number) => Field | undefined {
  const fields = new Map<string, Field>();
  for (const { name, columns } of result.sheets) {
    for (const [field, letter] of Object.entries(columns) as [Field, string][]) {
      const key = `${name}\u0000${columnNumber(letter)}`;
      if (!fields.has(key)) fields.set(key, field);
    }
  }
  return (sheetName, column) => fields.get(`${sheetName}\u0000${column}`);
}
