import type { FindingOf } from '../finding';
import { countedRows, unitRows } from '../units/joint-applicants';
import { findingAt, relatedRows, type Rule } from './rule';

/**
 * 每个主体申报不超过3个项目 (notice 二(三)). Rows are counted per applicant unit across every checked sheet, and
 * every row of a unit over the limit is marked, since any of them may be the one to drop. Rows that name the unit as a
 * joint applicant, in their 联合申报单位 cell or after the applicant in their 申报单位 cell (甲科技有限公司、乙大学),
 * count too when the profile's `countJointApplicants` says so (reference §1 leaves that reading unverified); they are
 * marked on the cell that names it. Where a choice column (是否推荐, 推荐排序) decides, only the chosen rows count and
 * are marked (reference §2: only they go up). A finding names the unit's other rows in `related` alone, not again in its
 * values: the JSON report of a unit on 2,000 rows was twice as long for it.
 */
export const unitOverLimit: Rule<'unit-over-limit'> = {
  id: 'unit-over-limit',
  defaultSeverity: 'error',
  end(ctx) {
    const limit = ctx.profile.unitLimit;
    const countJoint = ctx.profile.countJointApplicants;
    const findings: FindingOf<'unit-over-limit'>[] = [];
    // forEach, not for…of: this loop runs once per check, mostly unoptimised, where for…of allocates at every unit.
    unitRows(ctx.entries, ctx.units).forEach((unit) => {
      if (unit.applicant.length + (countJoint ? unit.joint.size : 0) <= limit) return;
      const rows = countedRows(unit, countJoint, (entry) => ctx.countsUp(entry));
      if (rows.length <= limit) return;
      // A unit that no row names is known by its code, and the sentence calls it so.
      const values = { unit: unit.unit || (unit.code ?? ''), count: rows.length, limit };
      for (const entry of rows) {
        const related = relatedRows(rows, entry);
        const field = unit.joint.get(entry) ?? 'unit';
        findings.push(findingAt(ctx, 'unit-over-limit', 'error', { entry, field }, values, related));
      }
    });
    return findings;
  },
};
