import { CharacterClass } from '../normalise/character-class';
import { compactKey } from '../normalise/normalise';
import { fieldText, type Entry } from './entry';
import type { Field } from '../fields';

/** A dash or a slash that fills a cell left out, after normalisation: `—`, `——`, `-`, `－`, `/`, `／`, `\\`. */
const PLACEHOLDER = /^[-‐‑‒–—―−─/\\]+$/u;

/**
 * A digit, a Latin letter or a Chinese character, which normalisation keeps: a text holding one is no dash or slash,
 * and is a placeholder only if it is short and may be one of the words below. Every row's cells are asked, and most
 * are told so without normalising.
 */
const KEPT_CONTENT = new CharacterClass(/[0-9A-Za-z\u4E00-\u9FFF]/u);

/** The words that officers write in a cell they leave out, after normalisation: 无, 暂无, 没有, 空, 不适用, N/A. */
export const NO_VALUE_WORD = /^(?:无|暂无|没有|空|不适用|n\/?a)$/iu;

/** A character that every one of those words holds, to tell most cells without normalising them. */
const NO_VALUE_HINT = new CharacterClass(/[无没空不nｎ]/iu);

/** The longest text that may be one of those words, with the spaces around it. */
const NO_VALUE_MAX_LENGTH = 8;

/** Whether a cell's text is only a dash, a slash or a word such as 无, which officers write in a cell they leave out. */
export function isPlaceholder(text: string): boolean {
  const mayBeWord = text.length <= NO_VALUE_MAX_LENGTH && NO_VALUE_HINT.someIn(text);
  if (KEPT_CONTENT.someIn(text) && !mayBeWord) return false;
  const key = compactKey(text);
  return PLACEHOLDER.test(key) || (mayBeWord && NO_VALUE_WORD.test(key));
}

/** A field's text as data, '' where the cell is empty or holds only a placeholder (`—`, `/`, `无`). */
export function filledText(entry: Entry, field: Field): string {
  const text = fieldText(entry, field);
  return isPlaceholder(text) ? '' : text;
}
