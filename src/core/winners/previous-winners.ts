import type { TitleKeys } from '../normalise/title-keys';
import type { Entry } from '../table/entry';
import type { UnitIdentity } from '../units/unit-identity';
import { unitKey } from '../units/unit-key';
import { withoutRoleNotes } from '../units/unit-notes';
import { writtenUnits } from '../units/written-units';
import { addWinner, type Winner, type WinnersList } from './winners-list';

const NONE: readonly Winner[] = [];

/**
 * A previous winners list as one check compares its rows with it: by title (see WinnersList), and by unit, identified
 * as reference §1 and §5 ask: by credit code first, where the list gives codes (a unit renamed since, or written
 * 股份有限公司 on the list and 有限公司 on the row, keeps its code), then by the legal person its name stands for
 * (`legalPerson`: a ministry unit's short name, a school's university, a branch's company), each of a joint
 * winner's units (甲科技有限公司、乙大学) on its own.
 */
export class PreviousWinners {
  private readonly byCode = new Map<string, Winner[]>();
  private readonly byPerson = new Map<string, Winner[]>();
  /** The legal person of each name met so far: thousands of rows write a few hundred names. */
  private readonly persons = new Map<string, string>();

  constructor(
    readonly list: WinnersList,
    private readonly legalPerson: (key: string) => string,
  ) {
    for (const winner of list.winners) {
      for (const code of winner.codes ?? []) addWinner(this.byCode, code, winner);
      for (const { key } of writtenUnits(winner.unit)) addWinner(this.byPerson, this.personOf(key), winner);
    }
  }

  /** Winners with a title of these keys (see WinnersList.withTitle). */
  withTitle(keys: TitleKeys): readonly Winner[] {
    return this.list.withTitle(keys);
  }

  /** Winners from a unit that a row names (its name, normalised or not; a note on its role aside), by its name. */
  fromUnit(name: string): readonly Winner[] {
    return this.byPerson.get(this.personOf(unitKey(withoutRoleNotes(name)))) ?? NONE;
  }

  /**
   * Winners from a row's applicant: those of its code, or of the code that identifies its unit (a row without one
   * whose name has a code on other rows), first; then those of its name (see fromUnit).
   */
  fromApplicant(entry: Entry, units: UnitIdentity): readonly Winner[] {
    const name = units.nameOf(entry);
    const byName = name === undefined ? NONE : this.fromUnit(name);
    if (this.byCode.size === 0) return byName;
    const own = units.codeOf(entry);
    const unit = units.unitOf(entry);
    const unitCode = unit === undefined ? undefined : units.unitCodes[unit];
    const byOwn = own === undefined ? undefined : this.byCode.get(own);
    const byUnit = unitCode === undefined || unitCode === own ? undefined : this.byCode.get(unitCode);
    // Most rows' codes are on no list: nothing to allocate for them.
    if (!byOwn && !byUnit) return byName;
    return [...new Set([...(byOwn ?? NONE), ...(byUnit ?? NONE), ...byName])];
  }

  private personOf(key: string): string {
    let person = this.persons.get(key);
    if (person === undefined) this.persons.set(key, (person = this.legalPerson(key)));
    return person;
  }
}
