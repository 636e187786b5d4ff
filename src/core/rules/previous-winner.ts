import { fieldText } from '../table/entry';
import { findingAt, type Rule } from './rule';

/**
 * 已列入前期揭榜优胜项目的不得重复申报 (notice 二(三)). Matched on the normalised title first: the same title from
 * the same unit is an error; from another unit, a warning to verify. Where the winners list names no unit for the
 * winner (a list without a unit column) or the row names none, the units cannot be compared: that is a warning too,
 * and never "the same unit" because both are empty.
 */
export const previousWinner: Rule<'previous-winner'> = {
  id: 'previous-winner',
  defaultSeverity: 'error',
  row(entry, ctx) {
    const project = fieldText(entry, 'project');
    const winners = ctx.winners;
    const matches = winners && project ? winners.withTitle(project) : [];
    if (!winners || matches.length === 0) return [];
    const unit = ctx.units.nameOf(entry);
    const same = unit ? matches.find((winner) => winners.isFrom(winner, unit)) : undefined;
    const winner = same ?? matches[0]!;
    const values = { project, sameUnit: same !== undefined, winnerUnit: winner.unit };
    return [
      findingAt(ctx, 'previous-winner', same ? 'error' : 'warning', { entry, field: 'project' }, values),
    ];
  },
};
