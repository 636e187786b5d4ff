import { directionKey } from './directions/direction-list';
import type { RecommenderGroup } from './recommender/assign';
import type { RowRef } from './row-ref';
import { refsOf, type RuleContext } from './rules/rule';
import { fieldText, type Entry } from './table/entry';
import { normalise } from './normalise/normalise';

/** One applicant unit: how many projects it has against the limit. */
export interface UnitSummary {
  unit: string;
  uscc: string;
  projects: number;
  limit: number;
  over: number;
  rows: RowRef[];
  /** Rows where the unit appears only as a joint applicant (联合申报单位); listed, not counted. */
  jointRows: number;
}

/** One direction: how many projects chose it, and whether it is on the known list. */
export interface DirectionSummary {
  category: string;
  direction: string;
  projects: number;
  known: boolean;
}

/** One recommender (quota holder), as DESIGN.md's JSON report gives it: the group without its rows, and counts. */
export type RecommenderSummary = Omit<RecommenderGroup, 'entries' | 'counted'> & {
  /** Rows that count against the cap: the chosen ones where a sheet has a choice column. */
  counted: number;
  /** Every row assigned to this recommender. */
  rows: number;
  over: number;
};

/** The three summaries: per unit, per direction and per recommender. */
export interface Summary {
  units: UnitSummary[];
  directions: DirectionSummary[];
  recommenders: RecommenderSummary[];
}

function unitSummaries(ctx: RuleContext): UnitSummary[] {
  const limit = ctx.profile.unitLimit;
  const joint = new Map<string, number>();
  for (const entry of ctx.entries) {
    const names = fieldText(entry, 'jointUnit');
    if (!names) continue;
    for (const name of names.split(/[、,，;；/\n]/u)) {
      const key = normalise(name);
      if (key) joint.set(key, (joint.get(key) ?? 0) + 1);
    }
  }
  const summaries = ctx.units.units.map((rows) => {
    const first = rows[0]!;
    const unit = fieldText(first, 'unit');
    const coded = rows.find((entry) => fieldText(entry, 'uscc') !== '');
    const uscc = coded ? fieldText(coded, 'uscc') : '';
    return {
      unit,
      uscc,
      projects: rows.length,
      limit,
      over: Math.max(0, rows.length - limit),
      rows: refsOf(rows),
      jointRows: joint.get(ctx.units.nameOf(first) ?? '') ?? 0,
    };
  });
  return summaries.sort((a, b) => b.projects - a.projects);
}

function directionSummaries(ctx: RuleContext): DirectionSummary[] {
  // Thousands of rows name a handful of directions: count each wording, then key each wording once.
  const byText = new Map<string, { first: Entry; projects: number }>();
  for (const entry of ctx.entries) {
    const text = fieldText(entry, 'direction');
    if (!text) continue;
    const wording = byText.get(text);
    if (wording) wording.projects++;
    else byText.set(text, { first: entry, projects: 1 });
  }
  const byKey = new Map<string, DirectionSummary>();
  for (const [text, { first, projects }] of byText) {
    const known = ctx.directions.find(text);
    const key = directionKey(known?.name ?? text);
    const summary = byKey.get(key);
    if (summary) summary.projects += projects;
    else {
      byKey.set(key, {
        category: known?.category ?? fieldText(first, 'category'),
        direction: known?.name ?? text,
        projects,
        known: known !== undefined,
      });
    }
  }
  return [...byKey.values()].sort(
    (a, b) => a.category.localeCompare(b.category, 'zh') || b.projects - a.projects,
  );
}

function recommenderSummary({ entries, counted, ...group }: RecommenderGroup): RecommenderSummary {
  const over = Math.max(0, counted.length - group.cap);
  return { ...group, counted: counted.length, rows: entries.length, over };
}

/** Builds the summaries from the analyses that the rules used. */
export function summarise(ctx: RuleContext): Summary {
  return {
    units: unitSummaries(ctx),
    directions: directionSummaries(ctx),
    recommenders: ctx.recommenders.map(recommenderSummary),
  };
}
