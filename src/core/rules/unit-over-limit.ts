import { fieldText } from '../table/entry';
import { findingAt, refsOf, type Rule } from './rule';

/**
 * 每个主体申报不超过3个项目 (notice 二(三)). Rows are counted per applicant unit across every checked sheet, and
 * every row of a unit over the limit is marked, since any of them may be the one to drop.
 */
export const unitOverLimit: Rule<'unit-over-limit'> = {
  id: 'unit-over-limit',
  defaultSeverity: 'error',
  end(ctx) {
    const limit = ctx.profile.unitLimit;
    const findings = [];
    for (const rows of ctx.units.units) {
      if (rows.length <= limit) continue;
      const unit = fieldText(rows[0]!, 'unit');
      const values = { unit, count: rows.length, limit, rows: refsOf(rows) };
      for (const entry of rows) {
        const related = refsOf(rows.filter((other) => other !== entry));
        findings.push(findingAt(ctx, 'unit-over-limit', 'error', { entry, field: 'unit' }, values, related));
      }
    }
    return findings;
  },
};
