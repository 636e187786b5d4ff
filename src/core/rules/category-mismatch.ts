import { compactKey } from '../normalise/normalise';
import { fieldText } from '../table/entry';
import { findingAt, NO_FINDINGS, type Rule } from './rule';

/** 核心基础、重点产品、公共支撑等3类创新任务 (notice 一): the category column disagrees with the direction's category. */
export const categoryMismatch: Rule<'category-mismatch'> = {
  id: 'category-mismatch',
  defaultSeverity: 'warning',
  row(entry, ctx) {
    const category = fieldText(entry, 'category');
    const direction = fieldText(entry, 'direction');
    const expected = direction ? ctx.directions.find(direction)?.category : undefined;
    if (!category || !expected) return NO_FINDINGS;
    // Most rows write their direction's category as the list does, which needs no keys to tell.
    if (category === expected || compactKey(category).includes(compactKey(expected))) return NO_FINDINGS;
    const values = { category, direction, expected };
    return [findingAt(ctx, 'category-mismatch', 'warning', { entry, field: 'category' }, values)];
  },
};
