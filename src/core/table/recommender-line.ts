import type { SheetGrid } from '../grid';
import { normalise } from '../normalise/normalise';

/**
 * The line that names who recommends a table (reference §3), above its header or as the seal line under it:
 * `推荐单位（盖章）：深圳市工业和信息化局  填报日期：2021年11月16日`, or `推荐单位：` with the name in the next cell. Templates
 * also word it `填报单位（盖章）：` or `报送单位：`: on a recommendation sheet the unit that fills it in and sends it up is
 * the recommender. Texts are normalised first, so full-width brackets and colons arrive as `(盖章):`.
 */
const RECOMMENDER_LINE = /^(?:推荐|填报|报送)(?:单位|部门)(?:\(盖章\)|\(公章\))?:(.*)$/u;

/** Where the name on the line ends: a wide gap, the date, or the next label. */
const LINE_END = /\s{2,}|(?:填报|报送)?日期|联系人|填报人/u;

/** What follows the colon of a `推荐单位（盖章）：` text; undefined for any other text. */
const afterColon = (text: string | undefined) => RECOMMENDER_LINE.exec(text ?? '')?.[1];

/** The normalised texts of a row's cells, left to right, blank cells left out. */
export function rowTexts(sheet: SheetGrid, row: number): string[] {
  return (sheet.rows[row - 1] ?? []).map((cell) => normalise(cell?.text ?? '')).filter((t) => t !== '');
}

/** Whether a normalised text opens a `推荐单位（盖章）：` line. */
export function isRecommenderLine(text: string): boolean {
  return afterColon(text) !== undefined;
}

const nameBefore = (text: string | undefined) => text?.split(LINE_END)[0]?.trim() ?? '';

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
 * seal), where a header row has another header or nothing.
 */
export function isRecommenderLineCell(
  texts: readonly string[],
  i: number,
  isHeader: (text: string) => boolean,
): boolean {
  const rest = afterColon(texts[i]);
  if (rest === undefined) return false;
  const next = texts[i + 1];
  return rest.trim() !== '' || (next !== undefined && !isHeader(next));
}
