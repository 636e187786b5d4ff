/**
 * The columns a recommendation sheet can have (reference §3). Of the choice columns (reference §2), `choice` is the
 * one that decides which rows count: the 是否推荐 flag, or the 推荐排序 where the sheet has no flag; `rank` is the
 * 推荐排序 that orders the rows, the same column as `choice` on a sheet that only ranks. `otherPhone` is a second column
 * of phones (负责人电话 beside 联系人电话), checked as `phone` is.
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
  'otherPhone',
  'choice',
  'rank',
] as const;

export type Field = (typeof FIELDS)[number];

/** Where a field sits on a sheet: the Excel column number. */
export type ColumnMap = Partial<Record<Field, number>>;

/** The field that a second column naming a field takes: each phone of a sheet with two is checked. */
export const SECOND_COLUMN: Partial<Record<Field, Field>> = { phone: 'otherPhone' };

/** The fields whose cells hold phone numbers. */
export const PHONE_FIELDS = ['phone', 'otherPhone'] as const;
