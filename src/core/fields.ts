/** The columns a recommendation sheet can have (reference §3). */
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
] as const;

export type Field = (typeof FIELDS)[number];

/** Where a field sits on a sheet: the Excel column number. */
export type ColumnMap = Partial<Record<Field, number>>;
