import { normalise } from '../normalise/normalise';
import { rankOf } from './choice';
import type { Entry } from './entry';
import { filledText } from './placeholder';
import type { SheetTable } from './read-table';

/** Rows that one officer ranked 1…N together, and the recommender they belong to when it is not the whole sheet. */
export interface RankScope {
  /** The 推荐单位 as its first row writes it, where the sheet is ranked per recommender. */
  recommender?: string;
  /** The rows that name no recommender, where the sheet is ranked per recommender. */
  unnamedRecommender?: true;
  entries: readonly Entry[];
  /** The rows are one recommender's on several sheets, ranked on from one sheet to the next. */
  acrossSheets?: true;
}

/**
 * The groups of rows that rank 1…N on their own (reference §2: ranks unique and without gaps). A sheet is ranked as
 * a whole, unless its 推荐单位 column names several recommenders and more than one of them holds rank 1: a
 * province's summary sheet that pools its cities' rows keeps each city's own ranking, 1…N per city, and the ranks
 * restarting at 1 are what shows it. A sheet ranked as a whole holds rank 1 once, so it is read as a whole, and a
 * rank 1 written twice in it still shows as a gap in the recommenders' own ranks.
 */
export function rankScopes(table: SheetTable): RankScope[] {
  const whole = [{ entries: table.entries }];
  if (table.header.columns.recommender === undefined) return whole;
  const byRecommender = new Map<string, { recommender: string; entries: Entry[] }>();
  for (const entry of table.entries) {
    const recommender = filledText(entry, 'recommender');
    const key = normalise(recommender);
    const scope = byRecommender.get(key);
    if (scope) scope.entries.push(entry);
    else byRecommender.set(key, { recommender, entries: [entry] });
  }
  const scopes = [...byRecommender.values()];
  const restarting = scopes.filter(({ entries }) => entries.some((entry) => rankOf(entry) === 1));
  if (restarting.length < 2) return whole;
  // Rows that leave the 推荐单位 blank (or write only a dash in it) rank together, under no name.
  return scopes.map(({ recommender, entries }) =>
    recommender ? { recommender, entries } : { unnamedRecommender: true, entries },
  );
}
