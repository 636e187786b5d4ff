import type { SheetGrid } from './grid';
import { isDigits } from './normalise/digits';
import { compactKey } from './normalise/normalise';
import { rowTexts } from './table/recommender-line';

/**
 * Sheets that hold a list the officer checks against rather than projects (reference §1 and §4: the previous
 * winners list and the guide's directions may each be "a sheet in the workbook"), told by what the sheet says it
 * holds: its name, or its title.
 */

/**
 * A list read from a file or a sheet, or why none could be: no table of the list's, only recommendation tables, a
 * table of no entries, or formulas without saved results (`values` names the sheet and a cell).
 */
export type ListReading<List> =
  | { ok: true; list: List }
  | { ok: false; failure: 'no-table' | 'recommendations-only' | 'empty' }
  | { ok: false; failure: 'formulas-not-calculated'; values: { sheet: string; cell: string } };

/** How many rows at the top of a sheet may be its title, above the header. */
const TITLE_ROWS = 5;

/**
 * What a sheet says it holds, each compacted: its name, and the rows of one text at its top, above the first row of
 * several (the header, or a 推荐单位（盖章） line with its date). A title merged across the table is one text.
 */
function labelsOf(sheet: SheetGrid): string[] {
  const labels = [compactKey(sheet.name)];
  for (let row = 1; row <= Math.min(sheet.rows.length, TITLE_ROWS); row++) {
    const texts = rowTexts(sheet, row);
    if (texts.length > 1) break;
    if (texts[0] !== undefined) labels.push(compactKey(texts[0]));
  }
  return labels;
}

/** The word of the notice for the previous winners (已列入前期揭榜优胜项目): 前期揭榜优胜项目, 优胜单位名单, 往年优胜. */
const WINNERS = /优胜/u;

/**
 * Words that name a recommendation or application sheet: 推荐汇总表, 推荐项目, 申报表, 拟推荐, 候选项目. Not 推荐单位
 * (a winners list's column, or its note), nor 重复申报 (a winners list's title may say that they may not apply again).
 */
const RECOMMENDATIONS =
  /推荐(?:表|汇总|项目|名单|清单|排序|意见|情况)|(?<!重复)申报(?:表|汇总|项目|名单|清单|情况)|拟(?:推荐|申报|报)|候选/u;

/**
 * Whether a sheet calls itself a previous winners list: its name or title says 优胜 (前期揭榜优胜项目, 优胜项目名单,
 * 揭榜优胜单位, 2020年优胜), and neither names a recommendation sheet (推荐汇总（已剔除前期优胜项目）is one).
 */
export function namesWinnersList(sheet: SheetGrid): boolean {
  const labels = labelsOf(sheet);
  return labels.some((label) => WINNERS.test(label)) && !labels.some((label) => RECOMMENDATIONS.test(label));
}

/** Whether a sheet's name or title names a recommendation or application sheet (see `RECOMMENDATIONS`). */
export function namesRecommendations(sheet: SheetGrid): boolean {
  return labelsOf(sheet).some((label) => RECOMMENDATIONS.test(label));
}

/** What may open a title before what it names: an attachment's number and a year (附件2：2021年揭榜方向清单). */
const OPENING = /^(?:附件[\d一二三四五六七八九十]*[:.、]?)?(?:20\d{2}年度?)?/u;

/** A note in brackets that closes a name: 揭榜方向(18个), 方向清单(指南). */
const CLOSING_NOTE = /\([^()]*\)$/u;

/**
 * A direction list's name or title, compacted and without its opening and closing note: 揭榜方向, 揭榜方向清单,
 * 细化揭榜方向, 申报方向, 指南方向, 方向清单, 方向列表. Not 方向 alone, nor 按方向汇总 (an officer's summary).
 */
const DIRECTION_LIST =
  /^(?:(?:申报)?指南)?(?:细化)?(?:揭榜挂帅|揭榜|申报|指南|细化)(?:任务)?方向(?:清单|列表|目录|名单|一览表?|表)?$|^(?:任务)?方向(?:清单|列表|目录|名单|一览表?)$/u;

/** A cell that counts rather than names: a number, or digits alone. */
const isCount = isDigits;

/** A header of row numbers: 序号, 编号, 任务编号, 方向序号. */
const ROW_NUMBERS = /^(?:(?:任务|方向)?(?:序号|编号)|序|No\.?)$/iu;

/** A header of counts: 项目数, 单位数量, 合计. */
const COUNTS = /数|计/u;

/** Whether numbers, in the order of their rows, number them: 1, 2, 3 (01, 02, 03), more than one. */
const numbersRows = (numbers: readonly number[]) =>
  numbers.length > 1 && numbers.every((n, i) => n === i + 1);

/**
 * Whether a sheet holds counts beside its first column (项目数, 单位数), as a summary by direction does, where a list
 * holds only names and row numbers: its first column, or a column headed 序号 or 编号 (类别 | 序号 | 揭榜方向, a
 * 任务编号 of 01, 02), or one that numbers its rows 1, 2, 3 under a header that names no count. A column's header is
 * the last text above its first number.
 */
function holdsCounts(sheet: SheetGrid): boolean {
  const first = sheet.rows.reduce((least, row) => {
    const written = row.findIndex((cell) => (cell?.text.trim() ?? '') !== '');
    return written >= 0 && written < least ? written : least;
  }, Infinity);
  const width = Math.max(0, ...sheet.rows.map((row) => row.length));
  for (let column = first + 1; column < width; column++) {
    const texts = sheet.rows.map((row) => row[column]?.text.trim() ?? '');
    const top = texts.findIndex(isCount);
    if (top < 0) continue;
    const header = compactKey(texts.slice(0, top).filter(Boolean).pop() ?? '');
    const numbers = texts.filter(isCount).map(Number);
    if (COUNTS.test(header) || !(ROW_NUMBERS.test(header) || numbersRows(numbers))) return true;
  }
  return false;
}

/** Whether a sheet's name or title names the guide's direction list (see `DIRECTION_LIST`). */
export function callsItselfDirectionList(sheet: SheetGrid): boolean {
  return labelsOf(sheet).some((label) =>
    DIRECTION_LIST.test(label.replace(OPENING, '').replace(CLOSING_NOTE, '')),
  );
}

/**
 * Whether a sheet calls itself the guide's direction list (see `DIRECTION_LIST`) and holds no counts beside its
 * directions (see `holdsCounts`). Whether it holds projects is the table reader's to tell.
 */
export function namesDirectionList(sheet: SheetGrid): boolean {
  return callsItselfDirectionList(sheet) && !holdsCounts(sheet);
}
