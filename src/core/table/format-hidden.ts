import { isCellError, type GridCell } from '../grid';
import { isBlank } from '../normalise/white-space';

/**
 * The value of a cell whose number format shows nothing of it (`;;;`, or a section left empty, as `0;-0;;@` does for
 * 0), as text; undefined for a cell that shows what it holds, an empty one, or an error value. Excel shows and prints
 * nothing there, but the value is in the file, and the upload system reads values, so the rules read it.
 */
export function formatHiddenText({ value, text }: GridCell): string | undefined {
  if (!isBlank(text) || value === null || isCellError(value)) return undefined;
  if (typeof value === 'string') return isBlank(value) ? undefined : value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return typeof value === 'object' ? value.date : String(value);
}
