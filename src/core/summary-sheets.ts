import type { RuleContext } from './rules/rule';

/** A checked sheet that repeats the projects of several others: most likely their summary (全市汇总). */
export interface SummarySheet {
  name: string;
  /** Its projects that have a title, every one of which is on another checked sheet too. */
  rows: number;
  /** The sheets its projects are on, in reading order. */
  others: string[];
}

/**
 * The checked sheets whose projects (a unit and its title) are all on other checked sheets too, found there on two
 * sheets or more: a municipal workbook's 全市汇总 beside the 南山区 and 福田区 sheets it gathers. Each of its
 * projects is then a duplicate-project error, which the report should explain once. A district sheet, whose
 * projects are all in the summary alone, is not one; neither is a sheet of fewer than two projects.
 */
export function summarySheets(ctx: RuleContext): SummarySheet[] {
  // A summary and two sheets it gathers, at least.
  if (ctx.tables.length < 3) return [];
  // A project is its unit and its title; a row without a title is none.
  const keys = ctx.entries.map((entry) => {
    const title = ctx.titleOf(entry).exact;
    return title ? `${ctx.units.unitOf(entry) ?? ''}\u0000${title}` : undefined;
  });
  const sheetsOf = new Map<string, Set<string>>();
  for (const entry of ctx.entries) {
    const key = keys[entry.index];
    if (key === undefined) continue;
    const sheets = sheetsOf.get(key);
    if (sheets) sheets.add(entry.sheet);
    else sheetsOf.set(key, new Set([entry.sheet]));
  }
  const found: SummarySheet[] = [];
  for (const table of ctx.tables) {
    const others = new Set<string>();
    let rows = 0;
    const everyElsewhere = table.entries.every((entry) => {
      const key = keys[entry.index];
      if (key === undefined) return true;
      rows++;
      const elsewhere = [...sheetsOf.get(key)!].filter((sheet) => sheet !== table.name);
      for (const sheet of elsewhere) others.add(sheet);
      return elsewhere.length > 0;
    });
    if (everyElsewhere && rows >= 2 && others.size >= 2) {
      const order = ctx.tables.map((other) => other.name).filter((name) => others.has(name));
      found.push({ name: table.name, rows, others: order });
    }
  }
  return found;
}
