import { directionKey } from './directions/direction-list';
import { repeatedDirection, severalDirections } from './directions/several-in-one';
import { compactKey } from './normalise/normalise';
import type { RecommenderGroup } from './recommender/assign';
import type { RowRef } from './row-ref';
import { refsOf, type RuleContext } from './rules/rule';
import { fieldText, type Entry } from './table/entry';
import { filledText } from './table/placeholder';
import { limitRows, unitRows } from './units/joint-applicants';
import { projectsTogether } from './units/namesakes';

/**
 * One applicant unit: how many projects it has against the limit. A unit named only as a joint applicant
 * (联合申报单位) is listed too (reference §1), with 0 projects unless joint applications count. The rows that name
 * no unit and give no code are the last line, `unwritten`, with no name, code or excess: they are no one unit, yet
 * the projects of the lines add up to those of the directions and the recommenders.
 */
export interface UnitSummary {
  /** The unit's name as written (see UnitRows); empty where its code alone identifies it. */
  unit: string;
  /** The code that identifies the unit; for a unit known by its name, the first code cell its rows fill. */
  uscc: string;
  /**
   * The rows that count against the limit: as the applicant, and as a joint applicant when `jointCounted`; the chosen
   * ones where a choice column decides.
   */
  projects: number;
  limit: number;
  over: number;
  /** The rows counted in `projects`, in reading order. */
  rows: RowRef[];
  /** The rows that would count in `projects` but a choice column leaves out (marked 否, say), in reading order. */
  notChosen: RowRef[];
  /** Rows that name the unit as a joint applicant (联合申报单位, or after the applicant in 申报单位), counted or not. */
  jointRows: number;
  /** Whether the profile counts joint applications toward the limit (`countJointApplicants`). */
  jointCounted: boolean;
  /**
   * Where the unit's name is written with other codes too (see projectsTogether): the projects of all the units under
   * that name together, and how many that is over the limit; reported by `uscc-conflict`.
   */
  sameName?: { projects: number; over: number };
  /**
   * Where the unit's code is written under the names of other units too (see projectsTogether), likewise: what they
   * would have together if the code is right and they are one unit.
   */
  sameCode?: { projects: number; over: number };
  unwritten?: true;
}

/**
 * For each unit of a group of units that one name or one code ties together (`namesWithCodes`, `codesUnderNames`),
 * the projects of the group's units together, by the unit's number.
 */
function projectsTiedTogether(
  groups: readonly (readonly Entry[])[],
  ctx: RuleContext,
  projects: (unit: number) => number,
): Map<number, number> {
  const together = new Map<number, number>();
  for (const rows of groups) {
    const tied = projectsTogether(rows, ctx.units, projects);
    for (const unit of tied?.units ?? [])
      together.set(unit, Math.max(tied!.projects, together.get(unit) ?? 0));
  }
  return together;
}

/**
 * One direction: how many projects chose it, and whether it is on the known list. A cell that names several
 * directions (智能传感器、机器翻译系统) is a line of its own with those directions in `several`, counted under none of
 * them: the sheet gives each project one direction, and the total stays the number of projects. A cell that writes
 * one direction twice (机器翻译系统/机器翻译系统) counts under it. The rows that name
 * no direction (a blank cell, or no direction column) are the last line, `unwritten`, with no category or direction,
 * so that the projects add up to those of the units and the recommenders.
 */
export interface DirectionSummary {
  category: string;
  direction: string;
  /** The rows that go up: the chosen ones where a choice column decides, as in the units' and recommenders' counts. */
  projects: number;
  /** Every row that names the direction, chosen or not. */
  rows: number;
  known: boolean;
  several?: string[];
  unwritten?: true;
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

/** Rows as references, those that go up (the chosen ones where a choice column decides) apart from the rest. */
function refsByChoice(entries: readonly Entry[], ctx: RuleContext): { rows: RowRef[]; notChosen: RowRef[] } {
  // Most units' rows all go up or all stay: their references are made in one go, with no arrays in between.
  let up = 0;
  for (const entry of entries) if (ctx.countsUp(entry)) up++;
  if (up === entries.length) return { rows: refsOf(entries), notChosen: [] };
  if (up === 0) return { rows: [], notChosen: refsOf(entries) };
  const rows: RowRef[] = [];
  const notChosen: RowRef[] = [];
  for (const entry of entries)
    (ctx.countsUp(entry) ? rows : notChosen).push({ sheet: entry.sheet, row: entry.row });
  return { rows, notChosen };
}

function unitSummaries(ctx: RuleContext): UnitSummary[] {
  const limit = ctx.profile.unitLimit;
  const jointCounted = ctx.profile.countJointApplicants;
  const units = unitRows(ctx.entries, ctx.units);
  // Each unit's rows that count against the limit, and the rest.
  const split = units.map((unit) => refsByChoice(limitRows(unit, jointCounted), ctx));
  const projects = (unit: number) => split[unit]!.rows.length;
  const sameName = projectsTiedTogether(ctx.units.namesWithCodes, ctx, projects);
  const sameCode = projectsTiedTogether(ctx.units.codesUnderNames, ctx, projects);
  const overLimit = (projects: number) => ({ projects, over: Math.max(0, projects - limit) });
  const summaries = units.map((unit, index) => {
    const { rows, notChosen } = split[index]!;
    const summary: UnitSummary = {
      unit: unit.unit,
      uscc: unit.code ?? firstCodeCell(unit.applicant),
      projects: rows.length,
      limit,
      over: Math.max(0, rows.length - limit),
      rows,
      notChosen,
      jointRows: unit.joint.size,
      jointCounted,
    };
    // Set where they apply, not spread in: an object literal with spreads takes ten times as long to build.
    const byName = sameName.get(index);
    const byCode = sameCode.get(index);
    if (byName !== undefined) summary.sameName = overLimit(byName);
    if (byCode !== undefined) summary.sameCode = overLimit(byCode);
    return summary;
  });
  summaries.sort((a, b) => b.projects - a.projects);
  const unwritten = unwrittenUnit(ctx);
  if (unwritten) summaries.push(unwritten);
  return summaries;
}

/** The line of the rows that name no unit and give no code (see UnitSummary), if any row does. */
function unwrittenUnit(ctx: RuleContext): UnitSummary | undefined {
  const unwritten = ctx.entries.filter((entry) => ctx.units.unitOf(entry) === undefined);
  if (unwritten.length === 0) return undefined;
  const { rows, notChosen } = refsByChoice(unwritten, ctx);
  return {
    unit: '',
    uscc: '',
    projects: rows.length,
    limit: ctx.profile.unitLimit,
    over: 0,
    rows,
    notChosen,
    jointRows: 0,
    jointCounted: ctx.profile.countJointApplicants,
    unwritten: true,
  };
}

function directionSummaries(ctx: RuleContext): DirectionSummary[] {
  // Thousands of rows name a handful of directions: count each wording, then key each wording once.
  const byText = new Map<string, { first: Entry; projects: number; rows: number }>();
  const unwritten: DirectionSummary = {
    category: '',
    direction: '',
    projects: 0,
    rows: 0,
    known: false,
    unwritten: true,
  };
  for (const entry of ctx.entries) {
    const text = filledText(entry, 'direction');
    const goesUp = ctx.countsUp(entry) ? 1 : 0;
    if (!text) {
      unwritten.projects += goesUp;
      unwritten.rows++;
      continue;
    }
    const wording = byText.get(text);
    if (wording) {
      wording.projects += goesUp;
      wording.rows++;
    } else byText.set(text, { first: entry, projects: goesUp, rows: 1 });
  }
  const byKey = new Map<string, DirectionSummary>();
  for (const [text, { first, projects, rows }] of byText) {
    const known = ctx.directions.find(text) ?? repeatedDirection(text, ctx.directions);
    const key = directionKey(known?.name ?? text);
    const summary = byKey.get(key);
    if (summary) {
      summary.projects += projects;
      summary.rows += rows;
    } else {
      const several = known ? undefined : severalDirections(text, ctx.directions);
      byKey.set(key, {
        category: known?.category ?? fieldText(first, 'category'),
        direction: known?.name ?? text,
        projects,
        rows,
        known: known !== undefined,
        ...(several && { several }),
      });
    }
  }
  const place = categoryPlace(ctx.profile.categories);
  const written = [...byKey.values()].sort(
    (a, b) =>
      place(a.category) - place(b.category) ||
      a.category.localeCompare(b.category, 'zh') ||
      b.projects - a.projects ||
      b.rows - a.rows,
  );
  return unwritten.rows > 0 ? [...written, unwritten] : written;
}

/**
 * Where a category goes in the summary: in the profile's order (核心基础、重点产品、公共支撑), written with a number
 * or 类 too (二、重点产品, 核心基础类), and any other category after them.
 */
function categoryPlace(categories: readonly string[]): (category: string) => number {
  const keys = categories.map(compactKey);
  return (category) => {
    const key = compactKey(category);
    const at = keys.findIndex((known) => key.includes(known));
    return at < 0 ? keys.length : at;
  };
}

/** The first code cell that a unit's rows fill, for a unit known by its name alone: read only where it is shown. */
function firstCodeCell(rows: readonly Entry[]): string {
  const coded = rows.find((entry) => fieldText(entry, 'uscc') !== '');
  return coded ? fieldText(coded, 'uscc') : '';
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
