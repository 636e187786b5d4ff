import type { FindingOf, RankOwner } from '../finding';
import {
  choiceKind,
  choiceWords,
  isChosen,
  rankOf,
  rankSaysNo,
  readFlag,
  writtenRankText,
  type ChoiceWords,
} from '../table/choice';
import type { Entry } from '../table/entry';
import { rankScopes, type RankScope } from '../table/rank-scopes';
import type { SheetTable } from '../table/read-table';
import { findingAt, relatedRows, type Rule, type RuleContext } from './rule';

/** How many missing ranks a gap finding names; the rest are only counted, so that one typo can't flood a report. */
const MISSING_NAMED = 5;

/** The ranks from 1 to the highest one held that no row holds: the first few of them, and how many in all. */
function missingRanks(byRank: ReadonlyMap<number, readonly Entry[]>): {
  missing: number[];
  missingCount: number;
} {
  let highest = 0;
  for (const rank of byRank.keys()) highest = Math.max(highest, rank);
  const missing: number[] = [];
  let missingCount = 0;
  for (let rank = 1; rank <= highest; rank++) {
    if (byRank.has(rank)) continue;
    missingCount++;
    if (missing.length < MISSING_NAMED) missing.push(rank);
  }
  return { missing, missingCount };
}

/** The findings of the rows of a sheet that are ranked together. */
function rankFindings(ctx: RuleContext, scope: RankScope, words: ChoiceWords): FindingOf<'rank-invalid'>[] {
  const findings: FindingOf<'rank-invalid'>[] = [];
  const at = (entry: Entry) => ({ entry, field: 'rank' as const });
  const projects = scope.entries.length;
  const { recommender, unnamedRecommender } = scope;
  const owner: RankOwner = unnamedRecommender ? { unnamedRecommender } : recommender ? { recommender } : {};
  // Ranks above the number of projects are named as such and kept out of the gaps, which stay as few as the rows.
  const byRank = new Map<number, Entry[]>();
  for (const entry of scope.entries) {
    // An error value is no rank: unlike an empty cell, which leaves the row out, it is a formula gone wrong. A blank,
    // a dash, a slash or a no word leaves the row out of the recommendation.
    const chosen = () => isChosen(entry, ctx.tableOf(entry).choice, words);
    // A row that 是否推荐 keeps while its rank says it is left out (备选1 beside 是) counts, and is told so.
    const text =
      writtenRankText(entry, words) ??
      (rankSaysNo(entry, words) && chosen() ? entry.cells.rank!.text : undefined);
    if (text === undefined) continue;
    const rank = rankOf(entry);
    if (rank === undefined) {
      // A row that a 是否推荐 column leaves out goes up to nobody, whatever stands in its rank (0 for "not ranked").
      if (!chosen()) continue;
      findings.push(
        findingAt(ctx, 'rank-invalid', 'error', at(entry), { rank: text, problem: 'not-number' }),
      );
    } else if (rank > projects) {
      const values = {
        rank: text,
        problem: 'too-high' as const,
        projects,
        ...owner,
        ...(scope.acrossSheets ? { acrossSheets: true as const } : {}),
      };
      findings.push(findingAt(ctx, 'rank-invalid', 'error', at(entry), values));
    } else {
      const rows = byRank.get(rank);
      if (rows) rows.push(entry);
      else byRank.set(rank, [entry]);
    }
  }
  for (const [rank, rows] of byRank) {
    if (rows.length < 2) continue;
    for (const entry of rows) {
      const related = relatedRows(rows, entry);
      const values = { rank: String(rank), problem: 'repeat' as const, ...owner };
      findings.push(findingAt(ctx, 'rank-invalid', 'error', at(entry), values, related));
    }
  }
  const gap = missingRanks(byRank);
  if (gap.missingCount === 0) return findings;
  // The gap is the officer's to close, and told once, where the ranking goes on after its first missing rank.
  let next = Number.POSITIVE_INFINITY;
  for (const rank of byRank.keys()) if (rank > gap.missing[0]! && rank < next) next = rank;
  const values = { rank: String(next), problem: 'gap' as const, ...gap, ...owner };
  findings.push(findingAt(ctx, 'rank-invalid', 'error', at(byRank.get(next)![0]!), values));
  return findings;
}

/**
 * The 是否推荐 marks of a flagged sheet (or one that marks only the rows left out) that are neither a yes nor a no word (`待定`, `○`, a failed formula). Such a
 * row is counted as recommended, so that the cap is never passed in silence; the officer is told so, and that the
 * mark should say 是 or 否 before the sheet is stamped.
 */
function unclearFlags(ctx: RuleContext, table: SheetTable, words: ChoiceWords): FindingOf<'rank-invalid'>[] {
  const flagged = table.choice === 'flag' || table.choice === 'left-out';
  if (!flagged || choiceKind(table.header) !== 'flag') return [];
  return table.entries
    .filter((entry) => readFlag(entry.cells.choice, words) === 'unreadable')
    .map((entry) =>
      findingAt(
        ctx,
        'rank-invalid',
        'error',
        { entry, field: 'choice' },
        {
          rank: entry.cells.choice!.text,
          problem: 'flag-unclear',
          ...(table.choiceIsOpinion ? { opinion: true as const } : {}),
        },
      ),
    );
}

/**
 * The rows of recommenders that rank them on across several sheets, one ranking over all of them: a city whose
 * district sheets go on where the last one stopped (鄞州区 1–4, 海曙区 5–8), as quota-exceeded reads them. Each
 * sheet alone would show gaps and ranks past its rows. Sheets that each rank their own rows from 1 (the districts of
 * 深圳, each ranking its own) hold rank 1 more than once, and are ranked per sheet.
 */
function scopesAcrossSheets(ctx: RuleContext, words: ChoiceWords): RankScope[] {
  const scopes: RankScope[] = [];
  for (const group of ctx.recommenders) {
    const rows = group.entries.filter((entry) => ctx.tableOf(entry).header.columns.rank !== undefined);
    const ranked = rows.filter((entry) => writtenRankText(entry, words) !== undefined);
    const sheets = new Set(ranked.map((entry) => entry.sheet));
    const startingAtOne = new Set(ranked.filter((entry) => rankOf(entry) === 1).map((entry) => entry.sheet));
    if (sheets.size >= 2 && startingAtOne.size <= 1)
      scopes.push({ recommender: group.name, entries: rows, acrossSheets: true });
  }
  return scopes;
}

/**
 * A 推荐排序 column whose ranks repeat, leave gaps, run past the number of projects, or are not whole numbers
 * (reference §2: ranks must be unique and without gaps). Ranks are checked per sheet, because each sheet is ranked
 * by the officer who filled it, also where a 是否推荐 column beside the ranks decides which rows count; and per
 * recommender within a sheet that pools several recommenders' own rankings (see `rankScopes`); and across sheets
 * where one recommender ranks its rows on from one sheet to the next (see `scopesAcrossSheets`). A blank rank
 * means "not recommended", and so do a dash, a slash and a no word (`—`, `/`, `不推荐`); a rank that is no whole
 * number (`0`, `1.5`, `待定`) is a slip, and its row counts where the ranks decide (see `isChosen`). A 是否推荐 mark
 * that says neither yes nor no is reported here too: it is the same column's job, deciding which rows count.
 */
export const rankInvalid: Rule<'rank-invalid'> = {
  id: 'rank-invalid',
  defaultSeverity: 'error',
  end(ctx) {
    const words = choiceWords(ctx.profile);
    const across = scopesAcrossSheets(ctx, words);
    const rankedAcross = new Set(across.flatMap((scope) => scope.entries));
    const own = (scope: RankScope) => ({
      ...scope,
      entries: scope.entries.filter((entry) => !rankedAcross.has(entry)),
    });
    return [
      ...ctx.tables.flatMap((table) => [
        ...unclearFlags(ctx, table, words),
        ...(table.header.columns.rank === undefined
          ? []
          : rankScopes(table).flatMap((scope) => rankFindings(ctx, own(scope), words))),
      ]),
      ...across.flatMap((scope) => rankFindings(ctx, scope, words)),
    ];
  },
};
