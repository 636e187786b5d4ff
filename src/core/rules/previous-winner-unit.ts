import type { FindingOf } from '../finding';
import { fieldText } from '../table/entry';
import { applicantAsWritten } from '../units/applicant-unit';
import { jointNamesOf } from '../units/joint-applicants';
import { unitKey } from '../units/unit-key';
import { findingAt, NO_FINDINGS, type Rule } from './rule';

/**
 * A unit that won before with another project may apply again, but the reviewer will ask (reference §1), so the
 * officer is warned, whether the row names it as its applicant or as a joint applicant beside it (甲科技有限公司、
 * 乙大学, or a 联合申报单位 cell): the reviewer asks about every unit of the application. A row whose title is itself
 * on the list, as `previous-winner` matches it (“灵犀”推断框架 for 灵犀推断框架), is left to `previous-winner`, whose
 * finding this would contradict. A row that a choice column (是否推荐, 推荐排序) leaves out goes up to nobody
 * (reference §2), and the reviewer will not see it.
 */
export const previousWinnerUnit: Rule<'previous-winner-unit'> = {
  id: 'previous-winner-unit',
  defaultSeverity: 'warning',
  row(entry, ctx) {
    const winners = ctx.winners;
    if (!winners || !ctx.countsUp(entry)) return NO_FINDINGS;
    if (winners.withTitle(ctx.titleOf(entry)).length > 0) return NO_FINDINGS;
    const findings: FindingOf<'previous-winner-unit'>[] = [];
    // The row's applicant, as `previous-winner` compares it: of 甲科技有限公司（牵头）、乙大学, 甲科技有限公司.
    const applicant = ctx.units.nameOf(entry);
    const won = applicant === undefined ? undefined : winners.fromApplicant(entry, ctx.units)[0];
    if (won) {
      // The unit that won, as the row writes it: of 华为云/华为技术有限公司, 华为技术有限公司.
      // A unit found under another name (by its code, or as a school of a university that won) names the winner too.
      const other = won.unit !== '' && unitKey(won.unit) !== applicant ? { winnerUnit: won.unit } : {};
      const values = {
        unit: applicantAsWritten(fieldText(entry, 'unit'), applicant),
        winnerProject: won.project,
        ...other,
      };
      findings.push(findingAt(ctx, 'previous-winner-unit', 'warning', { entry, field: 'unit' }, values));
    }
    const joint = jointNamesOf(entry, ctx.entries, ctx.units);
    for (let i = 0; i < joint.length; i++) {
      const { name, key, field } = joint[i]!;
      // A row names a unit once, however often its cells repeat it.
      if (key === applicant || joint.findIndex((other) => other.key === key) < i) continue;
      const jointWon = winners.fromUnit(key)[0];
      if (!jointWon) continue;
      const values = { unit: name, winnerProject: jointWon.project };
      findings.push(findingAt(ctx, 'previous-winner-unit', 'warning', { entry, field }, values));
    }
    return findings;
  },
};
