import { fieldText, type Entry } from '../table/entry';
import { applicantAsWritten, unitsNamedTogether } from './applicant-unit';
import type { UnitIdentity } from './unit-identity';
import { unitKey } from './unit-key';
import { writtenUnits, type WrittenUnit } from './written-units';

/** The cell where a row names a unit as a joint applicant: its 申报单位 cell (甲科技有限公司、乙大学) or 联合申报单位. */
type JointField = 'unit' | 'jointUnit';

/** The rows that name one unit as a joint applicant, in reading order, each with the cell that names it there. */
type JointRows = ReadonlyMap<Entry, JointField>;

/** Where units appear as joint applicants, beside the applicant units of a `UnitIdentity`. */
interface JointApplicants {
  /** For each unit of the identity, at its number, the rows that name it as a joint applicant. */
  readonly ofUnit: readonly JointRows[];
  /** Units that no row names as its applicant, with their name as first written and their rows, as they appear. */
  readonly only: readonly { readonly name: string; readonly rows: JointRows }[];
  /** The joint names of each row that writes any (see jointNames). */
  readonly namesOf: ReadonlyMap<Entry, readonly JointName[]>;
}

const cache = new WeakMap<UnitIdentity, JointApplicants>();

/** A joint name as a row writes it, and the cell where it does. */
type JointName = WrittenUnit & { field: JointField };

const NO_NAMES: readonly JointName[] = [];

const NO_UNITS: readonly WrittenUnit[] = [];

const NO_ROWS: JointRows = new Map();

/**
 * The units a row names beside its applicant, where it names them: the others of a 申报单位 cell that names several
 * (甲科技有限公司（牵头）、乙大学, 甲科技有限公司和乙大学: see unitsNamedTogether), then those of its 联合申报单位 cell.
 */
function jointNames(entry: Entry, units: UnitIdentity): readonly JointName[] {
  const together = units.isPlain(entry) ? NO_UNITS : unitsNamedTogether(fieldText(entry, 'unit'));
  const joint = fieldText(entry, 'jointUnit');
  // Most rows name their applicant alone: nothing to look up or to allocate.
  if (together.length === 0 && joint === '') return NO_NAMES;
  const applicant = units.nameOf(entry);
  return [
    ...together
      .filter(({ key }) => key !== applicant)
      .map((written) => ({ ...written, field: 'unit' as const })),
    ...(joint ? writtenUnits(joint) : []).map((written) => ({ ...written, field: 'jointUnit' as const })),
  ];
}

/** The first unit of an identity under each normalised name that its rows write. */
function unitsByName(units: UnitIdentity): Map<string, number> {
  const unitOfName = new Map<string, number>();
  units.units.forEach((rows, unit) => {
    for (const entry of rows) {
      const name = units.nameOf(entry);
      if (name && !unitOfName.has(name)) unitOfName.set(name, unit);
    }
  });
  return unitOfName;
}

/**
 * Finds the joint applicants of every row (reference §1: "A joint-applicant column (联合申报单位) is listed in the unit
 * summary but not counted", an unverified reading that the profile's `countJointApplicants` can turn around), whether
 * a 联合申报单位 cell names them or the 申报单位 cell names them after the applicant. A joint name belongs to the
 * applicant unit that has a row under the same normalised name (the first such unit, when one name has two codes:
 * `uscc-conflict` reports that); a row's own applicant is not its joint applicant too, and a row names a unit once
 * however often its cells repeat it. The result is kept per identity, since the rule and the summary both need it.
 */
function jointApplicants(entries: readonly Entry[], units: UnitIdentity): JointApplicants {
  const known = cache.get(units);
  if (known) return known;
  // Built when a row first names a joint unit: most sheets name none.
  let unitOfName: Map<string, number> | undefined;
  const ofUnit: (Map<Entry, JointField> | undefined)[] = [];
  const only = new Map<string, { name: string; rows: Map<Entry, JointField> }>();
  const namesOf = new Map<Entry, readonly JointName[]>();
  // forEach, not for…of: this loop runs once per check, mostly unoptimised, where for…of allocates at every row.
  entries.forEach((entry) => {
    const names = jointNames(entry, units);
    if (names.length === 0) return;
    namesOf.set(entry, names);
    unitOfName ??= unitsByName(units);
    const own = units.unitOf(entry);
    for (const { name, key, field } of names) {
      const unit = unitOfName.get(key);
      const rows = unit === undefined ? only.get(key)?.rows : (ofUnit[unit] ??= new Map());
      if ((unit !== undefined && unit === own) || rows?.has(entry)) continue;
      if (rows) rows.set(entry, field);
      else only.set(key, { name, rows: new Map([[entry, field]]) });
    }
  });
  const result = {
    ofUnit: units.units.map((_, unit) => ofUnit[unit] ?? NO_ROWS),
    only: [...only.values()],
    namesOf,
  };
  cache.set(units, result);
  return result;
}

/** One unit with its rows as the applicant and as a joint applicant. */
export interface UnitRows {
  /**
   * The unit's name as its first row that names it alone writes it, or as its first row names it among others; empty
   * where no row names it (a sheet without a 申报单位 column, or with the cells blank) and its code identifies it.
   */
  unit: string;
  /** The code that identifies the unit (see `UnitIdentity.unitCodes`), if a code does. */
  code?: string;
  applicant: readonly Entry[];
  joint: JointRows;
}

/**
 * Whether a row's 申报单位 cell is its applicant's name alone: the cell's key is the applicant's. A plain name's key
 * is the applicant's wherever it names one (see applicantKey), which spares the cell's normalisation.
 */
function namesAlone(row: Entry, units: UnitIdentity): boolean {
  const applicant = units.nameOf(row);
  return units.isPlain(row) ? applicant !== undefined : unitKey(fieldText(row, 'unit')) === applicant;
}

/**
 * A unit's name as written: on its first row that names it alone, and not a part of it (浙江大学, not
 * 浙江大学计算机学院); or else as its first row writes it among the other parts of its cell (see applicantAsWritten);
 * or, where that row names a part of it, the unit that the part names before it.
 */
function writtenName(rows: readonly Entry[], units: UnitIdentity): string {
  const alone = rows.find((row) => namesAlone(row, units) && units.parentOf(row) === undefined);
  if (alone) return fieldText(alone, 'unit');
  const first = rows[0]!;
  return units.parentOf(first) ?? applicantAsWritten(fieldText(first, 'unit'), units.nameOf(first));
}

/**
 * The units a row names beside its applicant, each with the cell that names it (see jointNames), as found once for
 * every row of the check: a look-up per row.
 */
export function jointNamesOf(
  entry: Entry,
  entries: readonly Entry[],
  units: UnitIdentity,
): readonly JointName[] {
  return jointApplicants(entries, units).namesOf.get(entry) ?? NO_NAMES;
}

const unitRowsCache = new WeakMap<UnitIdentity, readonly UnitRows[]>();

/**
 * Every applicant unit, then every unit named only as a joint applicant, each with both kinds of rows; kept per
 * identity, like the joint applicants, for the rule and the summary.
 */
export function unitRows(entries: readonly Entry[], units: UnitIdentity): readonly UnitRows[] {
  const known = unitRowsCache.get(units);
  if (known) return known;
  const joint = jointApplicants(entries, units);
  // `code` is written even where undefined: an object literal that spreads an optional one in takes ten times as long
  // to build, and there is one per unit.
  const result: UnitRows[] = [
    ...units.units.map((rows, unit) => {
      const code = units.unitCodes[unit];
      return {
        unit: writtenName(rows, units),
        code,
        applicant: rows,
        joint: joint.ofUnit[unit]!,
      };
    }),
    ...joint.only.map(({ name, rows }) => ({ unit: name, code: undefined, applicant: [], joint: rows })),
  ];
  unitRowsCache.set(units, result);
  return result;
}

/** The rows that would count against the limit: the applicant's, and the joint applicant's when the profile says so. */
export function limitRows(unit: UnitRows, countJoint: boolean): readonly Entry[] {
  return !countJoint || unit.joint.size === 0
    ? unit.applicant
    : [...unit.applicant, ...unit.joint.keys()].sort((a, b) => a.index - b.index);
}

/**
 * The rows that count against the limit: of the unit's limitRows, those that `goesUp` (the chosen ones where a choice
 * column decides).
 */
export function countedRows(
  unit: UnitRows,
  countJoint: boolean,
  goesUp: (entry: Entry) => boolean,
): readonly Entry[] {
  const rows = limitRows(unit, countJoint);
  return rows.every(goesUp) ? rows : rows.filter(goesUp);
}
