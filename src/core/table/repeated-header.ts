import type { SheetGrid } from '../grid';
import { isBlank, trimmed } from '../normalise/white-space';
import type { HeaderLocation } from './find-header';
import type { MergeIndex } from './merge-index';

/** The texts of a row's own cells (not spread from a merge), trimmed, without the blank ones. */
function ownTexts(sheet: SheetGrid, merges: MergeIndex, row: number): string[] {
  const texts: string[] = [];
  (sheet.rows[row - 1] ?? []).forEach((cell, i) => {
    if (cell && !isBlank(cell.text) && !merges.isSpread(row, i + 1)) texts.push(trimmed(cell.text));
  });
  return texts;
}

/** Every text of the header's rows: what a row that repeats the header holds. */
export function headerTexts(
  sheet: SheetGrid,
  merges: MergeIndex,
  header: HeaderLocation,
): ReadonlySet<string> {
  const texts = new Set<string>();
  for (let row = header.top; row <= header.bottom; row++)
    for (const text of ownTexts(sheet, merges, row)) texts.add(text);
  return texts;
}

/**
 * Whether a row repeats the header, as when a sheet's blocks (一、核心基础, 二、重点产品) are pasted each with its own
 * header: two texts or more, every one of them the header's. Such a row is no project, and read as one it would
 * count against the caps and be reported as a unit named 申报单位 with a code 统一社会信用代码. `first` is the row's
 * first text, which tells most rows apart at once.
 */
export function repeatsHeader(
  sheet: SheetGrid,
  merges: MergeIndex,
  row: number,
  first: string,
  header: ReadonlySet<string>,
): boolean {
  return header.has(first) && allHeaderWords(ownTexts(sheet, merges, row), header);
}

/** Two texts or more, every one of them the header's. */
const allHeaderWords = (texts: readonly string[], header: ReadonlySet<string>) =>
  texts.length >= 2 && texts.every((text) => header.has(text));

/**
 * The first row from `from` on that repeats the header (see repeatsHeader) with the labels of its key columns
 * (`labels`: 申报单位, 项目名称), if any: where the next block of a table starts below the footer or seal line that ends
 * a block, as when a city pastes its districts' tables, each with its header and its 填报人 line, into one sheet. A
 * signature line of header words alone (联系人 | 联系电话) starts none.
 */
export function nextRepeatedHeader(
  sheet: SheetGrid,
  merges: MergeIndex,
  from: number,
  header: ReadonlySet<string>,
  labels: readonly string[],
): number | undefined {
  for (let row = from; row <= sheet.rows.length; row++) {
    const texts = ownTexts(sheet, merges, row);
    if (allHeaderWords(texts, header) && labels.every((label) => texts.includes(label))) return row;
  }
  return undefined;
}
