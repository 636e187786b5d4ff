import { fieldText, type Entry } from '../table/entry';
import { applicantAsWritten } from '../units/applicant-unit';
import { countedRows, unitRows } from '../units/joint-applicants';
import { projectsTogether } from '../units/namesakes';
import type { RowRef } from '../row-ref';
import { findingAt, RELATED_NAMED, type Related, type Rule, type RuleContext } from './rule';
import type { FindingOf } from '../finding';

/** The most other names or codes a finding's sentence lists; `othersCount` then counts them all. */
export const OTHERS_NAMED = 5;

/** What the rows of one value in a group point at: the rows of the other values, and those values as written. */
interface Pointers {
  related: Related;
  others: string[];
  othersCount: number;
}

/**
 * Marks every row of each group whose value differs from another row's, pointing at those rows. A value's pointers
 * are worked out once, and read only as far as they are named: a code filled down a column of thousands of rows,
 * each with its own unit, costs a few steps a row.
 */
function conflicts(
  ctx: RuleContext,
  kind: 'code-two-names' | 'name-two-codes',
  groups: readonly Entry[][],
  otherOf: (entry: Entry) => string | undefined,
  overOf: (rows: readonly Entry[]) => { count: number; limit: number } | undefined = () => undefined,
): FindingOf<'uscc-conflict'>[] {
  // The applicant's own name and code, as written: of a joint application's cells (甲⏎乙, A⏎B), 甲 and A.
  const unitOf = (entry: Entry) => applicantAsWritten(fieldText(entry, 'unit'), ctx.units.nameOf(entry));
  const codeOf = (entry: Entry) => ctx.codes[entry.index]?.written ?? fieldText(entry, 'uscc');
  const writtenOf = kind === 'code-two-names' ? unitOf : codeOf;
  const findings: FindingOf<'uscc-conflict'>[] = [];
  for (const rows of groups) {
    const over = overOf(rows);
    const valued = rows.flatMap((entry) => {
      const value = otherOf(entry);
      return value === undefined ? [] : [{ entry, value }];
    });
    // Each value with the first row that has it, in the order the values first appear.
    const firstWith = new Map<string, Entry>();
    const count = new Map<string, number>();
    for (const { entry, value } of valued) {
      if (!firstWith.has(value)) firstWith.set(value, entry);
      count.set(value, (count.get(value) ?? 0) + 1);
    }
    const pointers = new Map<string, Pointers>();
    const pointersOf = (mine: string): Pointers => {
      const refs: RowRef[] = [];
      for (let i = 0; i < valued.length && refs.length < RELATED_NAMED; i++) {
        const { entry, value } = valued[i]!;
        if (value !== mine) refs.push({ sheet: entry.sheet, row: entry.row });
      }
      const others: string[] = [];
      for (const [value, first] of firstWith) {
        if (others.length === OTHERS_NAMED) break;
        if (value !== mine) others.push(writtenOf(first));
      }
      const related = { refs, count: valued.length - count.get(mine)! };
      return { related, others, othersCount: firstWith.size - 1 };
    };
    for (const { entry, value } of valued) {
      let points = pointers.get(value);
      if (!points) pointers.set(value, (points = pointersOf(value)));
      const { related, others, othersCount } = points;
      const values = {
        kind,
        code: codeOf(entry),
        unit: unitOf(entry),
        others,
        ...(othersCount > others.length ? { othersCount } : {}),
        ...over,
      };
      const field = kind === 'code-two-names' ? 'unit' : 'uscc';
      const severity = over ? 'error' : 'warning';
      findings.push(findingAt(ctx, 'uscc-conflict', severity, { entry, field }, values, related));
    }
  }
  return findings;
}

/**
 * The projects of the units that one name's or one code's rows belong to, together (see projectsTogether), where they are
 * several units and over the limit; counted as `unit-over-limit` counts a unit's. One unit over the limit is
 * `unit-over-limit`'s alone.
 */
function namesakesOver(
  ctx: RuleContext,
): (rows: readonly Entry[]) => { count: number; limit: number } | undefined {
  const limit = ctx.profile.unitLimit;
  const all = unitRows(ctx.entries, ctx.units);
  const goesUp = (entry: Entry) => ctx.countsUp(entry);
  const projectsOf = (unit: number) =>
    countedRows(all[unit]!, ctx.profile.countJointApplicants, goesUp).length;
  return (rows) => {
    const together = projectsTogether(rows, ctx.units, projectsOf);
    return together && together.projects > limit ? { count: together.projects, limit } : undefined;
  };
}

/**
 * One code under two unit names, or one unit name under two codes: reported, never silently merged (reference §5).
 * One name under two codes whose units together have more projects than the limit is an error: a registered name
 * is one legal person's, so the rows are most likely one unit's with a wrong code, and the limit (每个主体申报不超过3个
 * 项目, an error by reference §1) is at stake. So is one code under names counted as different units (see
 * variantGroups) that together have more: the code is one legal person's, and an abbreviation the names' comparison
 * misses (哈工大 of 哈尔滨工业大学) must not let the rows pass. The units stay apart (`unit-over-limit` counts each
 * alone); the finding says what they have together.
 */
export const usccConflict: Rule<'uscc-conflict'> = {
  id: 'uscc-conflict',
  defaultSeverity: 'warning',
  end(ctx) {
    const { nameOf, codeOf, codesUnderNames, namesWithCodes } = ctx.units;
    const over = namesakesOver(ctx);
    return [
      ...conflicts(ctx, 'code-two-names', codesUnderNames, nameOf, over),
      ...conflicts(ctx, 'name-two-codes', namesWithCodes, codeOf, over),
    ];
  },
};
