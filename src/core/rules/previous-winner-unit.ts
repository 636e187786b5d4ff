import type { FindingOf } from '../finding';
import { titleKey } from '../normalise/normalise';
import { fieldText } from '../table/entry';
import { applicantAsWritten } from '../units/applicant-unit';
import { jointNamesOf } from '../units/joint-applicants';
import type { Winner, WinnersList } from '../winners/winners-list';
import { findingAt, NO_FINDINGS, type Rule } from './rule';

/** The first winner from this unit, when the unit won before and none of its wins is the row's title (`project`). */
function wonWithAnother(winners: WinnersList, unit: string, project: string): Winner | undefined {
  const won = winners.fromUnit(unit);
  return won.length === 0 || won.some((winner) => titleKey(winner.project) === project) ? undefined : won[0];
}

/**
 * A unit that won before with another project may apply again, but the reviewer will ask (reference §1), so the
 * officer is warned, whether the row names it as its applicant or as a joint applicant beside it (甲科技有限公司、
 * 乙大学, or a 联合申报单位 cell): the reviewer asks about every unit of the application. A row whose title is itself
 * on the list is left to `previous-winner`.
 */
export const previousWinnerUnit: Rule<'previous-winner-unit'> = {
  id: 'previous-winner-unit',
  defaultSeverity: 'warning',
  row(entry, ctx) {
    const winners = ctx.winners;
    if (!winners) return NO_FINDINGS;
    const project = ctx.titles[entry.index]!.exact;
    const findings: FindingOf<'previous-winner-unit'>[] = [];
    // The row's applicant, as `previous-winner` compares it: of 甲科技有限公司（牵头）、乙大学, 甲科技有限公司.
    const applicant = ctx.units.nameOf(entry);
    const won = applicant ? wonWithAnother(winners, applicant, project) : undefined;
    if (won) {
      // The unit that won, as the row writes it: of 华为云/华为技术有限公司, 华为技术有限公司.
      const values = {
        unit: applicantAsWritten(fieldText(entry, 'unit'), applicant),
        winnerProject: won.project,
      };
      findings.push(findingAt(ctx, 'previous-winner-unit', 'warning', { entry, field: 'unit' }, values));
    }
    const joint = jointNamesOf(entry, ctx.entries, ctx.units);
    for (let i = 0; i < joint.length; i++) {
      const { name, key, field } = joint[i]!;
      // A row names a unit once, however often its cells repeat it.
      if (key === applicant || joint.findIndex((other) => other.key === key) < i) continue;
      const jointWon = wonWithAnother(winners, key, project);
      if (!jointWon) continue;
      const values = { unit: name, winnerProject: jointWon.project };
      findings.push(findingAt(ctx, 'previous-winner-unit', 'warning', { entry, field }, values));
    }
    return findings;
  },
};
