import { fieldText, type Entry } from '../table/entry';
import { findingAt, refsOf, type Rule, type RuleContext } from './rule';
import type { FindingOf } from '../finding';

/** Marks every row of each group whose value differs from another row's, pointing at those rows. */
function conflicts(
  ctx: RuleContext,
  kind: 'code-two-names' | 'name-two-codes',
  groups: readonly Entry[][],
  otherOf: (entry: Entry) => string | undefined,
): FindingOf<'uscc-conflict'>[] {
  const findings: FindingOf<'uscc-conflict'>[] = [];
  for (const rows of groups) {
    const otherValues = rows.map(otherOf);
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
    const { nameOf, codeOf, codesUnderNames, namesWithCodes } = ctx.units;
    return [
      ...conflicts(ctx, 'code-two-names', codesUnderNames, nameOf),
      ...conflicts(ctx, 'name-two-codes', namesWithCodes, codeOf),
    ];
  },
};
