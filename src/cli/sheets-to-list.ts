import { editDistance } from '../core/similarity/edit-distance';

/** How many sheet names a failure lists at most: the 300 sheets of a city's districts are no list to read. */
export const MOST_SHEETS_LISTED = 10;

/**
 * The sheet names that a failure about `--sheet typed` lists, and how many sheets there are: every name where they
 * are few; else the names nearest to the one typed (fewest characters added, dropped or changed; a name that holds it,
 * or that it holds, first), the rest in the workbook's order, cut at MOST_SHEETS_LISTED.
 */
export function sheetsToList(names: readonly string[], typed: string): { listed: string[]; total: number } {
  if (names.length <= MOST_SHEETS_LISTED) return { listed: [...names], total: names.length };
  const distance = (name: string) =>
    name.includes(typed) || typed.includes(name) ? 0 : editDistance(typed, name);
  const listed = names
    .map((name, order) => ({ name, order, distance: distance(name) }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, MOST_SHEETS_LISTED)
    .map(({ name }) => name);
  return { listed, total: names.length };
}

/**
 * The values of a failure about `--sheet typed` that name the sheets (see sheetsToList): `sheets`, joined by `join`,
 * and `total` where they are fewer than the workbook's.
 */
export function sheetsValues(names: readonly string[], typed: string, join: string): Record<string, string> {
  const { listed, total } = sheetsToList(names, typed);
  return { sheets: listed.join(join), ...(listed.length < total ? { total: String(total) } : {}) };
}
