import { fieldText, type Entry } from '../table/entry';
import { unitsNamedTogether } from './applicant-unit';
import type { UnitIdentity } from './unit-identity';
import { unitKey } from './unit-key';
import { writtenUnits } from './written-units';

/** Where units appear as joint applicants (联合申报单位), beside the applicant units of a `UnitIdentity`. */
export interface JointApplicants {
  /** For each unit of the identity, at its number, the rows that name it as a joint applicant, in reading order. */
  readonly ofUnit: readonly (readonly Entry[])[];
  /** Units that no row names as its applicant, with their name as first written and their rows, as they appear. */
  readonly only: readonly { readonly name: string; readonly rows: readonly Entry[] }[];
}

const cache = new WeakMap<UnitIdentity, JointApplicants>();

const NO_ROWS: readonly Entry[] = [];

/**
 * Finds the joint applicants of every row (reference §1: "A joint-applicant column (联合申报单位) is listed in the unit
 * summary but not counted", an unverified reading that the profile's `countJointApplicants` can turn around). A joint
 * name belongs to the applicant unit that has a row under the same normalised name (the first such unit, when one name
 * has two codes: `uscc-conflict` reports that); a row's own applicant is not its joint applicant too, and a row names a
 * unit once however often the cell repeats it. The result is kept per identity, since the rule and the summary both
 * need it.
 */
export function jointApplicants(entries: readonly Entry[], units: UnitIdentity): JointApplicants {
  const known = cache.get(units);
  if (known) return known;
  const naming = entries.filter((entry) => fieldText(entry, 'jointUnit') !== '');
  // Most sheets have no 联合申报单位 column, or leave it empty: then no name needs looking up.
  if (naming.length === 0) {
    const none: JointApplicants = { ofUnit: units.units.map(() => NO_ROWS), only: [] };
    cache.set(units, none);
    return none;
  }
  const unitOfName = new Map<string, number>();
  units.units.forEach((rows, unit) => {
    for (const entry of rows) {
      const name = units.nameOf(entry);
      if (name && !unitOfName.has(name)) unitOfName.set(name, unit);
    }
  });
  const ofUnit: Entry[][] = units.units.map(() => []);
  const only = new Map<string, { name: string; rows: Entry[] }>();
  for (const entry of naming) {
    const text = fieldText(entry, 'jointUnit');
    const own = units.unitOf(entry);
    for (const { name, key } of writtenUnits(text)) {
      const unit = unitOfName.get(key);
      const rows = unit === undefined ? only.get(key)?.rows : ofUnit[unit]!;
      if ((unit !== undefined && unit === own) || rows?.[rows.length - 1] === entry) continue;
      if (rows) rows.push(entry);
      else only.set(key, { name, rows: [entry] });
    }
  }
  const result = { ofUnit, only: [...only.values()] };
  cache.set(units, result);
  return result;
}

/** One unit with its rows as the applicant and as a joint applicant. */
export interface UnitRows {
  /** The unit's name as its first row that names it alone writes it, or as its first row names it among others. */
  unit: string;
  applicant: readonly Entry[];
  joint: readonly Entry[];
}

/**
 * A unit's name as written: on its first row that names it alone; or else as its first row names it among the notes
 * and joint units of its cell (甲科技有限公司（牵头）、乙大学 names 甲科技有限公司, see unitsNamedTogether), or as
 * that row writes it.
 */
function writtenName(rows: readonly Entry[], units: UnitIdentity): string {
  const alone = rows.find((row) => unitKey(fieldText(row, 'unit')) === units.nameOf(row));
  if (alone) return fieldText(alone, 'unit');
  const first = rows[0]!;
  const text = fieldText(first, 'unit');
  return unitsNamedTogether(text).find(({ key }) => key === units.nameOf(first))?.name ?? text;
}

/** Every applicant unit, then every unit named only as a joint applicant, each with both kinds of rows. */
export function unitRows(entries: readonly Entry[], units: UnitIdentity): UnitRows[] {
  const joint = jointApplicants(entries, units);
  return [
    ...units.units.map((rows, unit) => ({
      unit: writtenName(rows, units),
      applicant: rows,
      joint: joint.ofUnit[unit]!,
    })),
    ...joint.only.map(({ name, rows }) => ({ unit: name, applicant: [], joint: rows })),
  ];
}

/** The rows that count against the limit: the applicant's, and the joint applicant's when the profile says so. */
export function countedRows(unit: UnitRows, countJoint: boolean): Entry[] {
  if (!countJoint || unit.joint.length === 0) return [...unit.applicant];
  return [...unit.applicant, ...unit.joint].sort((a, b) => a.index - b.index);
}
