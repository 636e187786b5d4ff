import type { NamedRow } from '../core/row-ref';
import type { RecordedMark } from './mark-record';
import { contentKeyParts } from './row-keys';

/**
 * The rows of marks that could not be found again, each once however many of its cells were marked, named by the
 * unit and project the record keys it by: its old number may now hold another project, so it is only said beside.
 */
export function lostRows(marks: readonly RecordedMark[]): NamedRow[] {
  const rows = new Map<string, NamedRow>();
  for (const { sheet, row, key } of marks) {
    const id = `${sheet}\u0000${row}\u0000${key}`;
    if (!rows.has(id)) rows.set(id, { sheet, row, ...contentKeyParts(key) });
  }
  return [...rows.values()];
}
