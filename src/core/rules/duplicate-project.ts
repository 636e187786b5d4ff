import { fieldText, type Entry } from '../table/entry';
import { findingAt, relatedRows, type Rule } from './rule';

/** The same project (normalised title) in more than one row, on any sheet and from any unit. */
export const duplicateProject: Rule<'duplicate-project'> = {
  id: 'duplicate-project',
  defaultSeverity: 'error',
  end(ctx) {
    // Most titles are written once: a title's rows are gathered only when it comes again.
    const firstWith = new Map<string, Entry>();
    const repeated = new Map<Entry, Entry[]>();
    ctx.entries.forEach((entry) => {
      const key = ctx.titles[entry.index]!.exact;
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
      const units = new Set(rows.map((entry) => ctx.units.unitOf(entry)));
      for (const entry of rows) {
        const values = { project: fieldText(entry, 'project'), sameUnit: units.size === 1 };
        const related = relatedRows(rows, entry);
        findings.push(
          findingAt(ctx, 'duplicate-project', 'error', { entry, field: 'project' }, values, related),
        );
      }
    }
    return findings;
  },
};
