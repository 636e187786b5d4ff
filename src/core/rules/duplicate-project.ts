import { fieldText, type Entry } from '../table/entry';
import { findingAt, refsOf, type Rule } from './rule';

/** The same project (normalised title) in more than one row, on any sheet and from any unit. */
export const duplicateProject: Rule<'duplicate-project'> = {
  id: 'duplicate-project',
  defaultSeverity: 'error',
  end(ctx) {
    const byTitle = new Map<string, Entry[]>();
    for (const entry of ctx.entries) {
      const key = ctx.titles[entry.index]!.exact;
      if (!key) continue;
      const rows = byTitle.get(key);
      if (rows) rows.push(entry);
      else byTitle.set(key, [entry]);
    }
    const findings = [];
    for (const rows of byTitle.values()) {
      if (rows.length < 2) continue;
      const units = new Set(rows.map((entry) => ctx.units.unitOf(entry)));
      for (const entry of rows) {
        const values = { project: fieldText(entry, 'project'), sameUnit: units.size === 1 };
        const related = refsOf(rows.filter((other) => other !== entry));
        findings.push(
          findingAt(ctx, 'duplicate-project', 'error', { entry, field: 'project' }, values, related),
        );
      }
    }
    return findings;
  },
};
