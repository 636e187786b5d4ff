import { fieldText, type Entry } from '../table/entry';
import { findingAt, RELATED_NAMED, relatedRows, type Related, type Rule, type RuleContext } from './rule';

/**
 * For each unit of a title's rows, the rows of the other units: the same for every row of the unit, so worked out
 * once a unit, over the rows up to the `RELATED_NAMED`th of another unit.
 */
function otherUnitsRows(rows: readonly Entry[], ctx: RuleContext): Map<number | undefined, Related> {
  const size = new Map<number | undefined, number>();
  for (const entry of rows) {
    const unit = ctx.units.unitOf(entry);
    size.set(unit, (size.get(unit) ?? 0) + 1);
  }
  const others = new Map<number | undefined, Related>();
  for (const [unit, count] of size) {
    // Among the first rows, as many more than the unit's as are named, are all the other units' rows named.
    const first = rows.slice(0, count + RELATED_NAMED);
    const { refs } = relatedRows(first.filter((entry) => ctx.units.unitOf(entry) !== unit));
    others.set(unit, { refs, count: rows.length - count });
  }
  return others;
}

/** Whether the rows a row points at (`pointed`) are its own unit's, another's, or some another's: which. */
function unitsOf(other: Related, pointed: number) {
  if (other.count === 0) return { sameUnit: true };
  if (other.count === pointed) return { sameUnit: false };
  return {
    sameUnit: false,
    otherUnit: other.refs,
    ...(other.count > other.refs.length ? { otherUnitCount: other.count } : {}),
  };
}

/**
 * The same project (normalised title) in more than one row, on any sheet and from any unit. Where the rows pointed
 * at are some of the row's own unit and some of another, the other unit's are named (`otherUnit`). Where a choice
 * column (是否推荐, 推荐排序) decides, only the chosen rows go up (reference §2): a row left out duplicates nothing,
 * and a chosen row beside a left-out copy of it is no duplicate.
 */
export const duplicateProject: Rule<'duplicate-project'> = {
  id: 'duplicate-project',
  defaultSeverity: 'error',
  end(ctx) {
    // Most titles are written once: a title's rows are gathered only when it comes again.
    const firstWith = new Map<string, Entry>();
    const repeated = new Map<Entry, Entry[]>();
    ctx.entries.forEach((entry) => {
      if (!ctx.countsUp(entry)) return;
      const key = ctx.titleOf(entry).exact;
      if (!key) return;
      const first = firstWith.get(key);
      if (first === undefined) firstWith.set(key, entry);
      else {
        const rows = repeated.get(first);
        if (rows) rows.push(entry);
        else repeated.set(first, [first, entry]);
      }
    });
    const findings = [];
    for (const rows of repeated.values()) {
      const others = otherUnitsRows(rows, ctx);
      for (const entry of rows) {
        const other = others.get(ctx.units.unitOf(entry))!;
        const values = { project: fieldText(entry, 'project'), ...unitsOf(other, rows.length - 1) };
        const related = relatedRows(rows, entry);
        findings.push(
          findingAt(ctx, 'duplicate-project', 'error', { entry, field: 'project' }, values, related),
        );
      }
    }
    return findings;
  },
};
