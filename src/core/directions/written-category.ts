import { compactKey } from '../normalise/normalise';
import { escapedForRegExp } from '../normalise/word-match';
import { CLOSE_BRACKET, OPEN_BRACKET } from '../normalise/written-brackets';

/** Separators that set a category apart from its direction in one cell, where no bracket does. */
const SEPARATOR = '[-—－–:：/／|｜、\\s]';

/** What a category may have written after it: 核心基础类, 核心基础任务, 核心基础类任务. */
export const CATEGORY_SUFFIXES: readonly string[] = ['', '类', '任务', '类任务'];

/**
 * Tells a cell that names one of the categories and no direction (核心基础, 重点产品类): the category written where the
 * direction goes. The keys of the categories as they may be written are made once.
 */
export function categoryAloneReader(categories: readonly string[]): (text: string) => boolean {
  const keys = new Set(
    categories.flatMap((category) => CATEGORY_SUFFIXES.map((suffix) => compactKey(category) + suffix)),
  );
  return (text) => keys.has(compactKey(text));
}

/** A direction and the category that a cell writes beside it. */
export interface WithCategory {
  category: string;
  direction: string;
}

/**
 * Reads a direction written with one of the profile's categories in one cell, as a 揭榜方向 column that holds both
 * writes it: the category before it (`核心基础-智能传感器`, `核心基础类：智能传感器`, `【核心基础】智能传感器`), or
 * after it in brackets (`智能传感器（核心基础）`). The reader gives undefined for a cell that writes no category.
 */
export function categoryReader(categories: readonly string[]): (text: string) => WithCategory | undefined {
  if (categories.length === 0) return () => undefined;
  const category = `(?<category>${categories.map(escapedForRegExp).join('|')})(?:${CATEGORY_SUFFIXES.join('|')})`;
  // A category and a direction run together (公共支撑平台) are no category beside a direction: a bracket or a
  // separator sets them apart.
  const forms = [
    new RegExp(`^\\s*${OPEN_BRACKET}\\s*${category}\\s*${CLOSE_BRACKET}${SEPARATOR}*(?<direction>.+)$`, 'u'),
    new RegExp(`^\\s*${category}${SEPARATOR}+(?<direction>.+)$`, 'u'),
    new RegExp(`^(?<direction>.+?)\\s*${OPEN_BRACKET}\\s*${category}\\s*${CLOSE_BRACKET}\\s*$`, 'u'),
  ];
  return (text) => {
    for (const form of forms) {
      const groups = form.exec(text)?.groups;
      const direction = groups?.direction?.trim();
      if (groups?.category && direction) return { category: groups.category, direction };
    }
    return undefined;
  };
}
