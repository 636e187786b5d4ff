import { fieldText, type Entry } from '../table/entry';
import { jointNamesOf } from '../units/joint-applicants';
import type { PreviousWinners } from '../winners/previous-winners';
import type { Winner } from '../winners/winners-list';
import { findingAt, NO_FINDINGS, type Rule, type RuleContext } from './rule';

/**
 * The first of these winners that is one of the row's units: its applicant (by code, then by name: see
 * PreviousWinners), or else a joint unit that it names beside the applicant (甲科技有限公司、乙大学, or a 联合申报单位
 * cell), since a project that won with a joint unit is the same project.
 */
function wonByRow(
  winners: PreviousWinners,
  matches: readonly Winner[],
  entry: Entry,
  ctx: RuleContext,
): Winner | undefined {
  const fromApplicant = winners.fromApplicant(entry, ctx.units);
  const byApplicant = matches.find((winner) => fromApplicant.includes(winner));
  if (byApplicant) return byApplicant;
  for (const { key } of jointNamesOf(entry, ctx.entries, ctx.units)) {
    const fromJoint = winners.fromUnit(key);
    const byJoint = matches.find((winner) => fromJoint.includes(winner));
    if (byJoint) return byJoint;
  }
  return undefined;
}

/**
 * 已列入前期揭榜优胜项目的不得重复申报 (notice 二(三)). Matched on the normalised title first: the same title from
 * one of the row's units (its applicant or a joint unit, by code or as the check identifies units) is an error; from another unit, a warning to verify. Where
 * the winners list names no unit for the winner (a list without a unit column) or the row names none, the units
 * cannot be compared: that is a warning too, and never "the same unit" because both are empty. A row that a choice
 * column (是否推荐, 推荐排序) leaves out goes up to nobody (reference §2): the officer took the winner out, as asked.
 */
export const previousWinner: Rule<'previous-winner'> = {
  id: 'previous-winner',
  defaultSeverity: 'error',
  row(entry, ctx) {
    const winners = ctx.winners;
    if (!winners || !ctx.countsUp(entry)) return NO_FINDINGS;
    const project = fieldText(entry, 'project');
    if (!project) return NO_FINDINGS;
    const matches = winners.withTitle(ctx.titleOf(entry));
    if (matches.length === 0) return NO_FINDINGS;
    const same = wonByRow(winners, matches, entry, ctx);
    const winner = same ?? matches[0]!;
    const values = { project, sameUnit: same !== undefined, winnerUnit: winner.unit };
    return [
      findingAt(ctx, 'previous-winner', same ? 'error' : 'warning', { entry, field: 'project' }, values),
    ];
  },
};
