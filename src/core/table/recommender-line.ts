import type { SheetGrid } from '../grid';
import { normalise } from '../normalise/normalise';

/** The note in brackets that asks for the seal: (盖章), (公章), (签章), (加盖公章), (盖单位公章). */
const SEAL_NOTE = /\([^()]{0,6}章\)/u;

/**
 * The line that names who recommends a table (reference §3), above its header or as the seal line under it:
 * `推荐单位（盖章）：深圳市工业和信息化局  填报日期：2021年11月16日`, or `推荐单位：` with the name in the next cell. Templates
 * also word it `填报单位（盖章）：` or `报送单位：`: on a recommendation sheet the unit that fills it in and sends it up is
 * the recommender; and `推荐单位名称：`, or `推 荐 单 位` spread out to fill its cell. Texts are normalised first, so
 * full-width brackets and colons arrive as `(盖章):`. Without its colon, the label is the line only with a seal note
 * (`推荐单位（盖章）` with the name in the next cell): `推荐单位` alone is the column's header.
 */
const RECOMMENDER_LINE = new RegExp(
  `^(?:推 ?荐|填 ?报|报 ?送) ?(?:单 ?位|部 ?门)(?: ?名 ?称)? ?(?<seal>${SEAL_NOTE.source})? ?(?::(?<rest>.*))?$`,
  'u',
);

/**
 * Where the name on the line ends: the date, a date left blank to be written by hand (年 月 日), the next label
 * (联系人, 经办人：, 电话：), or a list's comma. The wide gap that officers type before the date is one space once
 * normalised.
 */
const LINE_END =
  / ?20\d{2} ?[年.\-/]| ?年 ?月 ?日|(?:填报|报送|填表|制表)?日期|联系人|(?:填报|经办|审核|复核|填表|制表|负责)人|(?:联系)?电话:|[;,]/u;

/** A seal note the officer typed after the name: `深圳市工业和信息化局（盖章）`. */
const TRAILING_SEAL_NOTE = new RegExp(` ?${SEAL_NOTE.source}$`, 'u');

/** A normalised name without the seal note typed after it: `深圳市工业和信息化局(盖章)` → `深圳市工业和信息化局`. */
export const withoutSealNote = (normal: string): string => normal.replace(TRAILING_SEAL_NOTE, '');

/**
 * What follows the colon of a `推荐单位（盖章）：` text, `''` for the label alone with its seal note, undefined for any
 * other text; and whether the colon was written.
 */
function readLine(text: string | undefined): { rest: string; colon: boolean } | undefined {
  const groups = RECOMMENDER_LINE.exec(text ?? '')?.groups;
  if (!groups) return undefined;
  if (groups['rest'] !== undefined) return { rest: groups['rest'], colon: true };
  return groups['seal'] ? { rest: '', colon: false } : undefined;
}

const afterColon = (text: string | undefined) => readLine(text)?.rest;

/** The normalised texts of a row's cells, left to right, blank cells left out. */
export function rowTexts(sheet: SheetGrid, row: number): string[] {
  return (sheet.rows[row - 1] ?? []).map((cell) => normalise(cell?.text ?? '')).filter((t) => t !== '');
}

/** Whether a normalised text opens a `推荐单位（盖章）：` line. */
export function isRecommenderLine(text: string): boolean {
  return afterColon(text) !== undefined;
}

const nameBefore = (text: string | undefined) => withoutSealNote(text?.split(LINE_END)[0]?.trim() ?? '');

/**
 * The recommender that the line in `texts[i]` names: the text after its colon, else the next cell's, up to a date
 * or a wide gap. Undefined when `texts[i]` is no such line, or when the line is left blank for the seal.
 */
export function recommenderNamed(texts: readonly string[], i: number): string | undefined {
  const rest = afterColon(texts[i]);
  if (rest === undefined) return undefined;
  return nameBefore(rest) || nameBefore(texts[i + 1]) || undefined;
}

/**
 * Whether `texts[i]` is the `推荐单位（盖章）：` line rather than a header cell of that wording (`推荐单位：` is both):
 * the line has something after its colon or in the next cell (a name, or the date beside a blank left for the
 * seal), where a header row has another header or nothing. A label without its colon (`推荐单位（盖章）`) is the
 * line only in a row of no header at all: it is the usual wording of the column's header too.
 */
export function isRecommenderLineCell(
  texts: readonly string[],
  i: number,
  isHeader: (text: string) => boolean,
): boolean {
  const line = readLine(texts[i]);
  if (line === undefined) return false;
  if (line.rest.trim() !== '') return true;
  const next = texts[i + 1];
  if (next === undefined || isHeader(next)) return false;
  return line.colon || !texts.some((text, j) => j !== i && isHeader(text));
}
