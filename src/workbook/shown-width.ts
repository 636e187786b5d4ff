/**
 * How wide a text shows, in the units of a column's width (the width of a digit): a Chinese character or a
 * full-width sign takes two.
 */
export function shownWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) >= 0x2e80 ? 2 : 1;
  return width;
}
