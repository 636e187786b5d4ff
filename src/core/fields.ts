/**
 * The columns a recommendation sheet can have (reference §3). Of the choice columns (reference §2), `choice` is the
 * one that decides which rows count: the 是否推荐 flag, or the 推荐排序 where the sheet has no flag; `rank` is the
 * 推荐排序 that orders the rows, the same column as `choice` on a sheet that only ranks.
 */
export const FIELDS = [
  'seq',
  'unit',
  'jointUnit',
  'uscc',
  'orgCode',
  'project',
  'direction',
  'category',
  'recommender',
  'region',
  'contact',
  'phone',
  'choice',
  'rank',
] as const;

export type Field = (typeof FIELDS)[number];

/** Where a field sits on a sheet: the Excel column number. */
export type ColumnMap = Partial<Record<Field, number>>;
