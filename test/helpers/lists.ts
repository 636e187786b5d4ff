import type { ListReading } from '../../src/core/list-sheets';

/** The list a reading gave; fails the test when it gave none. */
export function listOf<List>(reading: ListReading<List>): List {
  if (!reading.ok) throw new Error(`no list: ${reading.failure}`);
  return reading.list;
}
