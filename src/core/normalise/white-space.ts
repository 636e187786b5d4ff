import { codeUnitAt } from './code-units';

/**
 * Whether `String.prototype.trim` never removes a code unit: those of printable ASCII and Latin-1 before NBSP, and
 * those after the ideographic space up to the byte-order mark (CJK, full-width forms, surrogates). Nearly every cell
 * starts and ends with one, so its text is told to need no trimming without a call and two scans.
 */
const isNeverSpace = (unit: number) => (unit > 0x20 && unit < 0xa0) || (unit > 0x3000 && unit < 0xfeff);

/** `text.trim()`, told without trimming where the text starts and ends with no white space. */
export function trimmed(text: string): string {
  return isNeverSpace(codeUnitAt(text, 0)) && isNeverSpace(codeUnitAt(text, text.length - 1))
    ? text
    : text.trim();
}

/** Whether a text is empty or white space alone: `text.trim() === ''`, told by the first code unit mostly. */
export function isBlank(text: string): boolean {
  return !isNeverSpace(codeUnitAt(text, 0)) && text.trim() === '';
}
