import { countsUp } from '../recommender/assign';
import { fieldText, type Entry } from '../table/entry';
import { jointNamesOf } from '../units/joint-applicants';
import type { Winner, WinnersList } from '../winners/winners-list';
import { findingAt, NO_FINDINGS, type Rule, type RuleContext } from './rule';

/**
 * The first of these winners that is one of the row's units: its applicant, or else a joint unit that it names beside
 * the applicant (甲科技有限公司、乙大学, or a 联合申报单位 cell), since a project that won with a joint unit is the
 * same project.
 */
function wonByRow(
  winners: WinnersList,
  matches: readonly Winner[],
  entry: Entry,
  ctx: RuleContext,
): Winner | undefined {
  const applicant = ctx.units.nameOf(entry);
  const byApplicant = applicant ? matches.find((winner) => winners.isFrom(winner, applicant)) : undefined;
  if (byApplicant) return byApplicant;
  for (const { key } of jointNamesOf(entry, ctx.entries, ctx.units)) {
    const byJoint = matches.find((winner) => winners.isFrom(winner, key));
    if (byJoint) return byJoint;
  }
  return undefined;
}

/**
 * 已列入前期揭榜优胜项目的不得重复申报 (notice 二(三)). Matched on the normalised title first: the same title from
 * one of the row's units (its applicant or a joint unit) is an error; from another unit, a warning to verify. Where
 * the winners list names no unit for the winner (a list without a unit column) or the row names none, the units
 * cannot be compared: that is a warning too, and never "the same unit" because both are empty. A row that a choice
 * column (是否推荐, 推荐排序) leaves out goes up to nobody (reference §2): the officer took the winner out, as asked.
 */
export const previousWinner: Rule<'previous-winner'> = {
  id: 'previous-winner',
  defaultSeverity: 'error',
  row(entry, ctx) {
    const winners = ctx.winners;
    if (!winners || !countsUp(ctx.recommenders, entry)) return NO_FINDINGS;
    const project = fieldText(entry, 'project');
    if (!project) return NO_FINDINGS;
    const matches = winners.withTitle(ctx.titles[entry.index]!);
    if (matches.length === 0) return NO_FINDINGS;
    const same = wonByRow(winners, matches, entry, ctx);
    const winner = same ?? matches[0]!;
    const values = { project, sameUnit: same !== undefined, winnerUnit: winner.unit };
    return [
      findingAt(ctx, 'previous-winner', same ? 'error' : 'warning', { entry, field: 'project' }, values),
    ];
  },
};
