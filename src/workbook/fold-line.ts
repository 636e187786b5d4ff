import { shownWidth } from './shown-width';

/** A piece of a line that ends where a line may break: after list and clause punctuation, or a space. */
const SEGMENT = /[^、，；。｜）,;) ]*(?:[、，；。｜）,;) ]|$)/gu;

/** Pieces of a segment, each at most `width` wide: a segment wider than a whole line breaks anywhere. */
function pieces(segment: string, width: number): string[] {
  if (shownWidth(segment) <= width) return [segment];
  const result = [''];
  for (const ch of segment) {
    if (shownWidth(result[result.length - 1]! + ch) > width) result.push('');
    result[result.length - 1] += ch;
  }
  return result;
}

/**
 * Folds a line that would run past `width` into lines that fit, breaking after punctuation or a space where it can.
 * A heading line of ours runs across the empty cells to its right, and Excel prints only the table's columns: a
 * longer line would be cut on paper.
 */
export function foldLine(line: string, width: number): string[] {
  if (shownWidth(line) <= width) return [line];
  const lines: string[] = [];
  let current = '';
  for (const segment of line.match(SEGMENT) ?? [])
    for (const piece of pieces(segment, width)) {
      if (current.trim() !== '' && shownWidth(current + piece) > width) {
        lines.push(current.trimEnd());
        current = piece.trimStart();
      } else current = (current + piece).trimStart();
    }
  if (current.trim() !== '') lines.push(current.trimEnd());
  return lines;
}
