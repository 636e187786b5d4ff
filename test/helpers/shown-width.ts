/** How wide a text shows, in Excel's column-width units: a Chinese character or a full-width sign takes two. */
export function shownWidth(text: string): number {
  return [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
}
