import type { Entry } from '../table/entry';
import type { UnitIdentity } from './unit-identity';

/**
 * The units that the rows of one name written with two codes or more belong to (a group of `namesWithCodes`), by
 * their numbers, as they first appear. Reference §5 keeps them apart, one unit per code; yet a registered name is
 * one legal person's, so what they would have together is what is at stake (see `uscc-conflict`).
 */
export function namesakeUnits(rows: readonly Entry[], units: UnitIdentity): number[] {
  const found = new Set<number>();
  for (const entry of rows) {
    const unit = units.unitOf(entry);
    if (unit !== undefined) found.add(unit);
  }
  return [...found];
}
