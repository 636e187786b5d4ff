import type { GridCell, SheetGrid, WorkbookGrid } from '../grid';
import { columnLetter } from '../column-letter';
import { namesDirectionList, type ListReading } from '../list-sheets';
import { compactKey } from '../normalise/normalise';
import { directionKey, isListMark } from './direction-list';
import { directionsInOne } from './several-in-one';
import { CATEGORY_SUFFIXES, categoryReader, type WithCategory } from './written-category';
import type { Direction, Profile } from '../profile';
import { HeaderMatcher } from '../table/header-match';
import { fieldText } from '../table/entry';
import { PROJECT_TABLE } from '../table/find-header';
import { readTable } from '../table/read-table';

/**
 * The count that a category's heading may write after it, in brackets: `一、核心基础（4个）`, `核心基础（共6项）`,
 * `重点产品（8个方向）：`.
 */
const HEADING_COUNT =
  /[(（]\s*(?:共\s*)?[\d\uFF10-\uFF19一二三四五六七八九十]{1,3}[^()（）\d]{0,8}[)）](?=[\s:：.．。,，;；、]*$)/u;

/** The profile's category that a text names, if any. */
type CategoryNamer = (text: string) => string | undefined;

/**
 * The profile's category that a text names, so that `一、核心基础`, `（一）核心基础`, `核心基础类` and a heading with
 * its count, `核心基础（共6项）`, name 核心基础.
 */
function categoryNamer(profile: Profile): CategoryNamer {
  const byKey = new Map(
    profile.categories.flatMap((category) =>
      CATEGORY_SUFFIXES.map((suffix) => [directionKey(category + suffix), category] as const),
    ),
  );
  return (text) => byKey.get(directionKey(text.replace(HEADING_COUNT, '')));
}

/**
 * The category that a list writes beside a direction: one of the profile's (see `categoryNamer`), or, for a profile
 * that names none, the text as written. Any other text (a bullet, a note) is no category: taken for one, it would
 * make every row of its direction a category mismatch.
 */
function categoryWriter(profile: Profile, categoryOf: CategoryNamer): CategoryNamer {
  return profile.categories.length > 0 ? categoryOf : (text) => text;
}

/**
 * What may stand between a category and its direction in place of a tab: spaces, a colon, or a comma, as a list
 * saved as comma-separated text writes it (`核心基础,智能传感器`).
 */
const CATEGORY_SEPARATOR = /\s*[:：,，]\s*|\s+/gu;

/**
 * A line that begins with one of the profile's categories and a space, a colon or a comma, as a list typed or copied
 * from the guide writes it (`核心基础  智能传感器`, `一、核心基础 1.智能传感器`, `核心基础：智能传感器`): the category and
 * the rest. Undefined when no beginning of the line up to a space or colon is a category, so that a direction with a
 * space inside stays whole.
 */
function categoryAtStart(
  line: string,
  categoryOf: CategoryNamer,
): [category: string, rest: string] | undefined {
  for (const separator of line.matchAll(CATEGORY_SEPARATOR)) {
    const category = categoryOf(line.slice(0, separator.index));
    const rest = line.slice(separator.index + separator[0].length);
    // A heading's count after a space (`公共支撑 (3个方向)`) is no direction.
    if (category && rest.replace(HEADING_COUNT, '').trim()) return [category, rest];
  }
  return undefined;
}

/**
 * The directions of a list that is one line (`智能传感器、机器翻译系统、…`), cut as `directionsInOne` cuts them, each
 * with the line's category; a line with no separator is one direction. A list of several lines is one direction a
 * line, whose directions may have a 、 inside, unless each line is a category's own list (see `listsOnEachLine`).
 */
function oneLineList({ name, category }: Direction): Direction[] {
  return directionsInOne(name).map((part) => (category ? { name: part, category } : { name: part }));
}

/**
 * Whether the lines of a list each hold a list written on one line (see `oneLineList`): a list of one line; or lines
 * that each begin with one of the profile's categories, or stand under its heading, a different one each, as a list
 * of the guide's directions by category writes them (`核心基础：甲、乙、丙` / `重点产品：丁、戊`). A list in which one
 * category has two lines names one direction a line (`核心基础<TAB>甲、乙`): its directions may have a 、 inside.
 * @param lineCategories for each line, the profile's category that begins it or heads it, if any
 */
function listsOnEachLine(lineCategories: readonly (string | undefined)[]): boolean {
  if (lineCategories.length === 1) return true;
  const distinct = new Set(lineCategories);
  return !distinct.has(undefined) && distinct.size === lineCategories.length;
}

/**
 * A line that a list copied from the guide's document holds besides its directions: the 附件 label (`附件`,
 * `附件2：`), the document's title (`…揭榜挂帅申报指南`, `…的通知`, with a remark in brackets after it) and its page
 * numbers (`— 3 —`, `- 4 -`, `12`, `第 5 页`).
 */
const DOCUMENT_LINE =
  /^(?:附件\d{0,2}|.*(?:指南|通知)(?:[(（][^()（）]*[)）])?|[-—–－]*\d{1,3}[-—–－]*|第\d{1,3}页)$/u;

/** Whether a line is one of the document's own (see DOCUMENT_LINE), its spaces, colons and full stops aside. */
const isDocumentLine = (line: string) => DOCUMENT_LINE.test(line.replace(/[\s:：.。]/gu, ''));

/** A cell that only numbers its row, as a 序号 column does: `1`, `12.`, `3、`. */
const ROW_NUMBER = /^\d{1,4}[.、．]?$/u;

/**
 * The cells of a row, or of a line copied from a table, without a first cell that only numbers it (`1 | 智能传感器`)
 * or is its bullet (`·<TAB>智能传感器`, as Word's bulleted list pastes).
 */
function withoutRowNumber(cells: readonly string[]): readonly string[] {
  const [first = ''] = cells;
  return cells.length > 1 && (ROW_NUMBER.test(first) || isListMark(first)) ? cells.slice(1) : cells;
}

/**
 * The cells of a line as `类别<TAB>方向<TAB>…`: a direction written before its category (`智能传感器<TAB>核心基础`,
 * from a table whose 揭榜方向 column comes first) is put after it, and a note after both left out. The cells after a
 * category that comes first are kept: they are a note (`核心基础<TAB>智能传感器<TAB>备注`, from a table with a 备注
 * column) or the category's further directions (`核心基础<TAB>智能传感器<TAB>机器翻译系统`), as the whole list tells
 * (see `parseDirectionText`).
 */
function categoryFirst(cells: readonly string[], categoryOf: CategoryNamer): readonly string[] {
  const [first = '', second = ''] = cells;
  if (cells.length < 2 || categoryOf(first) !== undefined) return cells;
  return categoryOf(second) !== undefined ? [second, first] : cells;
}

/**
 * The parts of a line: its cells between tabs, as `类别<TAB>方向` (see `withoutRowNumber` and `categoryFirst`); or,
 * for a line of one cell that begins with one of the profile's categories (see `categoryAtStart`) or writes one
 * beside its direction in brackets (see `categoryReader`), that category and the rest.
 */
function lineParts(
  line: string,
  categoryOf: CategoryNamer,
  withCategory: (text: string) => WithCategory | undefined,
): readonly string[] {
  const cells = line
    .split('\t')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const parts = categoryFirst(withoutRowNumber(cells), categoryOf);
  const [only] = parts;
  if (parts.length !== 1 || only === undefined) return parts;
  const beside = withCategory(only);
  return categoryAtStart(only, categoryOf) ?? (beside ? [beside.category, beside.direction] : parts);
}

/**
 * Whether the parts of a line are the list's header: header words all (`类别<TAB>揭榜方向`), or 揭榜方向 and another
 * beside a column that is read as none (`类别<TAB>揭榜方向<TAB>备注`, copied from a table with a 备注 column).
 */
function isHeaderLine(parts: readonly string[], matcher: HeaderMatcher): boolean {
  const fields = parts.map((part) => matcher.match(part));
  const named = fields.filter((field) => field !== undefined).length;
  return named === parts.length || (named >= 2 && fields.includes('direction'));
}

/** Where a title that labels the directions after it on its line ends: `揭榜方向：智能传感器；机器翻译系统`. */
const LABEL_END = /[:：]/u;

/**
 * The directions that a line holding a title names after it: those after the colon of a title that labels them
 * (`揭榜方向：智能传感器；机器翻译系统`), else none (`揭榜方向清单`, `2021年…细化揭榜方向：`).
 */
function labelledDirections(line: string, isTitle: (text: string) => boolean): string {
  const labelEnd = line.search(LABEL_END);
  if (labelEnd < 0 || !isTitle(line.slice(0, labelEnd))) return '';
  return line.slice(labelEnd + 1).trim();
}

/**
 * Whether a line's first cell is empty (`<TAB>智能传感器<TAB>…`), after a cell that only numbers its row
 * (`2<TAB><TAB>智能传感器`): after a line that begins with a category and a direction, it goes on with that category's
 * directions, as a list copied from a sheet whose category cell spans two rows writes them.
 */
function leavesFirstCellEmpty(line: string): boolean {
  if (!line.includes('\t')) return false;
  const [first, ...rest] = withoutRowNumber(line.split('\t').map((cell) => cell.trim()));
  return first === '' && rest.some((cell) => cell !== '');
}

/**
 * Reads the guide's direction list from a text file: one direction a line, or `类别<TAB>方向` (spaces or a colon will
 * do in place of the tab when what comes before them is one of the profile's categories, as will a category in
 * brackets before or after the direction: see `categoryReader`), or all on one line, separated by ；, ， or 、 or
 * numbered (see `oneLineList`), or one such line for each category (`核心基础：甲、乙、丙`, or
 * `核心基础<TAB>甲<TAB>乙` as a row copied from a sheet writes it). A line that names only a category (`一、核心基础`) is a heading, as the guide writes one over its directions: it gives them
 * its category. Blank lines, `#` comments, a header line and a title that names the list (`揭榜方向清单`) are skipped;
 * a title followed by a colon labels the directions after it. A line copied from a table may begin with its row
 * number, which is left out, and may give the direction before its category (see `categoryFirst`). A line whose first
 * cell is empty goes on with the category of the line above it (see `leavesFirstCellEmpty`).
 */
export function parseDirectionText(text: string, profile: Profile): Direction[] {
  const matcher = new HeaderMatcher(profile);
  const categoryOf = categoryNamer(profile);
  const writtenCategory = categoryWriter(profile, categoryOf);
  const withCategory = categoryReader(profile.categories);
  // A direction's name is no header wording of the list (细化揭榜方向, 揭榜任务 …): a line that holds one is a title.
  // The two-character 方向 is too short to tell.
  const titleWords = (profile.headers.direction ?? []).map(compactKey).filter((word) => word.length >= 4);
  const isTitle = (text: string) => titleWords.some((word) => compactKey(text).includes(word));
  const directions: Direction[] = [];
  // For each direction, the cells after it on its line: the category's further directions, or a note.
  const cellsAfter: (readonly string[])[] = [];
  const lineCategories: (string | undefined)[] = [];
  let heading: string | undefined;
  let headed = false;
  // The category that the last line wrote in its first cell, before a direction, for the lines that continue it.
  let cellCategory: string | undefined;
  for (const line of text.split(/\r\n|\r|\n/u)) {
    if (isDocumentLine(line)) continue;
    const parts = lineParts(line, categoryOf, withCategory);
    if (parts.length === 0 || parts[0]?.startsWith('#')) continue;
    if (isHeaderLine(parts, matcher)) {
      headed = true;
      continue;
    }
    if (cellCategory && leavesFirstCellEmpty(line) && categoryOf(parts[0]!) === undefined) {
      const [name = '', ...rest] = parts;
      directions.push({ name, category: cellCategory });
      cellsAfter.push(rest);
      continue;
    }
    const [first = '', second, ...rest] = parts;
    cellCategory = second === undefined ? undefined : categoryOf(first);
    const name = second ?? (isTitle(first) ? labelledDirections(first, isTitle) : first);
    if (!name) continue;
    const named = second === undefined ? categoryOf(name) : undefined;
    if (named) {
      heading = named;
      continue;
    }
    const category = second === undefined ? heading : writtenCategory(first);
    directions.push(category ? { name, category } : { name });
    cellsAfter.push(rest);
    lineCategories.push(second === undefined ? heading : categoryOf(first));
  }
  if (!listsOnEachLine(lineCategories)) return directions;
  // A header line names the columns, and a column after 揭榜方向 holds notes; without one, a line for each category
  // may write its directions in cells of their own, as a row copied from a sheet does.
  return directions.flatMap((direction, i) => [
    ...oneLineList(direction),
    ...(headed ? [] : cellsAfter[i]!.flatMap((name) => oneLineList({ ...direction, name }))),
  ]);
}

/**
 * Reads a direction list from a workbook or CSV: its 揭榜方向 column (with 类别 where present), or, in a sheet
 * without a header, each row as a line of the text list (see `headerlessLine`), or its one row, or its one row for
 * each category, as a list written across it (see `acrossLine` and `listsOnEachLine`).
 * A row whose 揭榜方向 cell names one of the profile's categories (`一、核心基础`, as the guide heads its directions)
 * is a heading: it gives its category to the rows under it that have none, and is no direction.
 * A workbook may hold the list beside a recommendation table, or be the recommendation workbook itself: a sheet that
 * holds projects is never read, and a sheet that calls itself the direction list (`namesDirectionList`) is read
 * before the others. A workbook of recommendation tables alone holds no direction list.
 */
export function parseDirectionGrid(grid: WorkbookGrid, profile: Profile): ListReading<Direction[]> {
  const matcher = new HeaderMatcher(profile);
  const lists = grid.sheets.filter((sheet) => !readTable(sheet, profile, matcher, PROJECT_TABLE));
  if (lists.length === 0 && grid.sheets.length > 0) return { ok: false, failure: 'recommendations-only' };
  const named = lists.filter(namesDirectionList);
  const ordered = [...named, ...lists.filter((sheet) => !named.includes(sheet))];
  // A list whose formulas hold no results (a file another program made) would lose the directions they show, and
  // every project of those directions would be told it is on no list.
  const uncalculated = ordered.find((sheet) => sheet.uncalculated);
  if (uncalculated) {
    const { row, column } = uncalculated.uncalculated!;
    const values = { sheet: uncalculated.name, cell: `${columnLetter(column)}${row}` };
    return { ok: false, failure: 'formulas-not-calculated', values };
  }
  return { ok: true, list: directionsOf(ordered, profile, matcher) };
}

/**
 * The directions of a sheet of the workbook being checked that calls itself the direction list
 * (`namesDirectionList`) and holds no projects, as `parseDirectionGrid` reads them.
 */
export function directionSheetList(sheet: SheetGrid, profile: Profile): Direction[] {
  return directionsOf([sheet], profile, new HeaderMatcher(profile));
}

/** The directions of the first of these sheets that has a 揭榜方向 column, else of the first read without a header. */
function directionsOf(sheets: readonly SheetGrid[], profile: Profile, matcher: HeaderMatcher): Direction[] {
  const categoryOf = categoryNamer(profile);
  const writtenCategory = categoryWriter(profile, categoryOf);
  for (const sheet of sheets) {
    const table = readTable(sheet, profile, matcher, { anchors: ['direction'], minFields: 1 });
    if (!table) continue;
    const directions: Direction[] = [];
    let heading: string | undefined;
    for (const entry of table.entries) {
      const [name, written] = [fieldText(entry, 'direction'), fieldText(entry, 'category')];
      const named = categoryOf(name);
      if (named) heading = named;
      if (named || !name || isDocumentLine(name)) continue;
      const category = (written && writtenCategory(written)) || heading;
      directions.push(category ? { name, category } : { name });
    }
    return directions;
  }
  const rows = headerlessRows(sheets[0]?.rows ?? [], categoryOf);
  const rowCategories = rows
    .filter(({ continued }) => !continued)
    .map(({ texts: [first = '', ...rest] }) => (rest.length > 0 ? categoryOf(first) : undefined));
  const across = listsOnEachLine(rowCategories);
  const lines = rows.map(({ texts, continued }) => {
    // A row under a category that spans two rows: its directions, without the category (see leavesFirstCellEmpty).
    if (continued) return `\t${across ? texts.join('；') : texts[0]}`;
    return across ? acrossLine(texts, categoryOf) : headerlessLine(texts, categoryOf);
  });
  return parseDirectionText(lines.join('\n'), profile);
}

/** Whether a cell's text, trimmed, holds anything. */
const isWritten = (text: string) => text !== '';

/**
 * The rows of a sheet without a header that hold text, each as its texts (without blank cells and a cell that only
 * numbers the row) and whether it goes on with the category of a row above it: its first cell is empty where that
 * row's names a category before a direction (核心基础 | 智能传感器 / (empty) | 机器翻译系统), as a category cell
 * merged over two rows leaves it. The first cell is in the sheet's first column that holds text, after a 序号 cell.
 */
function headerlessRows(
  sheetRows: readonly (readonly (GridCell | undefined)[])[],
  categoryOf: CategoryNamer,
): { texts: readonly string[]; continued: boolean }[] {
  const rows = sheetRows
    .map((row) => row.map((cell) => cell?.text.trim() ?? ''))
    .filter((texts) => texts.some(isWritten));
  const firstColumn = rows.reduce((first, texts) => Math.min(first, texts.findIndex(isWritten)), Infinity);
  let underCategory = false;
  return rows.map((all) => {
    const fromFirst = withoutRowNumber(all.slice(firstColumn));
    const texts = fromFirst.filter(isWritten);
    const continued = underCategory && fromFirst[0] === '';
    if (!continued) underCategory = texts.length > 1 && categoryOf(texts[0]!) !== undefined;
    return { texts, continued };
  });
}

/**
 * A row of a sheet without a header as a line of the text list: its first cell (`智能传感器`, after a row number:
 * `1 | 智能传感器`); or a category and the direction beside it, in either order (`核心基础 | 智能传感器`,
 * `智能传感器 | 核心基础`). Any other cell beside a direction is a note on it, never a direction, unless the sheet has
 * one row for each category (see `acrossLine`).
 */
function headerlessLine(texts: readonly string[], categoryOf: CategoryNamer): string {
  const [first = '', second] = texts;
  const paired = second !== undefined && [first, second].some((text) => categoryOf(text) !== undefined);
  return paired ? `${first}\t${second}` : first;
}

/**
 * A row of a sheet without a header as a line of a list written across it, as a CSV of one line holds it
 * (`智能传感器,机器翻译系统,…`), or one line for each category (`核心基础,智能传感器,…`): every cell a direction,
 * after a category when the first cell names one.
 */
function acrossLine(texts: readonly string[], categoryOf: CategoryNamer): string {
  const [first = '', ...rest] = texts;
  return categoryOf(first) !== undefined ? `${first}\t${rest.join('；')}` : texts.join('；');
}
