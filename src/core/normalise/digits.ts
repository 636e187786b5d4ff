import { codeUnitAt } from './code-units';

/**
 * Whether a text is ASCII digits alone (a 序号, a count), told by a loop: a row's first cell is asked on every row.
 * An empty text is none.
 */
export function isDigits(text: string): boolean {
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const unit = codeUnitAt(text, i);
    if (unit < 0x30 || unit > 0x39) return false;
  }
  return length > 0;
}
