import type { SheetGrid } from '../grid';
import { CLOSE_BRACKET, OPEN_BRACKET } from '../normalise/written-brackets';

/** A hint in brackets, the whole cell: （必填）, （18位）, （从18个方向中选择）, (手机). */
const BRACKETED = new RegExp(`^${OPEN_BRACKET}.*${CLOSE_BRACKET}$`, 'su');

/** A hint in a word alone. */
const HINT_WORDS: ReadonlySet<string> = new Set(['必填', '选填', '必填项', '选填项', '非必填', '可不填']);

const isHint = (text: string) => HINT_WORDS.has(text) || BRACKETED.test(text);

/**
 * The row of filling hints that some templates put under the header, each a cell's own: （必填，与营业执照一致）,
 * （18位）, 必填, （从18个方向中选择）. Every text of the row is a hint, two at least; a project names its unit and title
 * in plain words.
 */
export function isFillingHintRow(sheet: SheetGrid, row: number): boolean {
  let hints = 0;
  for (const cell of sheet.rows[row - 1] ?? []) {
    const text = cell?.text.trim() ?? '';
    if (text === '') continue;
    if (!isHint(text)) return false;
    hints++;
  }
  return hints >= 2;
}
