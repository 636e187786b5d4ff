import { SECOND_COLUMN, type ColumnMap, type Field } from '../fields';
import { cellAt, columnCount, type SheetGrid } from '../grid';
import { compactKey } from '../normalise/normalise';
import type { HeaderMatcher } from './header-match';
import type { MergeIndex } from './merge-index';
import { isRecommenderLineCell, rowTexts } from './recommender-line';

/** Where a sheet's table header sits and which column holds which field. */
export interface HeaderLocation {
  /** The header's first Excel row. */
  top: number;
  /** The header's last Excel row: top + 1 for a two-row header (联系人 over 姓名 | 电话). */
  bottom: number;
  columns: ColumnMap;
  /** The header text of each mapped column, as the sheet writes it. */
  labels: Partial<Record<Field, string>>;
  /**
   * The first column of another table beside this one, whose header names the key fields again (see tableBeside):
   * the table ends before it, and the other is not read.
   */
  besideFrom?: number;
}

/**
 * Real headers sit near the top, under a few title and 推荐单位 lines, or under a 填表说明 pasted above the table:
 * the first row that could be the header is looked for this far down.
 */
const FIRST_HEADER_SEARCH_ROWS = 500;

/** The rows from the first that could be the header among which the one naming the most fields is the header. */
const HEADER_SEARCH_ROWS = 40;

/** What makes a row a header, and a row with a single text a row of the table. */
export interface HeaderRequirement {
  /** A row whose one text (besides the 序号) is in one of these columns is a row of the table, not a note. */
  anchors: readonly Field[];
  /** The header names every field of one of these sets; by default, any one anchor. */
  names?: readonly (readonly Field[])[];
  /** The header names at least this many fields. */
  minFields: number;
}

/**
 * A recommendation table lists projects, so its header names the project column and one more; or, where the
 * project column's wording is not one we know, both the unit and the direction, so that the sheet is still read and
 * its missing 项目名称 column reported. A list of units and their codes, or of units and their number of projects
 * (an officer's 单位汇总), is no such table.
 */
export const PROJECT_TABLE: HeaderRequirement = {
  anchors: ['unit', 'project'],
  names: [['project'], ['unit', 'direction']],
  minFields: 2,
};

function meets(requirement: HeaderRequirement, fields: ReadonlyMap<Field, number>): boolean {
  const names = requirement.names ?? requirement.anchors.map((field) => [field]);
  return fields.size >= requirement.minFields && names.some((set) => set.every((field) => fields.has(field)));
}

function displayed(merges: MergeIndex, row: number, column: number): string {
  return merges.cellShown(row, column)?.text ?? '';
}

/** Whether a row holds the `推荐单位（盖章）：` line, whose wording `推荐单位：` a header cell can also have. */
function holdsRecommenderLine(sheet: SheetGrid, matcher: HeaderMatcher, row: number): boolean {
  const texts = rowTexts(sheet, row);
  const isHeader = (text: string) => matcher.match(text) !== undefined;
  return texts.some((_, i) => isRecommenderLineCell(texts, i, isHeader));
}

/** The fields a row's cells name, each at its first column; the `推荐单位（盖章）：` line above a table names none. */
function fieldsOfRow(
  sheet: SheetGrid,
  merges: MergeIndex,
  matcher: HeaderMatcher,
  row: number,
  width: number,
) {
  const found = new Map<Field, number>();
  if (holdsRecommenderLine(sheet, matcher, row)) return found;
  for (let c = 1; c <= width; c++) {
    const field = matcher.match(displayed(merges, row, c));
    if (field && !found.has(field)) found.set(field, c);
  }
  return found;
}

/** Words that a second header row writes under a group's cell and that name no field alone: 名称 under 申报单位信息. */
const SUB_HEADER_WORD = /^(?:姓名|电话|手机|职务|邮箱|座机|名称|全称)$/u;

const isSubHeaderWord = (matcher: HeaderMatcher, text: string) =>
  matcher.match(text) !== undefined || SUB_HEADER_WORD.test(compactKey(text));

/**
 * A second header row is one whose merges continue the first, whose cells name fields under a wide cell, or, where
 * the upper cells are not merged (WPS's 跨列居中, or cells left unmerged), one of header words alone with one under a
 * blank upper cell, below a row mostly of header words: 联系人 over 姓名 with 电话 under the blank beside it.
 */
function hasSecondHeaderRow(
  sheet: SheetGrid,
  merges: MergeIndex,
  matcher: HeaderMatcher,
  top: number,
  width: number,
): boolean {
  let vertical = false;
  let subHeader = false;
  for (let c = 1; c <= width; c++) {
    const merge = merges.at(top, c);
    if (merge && merge.top === top && merge.bottom > top) vertical = true;
    if (merge && merge.right > merge.left && merge.bottom === top) {
      const below = cellAt(sheet, top + 1, c)?.text ?? '';
      if (below && isSubHeaderWord(matcher, below)) subHeader = true;
    }
  }
  return vertical || subHeader || continuesUnmerged(sheet, merges, matcher, top, width);
}

function continuesUnmerged(
  sheet: SheetGrid,
  merges: MergeIndex,
  matcher: HeaderMatcher,
  top: number,
  width: number,
): boolean {
  let underBlank = false;
  for (let c = 1; c <= width; c++) {
    if (merges.isSpread(top + 1, c)) continue;
    const below = cellAt(sheet, top + 1, c)?.text.trim() ?? '';
    if (!below) continue;
    if (!isSubHeaderWord(matcher, below)) return false;
    if (!displayed(merges, top, c).trim()) underBlank = true;
  }
  return underBlank && mostlyHeaderWords(sheet, merges, matcher, top, width);
}

/**
 * Whether a row's own texts are at least two header words and more of them than other texts: no line of labels and
 * values (联系人： | 张三 | 电话： | 138…).
 */
function mostlyHeaderWords(
  sheet: SheetGrid,
  merges: MergeIndex,
  matcher: HeaderMatcher,
  row: number,
  width: number,
): boolean {
  let words = 0;
  let others = 0;
  for (let c = 1; c <= width; c++) {
    const text = merges.isSpread(row, c) ? '' : (cellAt(sheet, row, c)?.text.trim() ?? '');
    if (!text) continue;
    if (matcher.match(text)) words++;
    else others++;
  }
  return words >= 2 && words > others;
}

/**
 * Finds the header: the row among the first rows that names the most fields and meets the requirement (by default
 * a project table's), then a second header row under it when the first row's merges say so. In a two-row header the
 * lower cell names the field (电话 under 联系人) and the upper cell stands in where the lower is merged or blank.
 */
export function findHeader(
  sheet: SheetGrid,
  merges: MergeIndex,
  matcher: HeaderMatcher,
  requirement: HeaderRequirement = PROJECT_TABLE,
): HeaderLocation | undefined {
  const width = columnCount(sheet);
  let last = Math.min(sheet.rows.length, FIRST_HEADER_SEARCH_ROWS);
  let best: { row: number; score: number } | undefined;
  for (let r = 1; r <= last; r++) {
    const fields = fieldsOfRow(sheet, merges, matcher, r, width);
    if (!meets(requirement, fields)) continue;
    if (!best) last = Math.min(sheet.rows.length, r + HEADER_SEARCH_ROWS - 1);
    if (!best || fields.size > best.score) best = { row: r, score: fields.size };
  }
  if (!best) return undefined;

  // Merged cells repeat the upper row's names in the lower one, so the lower row of a two-row header can score best.
  const upper =
    best.row > 1 &&
    fieldsOfRow(sheet, merges, matcher, best.row - 1, width).size > 0 &&
    hasSecondHeaderRow(sheet, merges, matcher, best.row - 1, width);
  const top = upper ? best.row - 1 : best.row;
  const bottom = upper || hasSecondHeaderRow(sheet, merges, matcher, top, width) ? top + 1 : top;
  const named: { field: Field | undefined; label: string }[] = [];
  for (let c = 1; c <= width; c++) {
    const upper = displayed(merges, top, c);
    const lower = bottom > top && !merges.isSpread(bottom, c) ? (cellAt(sheet, bottom, c)?.text ?? '') : '';
    const fromLower = lower ? matcher.match(lower) : undefined;
    const field =
      fromLower ?? matcher.match(upper) ?? (upper && lower ? matcher.match(upper + lower) : undefined);
    named.push({ field, label: (fromLower ? lower : upper).trim() });
  }
  const besideFrom = tableBeside(
    named.map(({ field }) => field),
    requirement.anchors,
  );
  const columns: ColumnMap = {};
  const labels: Partial<Record<Field, string>> = {};
  const combined: [Field, number, string][] = [];
  for (let c = 1; c < (besideFrom ?? width + 1); c++) {
    const { field, label } = named[c - 1]!;
    // A 是否推荐 column decides over a 推荐意见 column before it, which may hold comments.
    const overOpinion =
      field === 'choice' && matcher.isOpinion(labels.choice ?? '') && !matcher.isOpinion(label);
    const second = field && SECOND_COLUMN[field];
    if (field && (columns[field] === undefined || overOpinion)) {
      columns[field] = c;
      labels[field] = label;
    } else if (second && columns[second] === undefined) {
      columns[second] = c;
      labels[second] = label;
    }
    if (field) for (const also of matcher.alsoNames(label)) combined.push([also, c, label]);
  }
  // A column of its own (联系电话) holds a field better than a combined one (联系人及电话) does.
  for (const [field, c, label] of combined) {
    if (columns[field] !== undefined) continue;
    columns[field] = c;
    labels[field] = label;
  }
  const header = { top, bottom, columns, labels, ...(besideFrom ? { besideFrom } : {}) };
  spreadCombinedFields(sheet, merges, matcher, header);
  return withRankChoosing(header);
}

/**
 * The first column of a second table set beside the first, by the fields its header cells name (by column, from 1):
 * where every key field (`anchors`: 申报单位, 项目名称) is named again to the right of where the first table names
 * it, the column after the first table's key fields that names a field named already, as the second table's 序号 or
 * 申报单位 does. A field that one table may name twice (联系电话 beside 负责人电话: see SECOND_COLUMN) starts none,
 * and a header that names a field twice otherwise, without the key fields again, is one table.
 */
function tableBeside(fields: readonly (Field | undefined)[], anchors: readonly Field[]): number | undefined {
  const firsts = anchors.map((anchor) => fields.indexOf(anchor));
  if (firsts.some((first) => first < 0)) return undefined;
  const again = anchors.every((anchor, i) => fields.indexOf(anchor, firsts[i]! + 1) >= 0);
  if (!again) return undefined;
  for (let i = Math.max(...firsts) + 1; i < fields.length; i++) {
    const field = fields[i];
    if (field !== undefined && SECOND_COLUMN[field] === undefined && fields.indexOf(field) < i) return i + 1;
  }
  return undefined;
}

/** How many rows under a header are read to tell whether a column holds values. */
const VALUE_SEARCH_ROWS = 200;

function holdsValues(sheet: SheetGrid, below: number, column: number): boolean {
  const last = Math.min(sheet.rows.length, below + VALUE_SEARCH_ROWS);
  for (let r = below + 1; r <= last; r++) if (cellAt(sheet, r, column)?.text.trim()) return true;
  return false;
}

/**
 * A combined header (联系人及电话) written over several columns, merged or centred across blank ones (WPS's
 * 跨列居中), names its fields in turn: 张三 | 138… under it are the contact and the phone. Its fields go to the
 * columns it spans that hold values, in order, where no column of their own holds them; a combined header over one
 * column, or over blank columns, names all its fields there (张三 13800138000).
 */
function spreadCombinedFields(
  sheet: SheetGrid,
  merges: MergeIndex,
  matcher: HeaderMatcher,
  header: HeaderLocation,
): void {
  const { top, bottom, columns, labels } = header;
  for (const field of Object.keys(columns) as Field[]) {
    const first = columns[field]!;
    const label = labels[field]!;
    const also = matcher.alsoNames(label);
    if (also.length === 0 || matcher.match(label) !== field || displayed(merges, top, first).trim() !== label)
      continue;
    const merge = merges.at(top, first);
    let column = first + 1;
    for (const other of also) {
      const spans =
        merge && merge.left === first
          ? column <= merge.right
          : !displayed(merges, top, column).trim() && !displayed(merges, bottom, column).trim();
      if (!spans || !holdsValues(sheet, bottom, column)) break;
      if (columns[other] === first) columns[other] = column;
      column++;
    }
  }
}

/** A 推荐排序 with no 是否推荐 beside it decides which rows count as well as their order (see `Field`). */
function withRankChoosing(header: HeaderLocation): HeaderLocation {
  const { columns, labels } = header;
  if (columns.rank === undefined || columns.choice !== undefined) return header;
  return {
    ...header,
    columns: { ...columns, choice: columns.rank },
    labels: { ...labels, choice: labels.rank! },
  };
}

/** The header without its choice column: a 推荐意见 column of comments, which chooses nothing (see `readTable`). */
export function withoutChoice(header: HeaderLocation): HeaderLocation {
  const columns = { ...header.columns };
  const labels = { ...header.labels };
  delete columns.choice;
  delete labels.choice;
  return withRankChoosing({ ...header, columns, labels });
}
