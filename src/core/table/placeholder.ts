import { compactKey } from '../normalise/normalise';
import { fieldText, type Entry } from './entry';
import type { Field } from '../fields';

/** A dash or a slash that fills a cell left out, after normalisation: `—`, `——`, `-`, `－`, `/`, `／`, `\\`. */
const PLACEHOLDER = /^[-‐‑‒–—―−─/\\]+$/u;

/**
 * A digit, a Latin letter or a Chinese character, which normalisation keeps: a text holding one is no placeholder.
 * Every row's cells are asked, and most hold one from their first character on, so they are told without normalising.
 */
const KEPT_CONTENT = /[0-9A-Za-z\u4E00-\u9FFF]/u;

/** Whether a cell's text is only a dash or a slash, which officers write in a cell they leave out. */
export function isPlaceholder(text: string): boolean {
  return !KEPT_CONTENT.test(text) && PLACEHOLDER.test(compactKey(text));
}

/** A field's text as data, '' where the cell is empty or holds only a placeholder (`—`, `/`). */
export function filledText(entry: Entry, field: Field): string {
  const text = fieldText(entry, field);
  return isPlaceholder(text) ? '' : text;
}
