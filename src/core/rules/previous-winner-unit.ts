import { titleKey } from '../normalise/normalise';
import { fieldText } from '../table/entry';
import { findingAt, type Rule } from './rule';

/**
 * A unit that won before with another project may apply again, but the reviewer will ask (reference §1), so the
 * officer is warned. A row whose title is itself on the list is left to `previous-winner`.
 */
export const previousWinnerUnit: Rule<'previous-winner-unit'> = {
  id: 'previous-winner-unit',
  defaultSeverity: 'warning',
  row(entry, ctx) {
    const unit = fieldText(entry, 'unit');
    // The row's applicant, as `previous-winner` compares it: of 甲科技有限公司（牵头）、乙大学, 甲科技有限公司.
    const applicant = ctx.units.nameOf(entry);
    if (!ctx.winners || !applicant) return [];
    const project = ctx.titles[entry.index]!.exact;
    const won = ctx.winners.fromUnit(applicant);
    if (won.length === 0 || won.some((winner) => titleKey(winner.project) === project)) return [];
    const values = { unit, winnerProject: won[0]!.project };
    return [findingAt(ctx, 'previous-winner-unit', 'warning', { entry, field: 'unit' }, values)];
  },
};
