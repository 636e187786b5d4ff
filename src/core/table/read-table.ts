import { FIELDS, type Field } from '../fields';
import { isCellError, type SheetGrid } from '../grid';
import { codeUnitAt } from '../normalise/code-units';
import { isDigits } from '../normalise/digits';
import { compactKey } from '../normalise/normalise';
import { ZERO_WIDTH_CHARACTER } from '../normalise/patterns';
import { isBlank, trimmed } from '../normalise/white-space';
import type { Profile } from '../profile';
import { choiceMade, choiceWords, readFlag, type ChoiceKind } from './choice';
import { cellOf, cellsAt, type Entry, type FieldCell } from './entry';
import {
  findHeader,
  PROJECT_TABLE,
  withoutChoice,
  type HeaderLocation,
  type HeaderRequirement,
} from './find-header';
import type { HeaderMatcher } from './header-match';
import { MergeIndex } from './merge-index';
import { isRecommenderLine } from './recommender-line';
import { headerTexts, nextRepeatedHeader, repeatsHeader } from './repeated-header';
import { readSheetHeading, type SheetHeading } from './sheet-heading';
import { formatHiddenText } from './format-hidden';
import { exampleMark, type ExampleMark } from './example-row';
import { isFillingHintRow } from './filling-hints';
import { holdsCreditCodes, orgCodeAsCreditCode } from './org-code-column';
import { headsGroup, isSubtotal } from './section-row';

/** A sheet that holds a recommendation table, read into project rows. */
export interface SheetTable {
  name: string;
  header: HeaderLocation;
  /**
   * What decides which rows count (是否推荐 / 推荐排序), if anything: nothing where the column is blank on every row
   * (see `choiceMade`). `header.columns.rank` is the column that ranks.
   */
  choice: ChoiceKind;
  heading: SheetHeading;
  entries: Entry[];
  /**
   * Excel row numbers of the first and last project rows. A table without one has the row after its header and the
   * header's last row, a range of no rows: still row numbers (DESIGN.md's JSON report), never 0, which is no row.
   */
  firstDataRow: number;
  lastDataRow: number;
  hiddenColumns: ReadonlySet<number>;
  /** The sheet is hidden (or very hidden, where the officer asked for it by name): it is submitted all the same. */
  hidden: boolean;
  /** The cells that say 同上 and take the value written above them, each with the row where that value is written. */
  copied: CopiedCell[];
  /** How many of the table's cells hold a value that a `;;;` format hides. */
  hiddenByFormat: number;
  /** The choice column is a 推荐意见 column of marks (同意推荐, 不推荐), not a 是否推荐 one. */
  choiceIsOpinion: boolean;
  /** The template's example rows under the header (序号 示例): read, but no project, so in no count and no rule. */
  examples: ExampleRow[];
  /** Rows below the line that ends the table that read as projects (see projectsBelow), if any: not checked. */
  projectsBelowEnd?: ProjectsBelowEnd;
}

/** The line that ends a table (填报人, 注, a seal line) and the Excel rows below it that read as projects. */
export interface ProjectsBelowEnd {
  endRow: number;
  rows: number[];
}

/** A template's example row left in the table, with where it says so. Its `index` is -1: it is no checked row. */
export interface ExampleRow {
  entry: Entry;
  mark: ExampleMark;
}

/** A cell of a project row that says 同上: its row and column, and the row where the value it takes is written. */
export interface CopiedCell {
  row: number;
  column: number;
  fromRow: number;
}

/** For each 同上 cell of a row, by its field, the Excel row where the value it takes is written. */
type CopiedFrom = Partial<Record<Field, number>>;

/**
 * Footer words that end the table, as opposed to 合计/小计 lines that only skip one row: who filled, checked or
 * signed it (填报人, 制表人：李四, 主管领导：张三, 项目负责人：…, 联系人：…), when (填报日期), and notes, labelled with a
 * colon or by a cell of their own (注 | 1.…, 备注 | 本表…). The seal line `推荐单位（盖章）：…  日期：…` under the table
 * ends it too. A unit or a title that starts with a note's word (注塑机…) goes on in the same cell.
 */
const TABLE_END =
  /^(?:填报人|审核人|复核人|审批人|签发人|填表人|制表人|经办人|单位负责人|(?:分管|主管)领导|负责人签字|\p{Script=Han}{0,4}(?:领导|负责人):|联系人:|联系电话:|制表日期|填报日期|报送日期|(?:注|说明|备注)(?::|$)|填表说明$|注\d|附注)/u;

/**
 * A short label and a colon before what follows, as the notes and signatures under a table write them (审核：张三,
 * 日期：…, 填表说明：…, 单位（盖章）：), after normalising. No unit's name holds a colon.
 */
const LABELLED_NOTE = /^[\p{Script=Han}()]{1,8}:/u;

type RowKind = 'entry' | 'skip' | 'end';

const HAN = /\p{Script=Han}/u;

/**
 * Whether a text starts with one of the footer words as a word of its own (合计, 合计：3项, 汇总 5), not as the start of
 * a name (汇总科技有限公司, 合计科技（北京）…); a loop, since a closure for `some` is made anew at every row.
 */
function startsWithFooterWord(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.startsWith(word) && !HAN.test(text.charAt(word.length))) return true;
  return false;
}

/** The profile's footer words as keys, and those of them that start with a digit, which a 序号 may start with. */
interface FooterKeys {
  keys: readonly string[];
  numbered: readonly string[];
}

function footerKeysOf(profile: Profile): FooterKeys {
  const keys = profile.footerWords.map(compactKey);
  return { keys, numbered: keys.filter((key) => isDigits(key.charAt(0))) };
}

/** What every row of a table is told apart by: its sheet, the table's header and its words, the footer words. */
interface RowContext {
  sheet: SheetGrid;
  merges: MergeIndex;
  header: HeaderLocation;
  headerWords: ReadonlySet<string>;
  footer: FooterKeys;
  anchors: readonly Field[];
  /**
   * The header's 序号 column, read once: looked up in `header.columns` at every cell of every row, whose objects take
   * as many hidden classes as there are orders of columns in the sheets read, it would go through V8's global cache.
   */
  seqColumn: number | undefined;
}

function classifyRow(
  { sheet, merges, header, headerWords, footer, anchors, seqColumn }: RowContext,
  row: number,
): RowKind {
  const cells = sheet.rows[row - 1] ?? [];
  // The row's own texts (not spread from a merge above or to the left): the first, and how many are not the 序号.
  // Error values are counted apart: a template's rows of lookups (VLOOKUP → #N/A) hold them and nothing else.
  let first: string | undefined;
  let substantive = 0;
  let substantiveColumn = 0;
  let errors = 0;
  let numbered = false;
  // A table set beside this one (see HeaderLocation.besideFrom) is no part of its rows.
  const width = Math.min(cells.length, (header.besideFrom ?? Infinity) - 1);
  for (let c = 1; c <= width; c++) {
    const cell = cells[c - 1];
    if (!cell || isBlank(cell.text) || merges.isSpread(row, c)) continue;
    if (isCellError(cell.value)) {
      errors++;
      continue;
    }
    first ??= trimmed(cell.text);
    if (c === seqColumn) {
      numbered = true;
      continue;
    }
    substantive++;
    substantiveColumn = c;
  }
  if (first === undefined) return 'skip';
  // Most rows open with their 序号, which is no seal line or subtotal (their words are words) and no footer but one
  // that a profile writes in digits: told at once, without normalising it.
  if (isDigits(first)) {
    if (startsWithFooterWord(first, footer.numbered)) return 'skip';
  } else {
    const firstKey = compactKey(first);
    if (TABLE_END.test(firstKey) || isRecommenderLine(firstKey)) return 'end';
    if (startsWithFooterWord(firstKey, footer.keys) || isSubtotal(firstKey)) return 'skip';
  }
  if (substantive === 0) return 'skip';
  if (substantive + errors === 1) {
    const field = anchors.find((anchor) => header.columns[anchor] === substantiveColumn);
    if (!field) return 'skip';
    const key = compactKey(cells[substantiveColumn - 1]!.text);
    // A note alone on its row, written in a project's column because the 序号 column is narrow.
    if (LABELLED_NOTE.test(key)) return 'skip';
    if (!numbered && headsGroup(key, field, merges.at(row, substantiveColumn))) return 'skip';
  }
  if (repeatsHeader(sheet, merges, row, first, headerWords)) return 'skip';
  return 'entry';
}

/** The printed column numbers (1 2 3 …) that some templates put under the header. */
function isColumnNumberRow(sheet: SheetGrid, row: number): boolean {
  const texts = (sheet.rows[row - 1] ?? []).map((cell) => cell?.text.trim() ?? '').filter((t) => t !== '');
  return texts.length >= 3 && texts.every((t, i) => t === String(i + 1));
}

/**
 * The fields a sheet has, each with its column and its place in FIELDS: what every row of the table is read through.
 */
type PlacedFields = readonly (readonly [Field, number, number])[];

function placedFields(header: HeaderLocation): PlacedFields {
  return FIELDS.flatMap((field, place) => {
    const column = header.columns[field];
    return column === undefined ? [] : [[field, column, place] as const];
  });
}

/** A cell's text trimmed, and empty when it holds nothing but the zero-width characters that pasting leaves. */
function visibleText(text: string): string {
  const visible = trimmed(text);
  return ZERO_WIDTH_CHARACTER.allOf(visible) ? '' : visible;
}

/** A cell that repeats the one above it, as officers write in place of a merge: `同上`, `同上。`, `〃`. */
const DITTO = /^(?:同\s?上[。.]?|〃|仝上)$/u;

/** The characters a ditto starts with (同, 〃, 仝), which tell almost every short cell at once: 序号, 是, 否, 核心基础. */
const DITTO_START = new Set(['同', '〃', '仝'].map((mark) => mark.charCodeAt(0)));

const isDitto = (text: string) =>
  text.length <= 4 && DITTO_START.has(codeUnitAt(text, 0)) && DITTO.test(text);

/** A project row as read, with the rows where its 同上 cells' values are written, for a 同上 in the row below. */
interface ReadRow {
  entry: Entry;
  copiedFrom?: CopiedFrom;
}

/**
 * The project rows under a header, the template's example rows among them, the 同上 cells, and how many of their
 * cells a `;;;` format hides.
 */
interface RowsRead {
  entries: Entry[];
  examples: ExampleRow[];
  copied: CopiedCell[];
  hiddenByFormat: number;
  projectsBelowEnd?: ProjectsBelowEnd;
}

/** A row's cell of each field, by the field's place in FIELDS, as a row is read: one array for every row. */
type CellsByPlace = (FieldCell | undefined)[];

function readEntry(
  sheet: SheetGrid,
  merges: MergeIndex,
  fields: PlacedFields,
  row: number,
  index: number,
  hidden: boolean,
  previous: ReadRow | undefined,
  read: RowsRead,
  byPlace: CellsByPlace,
): ReadRow {
  let copiedFrom: CopiedFrom | undefined;
  for (const [field, column, place] of fields) {
    const cell = merges.cellShown(row, column);
    byPlace[place] = undefined;
    if (!cell) continue;
    const hiddenText = formatHiddenText(cell);
    if (hiddenText !== undefined) {
      byPlace[place] = { value: cell.value, text: visibleText(hiddenText), hiddenByFormat: true };
      read.hiddenByFormat++;
      continue;
    }
    const text = visibleText(cell.text);
    // Ditto is read as the row above's value, as a merged cell is, so that 同上 joins that row's unit; and its
    // findings are marked where that value is written, as a merged cell's are on the merge's top cell.
    const above = isDitto(text) && previous ? cellOf(previous.entry.cells, field) : undefined;
    if (above) {
      const fromRow = previous!.copiedFrom?.[field] ?? merges.source(previous!.entry.row, column)[0];
      byPlace[place] = above;
      (copiedFrom ??= {})[field] = fromRow;
      read.copied.push({ row, column, fromRow });
      if (above.hiddenByFormat) read.hiddenByFormat++;
    } else byPlace[place] = text === cell.text ? cell : { value: cell.value, text };
  }
  return { entry: { sheet: sheet.name, row, index, hidden, cells: cellsAt(byPlace) }, copiedFrom };
}

/**
 * The rows from `from` on that read as projects, though a footer or seal line above them ended the table: rows that
 * classifyRow takes as a project's and that fill every key column (申报单位, 项目名称). Notes and signatures below a
 * table fill no such pair (填报人：张三 | 联系电话：…), so these are most likely projects pasted below the seal line: they
 * are not checked, but the officer is told, or they would go up unchecked.
 */
function projectsBelow(context: RowContext, from: number): number[] {
  const { sheet, merges, header, anchors } = context;
  const rows: number[] = [];
  for (let row = from; row <= sheet.rows.length; row++) {
    if (classifyRow(context, row) !== 'entry') continue;
    const filled = (field: Field) => {
      const column = header.columns[field];
      return column !== undefined && !isBlank(merges.cellShown(row, column)?.text ?? '');
    };
    if (anchors.every(filled)) rows.push(row);
  }
  return rows;
}

function readRows(
  sheet: SheetGrid,
  merges: MergeIndex,
  header: HeaderLocation,
  footer: FooterKeys,
  anchors: readonly Field[],
  firstIndex: number,
): RowsRead {
  const hiddenRows = new Set(sheet.hiddenRows);
  const fields = placedFields(header);
  const headerWords = headerTexts(sheet, merges, header);
  const context: RowContext = {
    sheet,
    merges,
    header,
    headerWords,
    footer,
    anchors,
    seqColumn: header.columns.seq,
  };
  const keyLabels = anchors.flatMap((field) => header.labels[field] ?? []);
  const read: RowsRead = { entries: [], examples: [], copied: [], hiddenByFormat: 0 };
  const { entries } = read;
  const byPlace: CellsByPlace = FIELDS.map(() => undefined);
  let previous: ReadRow | undefined;
  for (let row = header.bottom + 1; row <= sheet.rows.length; row++) {
    // Between the header and the first project, some templates print their columns' numbers or filling hints.
    const aboveProjects = entries.length === 0 && read.examples.length === 0;
    if (aboveProjects && (isColumnNumberRow(sheet, row) || isFillingHintRow(sheet, row))) continue;
    const kind = classifyRow(context, row);
    if (kind === 'end') {
      // Below a footer or seal line, rows are notes, unless a header of the same words starts the table's next block.
      const next = nextRepeatedHeader(sheet, merges, row + 1, headerWords, keyLabels);
      if (next === undefined) {
        const below = projectsBelow(context, row + 1);
        if (below.length > 0) read.projectsBelowEnd = { endRow: row, rows: below };
        break;
      }
      row = next;
      continue;
    }
    if (kind !== 'entry') continue;
    const index = firstIndex + entries.length;
    const current = readEntry(
      sheet,
      merges,
      fields,
      row,
      index,
      hiddenRows.has(row),
      previous,
      read,
      byPlace,
    );
    const mark = exampleMark(current.entry);
    if (mark) {
      current.entry.index = -1;
      read.examples.push({ entry: current.entry, mark });
      continue;
    }
    previous = current;
    entries.push(current.entry);
  }
  return read;
}

/**
 * Whether a 推荐意见 column holds comments rather than choices: at least half its filled cells are neither a yes nor
 * a no word, nor a comment that carries one (`技术先进，产业化前景好`). Such a column chooses nothing, and its
 * comments are no unclear marks. A column of marks or of comments with verdicts (`技术先进，同意推荐`,
 * `不推荐，缺乏产业化基础`) chooses, and its few slips (同意推存) are unclear marks, as in a 是否推荐 column: read as
 * comments, its 不推荐 rows would all count against the cap.
 */
function holdsComments(entries: readonly Entry[], profile: Profile): boolean {
  const words = choiceWords(profile);
  let filled = 0;
  let unreadable = 0;
  for (const entry of entries) {
    const reading = readFlag(entry.cells.choice, words);
    if (reading !== 'blank') filled++;
    if (reading === 'unreadable') unreadable++;
  }
  return unreadable > 0 && 2 * unreadable >= filled;
}

/**
 * Reads a sheet's table: finds the header, then takes every project row below it, skipping blank rows (and a
 * template's rows that hold only error values beside their 序号), 合计 lines, the rows that head or total a group
 * (鄞州区（2项）, 鄞州区小计) and note lines, and stopping at the 填报人 / 注 footer. Merged cells give their value to
 * every row they cover, and a 同上 cell takes the value of the row above. A 推荐意见 column is the choice column only
 * where its cells say yes or no, as words or as comments' verdicts; one of other comments is read as no column. A
 * 组织机构代码 column of 18-character codes is the credit code column.
 * Returns undefined when the sheet has no recognisable table (a 填表说明 sheet, a cover). The rows are numbered
 * from `firstIndex` (see `Entry.index`).
 */
export function readTable(
  sheet: SheetGrid,
  profile: Profile,
  matcher: HeaderMatcher,
  requirement: HeaderRequirement = PROJECT_TABLE,
  firstIndex = 0,
): SheetTable | undefined {
  const merges = new MergeIndex(sheet);
  let header = findHeader(sheet, merges, matcher, requirement);
  if (!header) return undefined;
  const footer = footerKeysOf(profile);
  const read = (location: HeaderLocation) =>
    readRows(sheet, merges, location, footer, requirement.anchors, firstIndex);
  let rows = read(header);
  let opinion = header.labels.choice !== undefined && matcher.isOpinion(header.labels.choice);
  if (opinion && holdsComments(rows.entries, profile)) {
    header = withoutChoice(header);
    opinion = false;
    rows = read(header);
  }
  if (holdsCreditCodes(header, rows.entries)) {
    header = orgCodeAsCreditCode(header);
    rows = read(header);
  }
  const { entries, examples, copied, hiddenByFormat, projectsBelowEnd } = rows;
  const lastDataRow = entries[entries.length - 1]?.row ?? header.bottom;
  return {
    name: sheet.name,
    header,
    choice: choiceMade(header, entries, choiceWords(profile)),
    heading: readSheetHeading(sheet, header.top, lastDataRow + 1),
    entries,
    firstDataRow: entries[0]?.row ?? header.bottom + 1,
    lastDataRow,
    hiddenColumns: new Set(sheet.hiddenColumns),
    hidden: sheet.visibility !== 'visible',
    copied,
    hiddenByFormat,
    choiceIsOpinion: opinion,
    examples,
    ...(projectsBelowEnd ? { projectsBelowEnd } : {}),
  };
}
