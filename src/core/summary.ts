import { directionKey } from './directions/direction-list';
import type { RecommenderGroup } from './recommender/assign';
import type { RowRef } from './row-ref';
import { countedRows } from './rules/quota-exceeded';
import { refsOf, type RuleContext } from './rules/rule';
import { fieldText } from './table/entry';
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
export type RecommenderSummary = Omit<RecommenderGroup, 'entries'> & {
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
  const summaries = [...ctx.units.units.values()].map((rows) => {
    const first = rows[0];
    const unit = first ? fieldText(first, 'unit') : '';
    const uscc = rows.map((entry) => fieldText(entry, 'uscc')).find((code) => code !== '') ?? '';
    return {
      unit,
      uscc,
      projects: rows.length,
      limit,
      over: Math.max(0, rows.length - limit),
      rows: refsOf(rows),
      jointRows: joint.get(normalise(unit)) ?? 0,
    };
  });
  return summaries.sort((a, b) => b.projects - a.projects);
}

function directionSummaries(ctx: RuleContext): DirectionSummary[] {
  const byKey = new Map<string, DirectionSummary>();
  for (const entry of ctx.entries) {
    const text = fieldText(entry, 'direction');
    if (!text) continue;
    const known = ctx.directions.find(text);
    const key = directionKey(known?.name ?? text);
    const summary = byKey.get(key);
    if (summary) summary.projects++;
    else {
      byKey.set(key, {
        category: known?.category ?? fieldText(entry, 'category'),
        direction: known?.name ?? text,
        projects: 1,
        known: known !== undefined,
      });
    }
  }
  return [...byKey.values()].sort(
    (a, b) => a.category.localeCompare(b.category, 'zh') || b.projects - a.projects,
  );
}

function recommenderSummary({ entries, ...group }: RecommenderGroup, ctx: RuleContext): RecommenderSummary {
  const counted = countedRows(entries, ctx).length;
  return { ...group, counted, rows: entries.length, over: Math.max(0, counted - group.cap) };
}

/** Builds the summaries from the analyses that the rules used. */
export function summarise(ctx: RuleContext): Summary {
  return {
    units: unitSummaries(ctx),
    directions: directionSummaries(ctx),
    recommenders: ctx.recommenders.map((group) => recommenderSummary(group, ctx)),
  };
}
