import { fieldText, type Entry } from '../table/entry';
import { findingAt, refsOf, type Rule, type RuleContext } from './rule';
import type { FindingOf } from '../finding';

function groupBy(
  entries: readonly Entry[],
  keyOf: (entry: Entry) => string | undefined,
): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = keyOf(entry);
    if (!key) continue;
    const rows = groups.get(key);
    if (rows) rows.push(entry);
    else groups.set(key, [entry]);
  }
  return groups;
}

function conflicts(
  ctx: RuleContext,
  kind: 'code-two-names' | 'name-two-codes',
  groups: Map<string, Entry[]>,
  otherOf: (entry: Entry) => string | undefined,
): FindingOf<'uscc-conflict'>[] {
  const findings: FindingOf<'uscc-conflict'>[] = [];
  for (const rows of groups.values()) {
    const otherValues = rows.map(otherOf);
    const distinct = new Set(otherValues.filter((v): v is string => v !== undefined));
    if (distinct.size < 2) continue;
    rows.forEach((entry, i) => {
      const mine = otherValues[i];
      if (mine === undefined) return;
      const different = rows.filter((_, j) => otherValues[j] !== undefined && otherValues[j] !== mine);
      const others = [
        ...new Set(
          different.map((other) =>
            kind === 'code-two-names' ? fieldText(other, 'unit') : fieldText(other, 'uscc'),
          ),
        ),
      ];
      const values = { kind, code: fieldText(entry, 'uscc'), unit: fieldText(entry, 'unit'), others };
      const field = kind === 'code-two-names' ? 'unit' : 'uscc';
      findings.push(findingAt(ctx, 'uscc-conflict', 'warning', { entry, field }, values, refsOf(different)));
    });
  }
  return findings;
}

/** One code under two unit names, or one unit name under two codes: reported, never silently merged (reference §5). */
export const usccConflict: Rule<'uscc-conflict'> = {
  id: 'uscc-conflict',
  defaultSeverity: 'warning',
  end(ctx) {
    const { nameOf, codeOf } = ctx.units;
    return [
      ...conflicts(ctx, 'code-two-names', groupBy(ctx.entries, codeOf), nameOf),
      ...conflicts(ctx, 'name-two-codes', groupBy(ctx.entries, nameOf), codeOf),
    ];
  },
};
