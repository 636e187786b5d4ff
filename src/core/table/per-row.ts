import type { Entry } from './entry';

/**
 * What `work` makes of a row, made the first time it is asked for and kept by the row's index: for what only some
 * rules need of some rows. A row with no place among the checked ones (a template's example row) is not kept.
 */
export function perRow<T>(rows: number, work: (entry: Entry) => T): (entry: Entry) => T {
  const made: (T | undefined)[] = new Array<T | undefined>(rows);
  return (entry) => {
    if (entry.index < 0) return work(entry);
    let value = made[entry.index];
    if (value === undefined) made[entry.index] = value = work(entry);
    return value;
  };
}
