/**
 * Whether a text is ASCII digits alone (a 序号, a count), told by a loop: a row's first cell is asked on every row.
 * An empty text is none.
 */
export function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x30 || unit > 0x39) return false;
  }
  return text.length > 0;
}
