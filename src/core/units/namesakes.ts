import type { Entry } from '../table/entry';
import type { UnitIdentity } from './unit-identity';

/**
 * The units that the rows of one name written with two codes or more belong to (a group of `namesWithCodes`), or of
 * one code written under names of different units (of `codesUnderNames`), by their numbers, as they first appear.
 * Reference §5 keeps them apart, one unit per code, and a code's names apart where they differ clearly; yet a
 * registered name, and a code, is one legal person's, so what they would have together is what is at stake (see
 * `uscc-conflict`).
 */
function namesakeUnits(rows: readonly Entry[], units: UnitIdentity): number[] {
  const found = new Set<number>();
  for (const entry of rows) {
    const unit = units.unitOf(entry);
    if (unit !== undefined) found.add(unit);
  }
  return [...found];
}

/**
 * The units a group of rows ties together (see namesakeUnits) and their projects together, where they are several
 * units; `projectsOf` counts a unit's projects as the limit does.
 */
export function projectsTogether(
  rows: readonly Entry[],
  units: UnitIdentity,
  projectsOf: (unit: number) => number,
): { units: number[]; projects: number } | undefined {
  const tied = namesakeUnits(rows, units);
  if (tied.length < 2) return undefined;
  return { units: tied, projects: tied.reduce((sum, unit) => sum + projectsOf(unit), 0) };
}
