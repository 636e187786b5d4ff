import type { Entry } from '../table/entry';
import type { UnitIdentity } from './unit-identity';

/**
 * The units that the rows of one name written with two codes or more belong to (a group of `namesWithCodes`), or of
 * one code written under names of different units (of `codesUnderNames`), by their numbers, as they first appear.
 * Reference §5 keeps them apart, one unit per code, and a code's names apart where they differ clearly; yet a
 * registered name, and a code, is one legal person's, so what they would have together is what is at stake (see
 * `uscc-conflict`).
 */
export function namesakeUnits(rows: readonly Entry[], units: UnitIdentity): number[] {
  const found = new Set<number>();
  for (const entry of rows) {
    const unit = units.unitOf(entry);
    if (unit !== undefined) found.add(unit);
  }
  return [...found];
}
