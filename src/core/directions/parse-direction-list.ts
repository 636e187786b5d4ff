import type { GridCell, WorkbookGrid } from '../grid';
import { compactKey } from '../normalise/normalise';
import { directionKey } from './direction-list';
import type { Direction, Profile } from '../profile';
import { HeaderMatcher } from '../table/header-match';
import { fieldText } from '../table/entry';
import { readTable } from '../table/read-table';

/** The profile's categories by their comparison key, so that `一、核心基础` and `（一）核心基础` name 核心基础. */
function categoriesByKey(profile: Profile): ReadonlyMap<string, string> {
  return new Map(profile.categories.map((category) => [directionKey(category), category]));
}

/** What may stand between a category and its direction in place of a tab: spaces, or a colon. */
const CATEGORY_SEPARATOR = /\s*[:：]\s*|\s+/gu;

/**
 * A line that begins with one of the profile's categories and a space or a colon, as a list typed or copied from the
 * guide writes it (`核心基础  智能传感器`, `一、核心基础 1.智能传感器`, `核心基础：智能传感器`): the category and
 * the rest. Undefined when no beginning of the line up to a space or colon is a category, so that a direction with a
 * space inside stays whole.
 */
function categoryAtStart(
  line: string,
  categories: ReadonlyMap<string, string>,
): [category: string, rest: string] | undefined {
  for (const separator of line.matchAll(CATEGORY_SEPARATOR)) {
    const category = categories.get(directionKey(line.slice(0, separator.index)));
    const rest = line.slice(separator.index + separator[0].length);
    if (category && rest) return [category, rest];
  }
  return undefined;
}

/**
 * Reads the guide's direction list from a text file: one direction a line, or `类别<TAB>方向` (spaces or a colon will
 * do in place of the tab when what comes before them is one of the profile's categories). A line that names
 * only a category (`一、核心基础`) is a heading, as the guide writes one over its directions: it gives them its
 * category. Blank lines, `#` comments, a header line and a title that names the list (`揭榜方向清单`) are skipped.
 */
export function parseDirectionText(text: string, profile: Profile): Direction[] {
  const matcher = new HeaderMatcher(profile);
  const categories = categoriesByKey(profile);
  // A direction's name is no header wording of the list (细化揭榜方向, 揭榜任务 …): a line that holds one is a title.
  // The two-character 方向 is too short to tell.
  const titleWords = (profile.headers.direction ?? []).map(compactKey).filter((word) => word.length >= 4);
  const directions: Direction[] = [];
  let heading: string | undefined;
  for (const line of text.split(/\r\n|\r|\n/u)) {
    const tabbed = line
      .split('\t')
      .map((part) => part.trim())
      .filter((part) => part !== '');
    const parts = (tabbed.length === 1 && categoryAtStart(tabbed[0]!, categories)) || tabbed;
    if (parts.length === 0 || parts[0]?.startsWith('#')) continue;
    if (parts.every((part) => matcher.match(part) !== undefined)) continue;
    const name = parts[parts.length - 1] ?? '';
    if (parts.length === 1 && titleWords.some((word) => compactKey(name).includes(word))) continue;
    const named = parts.length === 1 ? categories.get(directionKey(name)) : undefined;
    if (named) {
      heading = named;
      continue;
    }
    const category = parts.length >= 2 ? parts[0] : heading;
    directions.push(category ? { name, category } : { name });
  }
  return directions;
}

/**
 * Reads a direction list from a workbook or CSV: its 揭榜方向 column (with 类别 where present), or, in a sheet
 * without a header, each row as a line of the text list (see `headerlessLine`).
 * A row whose 揭榜方向 cell names one of the profile's categories (`一、核心基础`, as the guide heads its directions)
 * is a heading: it gives its category to the rows under it that have none, and is no direction.
 */
export function parseDirectionGrid(grid: WorkbookGrid, profile: Profile): Direction[] {
  const matcher = new HeaderMatcher(profile);
  const categories = categoriesByKey(profile);
  for (const sheet of grid.sheets) {
    const table = readTable(sheet, profile, matcher, { anchors: ['direction'], minFields: 1 });
    if (!table) continue;
    const directions: Direction[] = [];
    let heading: string | undefined;
    for (const entry of table.entries) {
      const [name, written] = [fieldText(entry, 'direction'), fieldText(entry, 'category')];
      const named = categories.get(directionKey(name));
      if (named) heading = named;
      if (named || !name) continue;
      const category = written || heading;
      directions.push(category ? { name, category } : { name });
    }
    return directions;
  }
  const lines = grid.sheets[0]?.rows.map((row) => headerlessLine(row, categories)) ?? [];
  return parseDirectionText(lines.join('\n'), profile);
}

/** A cell that only numbers its row, as a 序号 column does: `1`, `12.`, `3、`. */
const ROW_NUMBER = /^\d{1,4}[.、．]?$/u;

/**
 * A row of a sheet without a header as a line of the text list: its first cell, after one that only numbers the row
 * (`1 | 智能传感器`); or a category and the direction beside it (`核心基础 | 智能传感器`). Any other cell beside a
 * direction is a note on it, never a direction.
 */
function headerlessLine(
  row: readonly (GridCell | undefined)[],
  categories: ReadonlyMap<string, string>,
): string {
  const all = row.map((cell) => cell?.text.trim() ?? '').filter((text) => text !== '');
  const texts = all.length > 1 && ROW_NUMBER.test(all[0]!) ? all.slice(1) : all;
  const [first = '', second] = texts;
  return second !== undefined && categories.has(directionKey(first)) ? `${first}\t${second}` : first;
}
