import type { FindingOf } from '../finding';
import { compactKey } from '../normalise/normalise';
import { fieldText } from '../table/entry';
import { findingAt, NO_FINDINGS, type Rule } from './rule';

/** Whether a written category is the expected one: as the list writes it, or with a number or 类 around it. */
const isExpected = (category: string, expected: string) =>
  category === expected || compactKey(category).includes(compactKey(expected));

/**
 * 核心基础、重点产品、公共支撑等3类创新任务 (notice 一): the category column, or a category written beside the
 * direction in its cell (`重点产品-智能传感器`), disagrees with the direction's category. Each cell is marked.
 */
export const categoryMismatch: Rule<'category-mismatch'> = {
  id: 'category-mismatch',
  defaultSeverity: 'warning',
  row(entry, ctx) {
    const direction = fieldText(entry, 'direction');
    const known = direction ? ctx.directions.find(direction) : undefined;
    const expected = known?.category;
    if (!expected) return NO_FINDINGS;
    let findings: FindingOf<'category-mismatch'>[] | undefined;
    const beside = ctx.directions.categoryBeside(direction);
    if (beside && !isExpected(beside, expected)) {
      const values = { category: beside, direction: known.name, expected };
      (findings ??= []).push(
        findingAt(ctx, 'category-mismatch', 'warning', { entry, field: 'direction' }, values),
      );
    }
    // Most rows write their direction's category as the list does, which needs no keys to tell.
    const category = fieldText(entry, 'category');
    if (category && !isExpected(category, expected)) {
      const values = { category, direction, expected };
      (findings ??= []).push(
        findingAt(ctx, 'category-mismatch', 'warning', { entry, field: 'category' }, values),
      );
    }
    return findings ?? NO_FINDINGS;
  },
};
