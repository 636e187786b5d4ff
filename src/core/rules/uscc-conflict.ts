import { normalise } from '../normalise/normalise';
import { fieldText, type Entry } from '../table/entry';
import { usableCode } from '../units/unit-identity';
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
    const distinct = new Set(rows.map(otherOf).filter((v): v is string => v !== undefined));
    if (distinct.size < 2) continue;
    for (const entry of rows) {
      const mine = otherOf(entry);
      if (mine === undefined) continue;
      const different = rows.filter((other) => otherOf(other) !== undefined && otherOf(other) !== mine);
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
    }
  }
  return findings;
}

/** One code under two unit names, or one unit name under two codes: reported, never silently merged (reference §5). */
export const usccConflict: Rule<'uscc-conflict'> = {
  id: 'uscc-conflict',
  defaultSeverity: 'warning',
  end(ctx) {
    const name = (entry: Entry) => normalise(fieldText(entry, 'unit')) || undefined;
    return [
      ...conflicts(ctx, 'code-two-names', groupBy(ctx.entries, usableCode), name),
      ...conflicts(ctx, 'name-two-codes', groupBy(ctx.entries, name), usableCode),
    ];
  },
};
