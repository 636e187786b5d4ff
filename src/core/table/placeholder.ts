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

/** The characters of a hint, in either case. */
function hintOf(characters: string): CharacterClass {
  return new CharacterClass(new RegExp(`[${characters}]`, 'iu'));
}

/** The words that officers write in a cell they leave out, after normalisation: 无, 暂无, 没有, 空, 不适用, N/A. */
export const NO_VALUE_WORD = /^(?:无|暂无|没有|空|不适用|n\/?a)$/iu;

/** A character that every one of those words holds, to tell most cells without normalising them. */
const NO_VALUE_HINTS = '无没空不nｎ';
const NO_VALUE_HINT = hintOf(NO_VALUE_HINTS);

/** The longest text that may be one of those words, with the spaces around it. */
const NO_VALUE_MAX_LENGTH = 8;

/**
 * The words, after normalisation, that officers write in a cell whose value is not known yet or is written elsewhere,
 * alone or in brackets: 待定, 暂定, 未定, 暂未确定, 待确认, 待补充, 后补, 待填写, 待提供, 另行提供, TBD; 见附件, 详见附件2,
 * 见附表, 另附, 附后. A name that holds one among other words (待定区域智能巡检系统, 智能传感器平台（暂定）) is no such word.
 */
export const PENDING_WORD =
  /^\(?(?:待(?:定|确定|确认|补充?|填写?|提供|核实|完善)|暂定|(?:暂|尚)?未确?定|后补|另行(?:提供|补充)|tbd|(?:详|另)?见附[件表页][\d一二三四五六七八九十]{0,3}|另附|附后)\)?$/iu;

/** A character that every one of those words holds, to tell most cells without normalising them. */
const PENDING_HINTS = '待暂未后另见附tｔ';
const PENDING_HINT = hintOf(PENDING_HINTS);

/** The longest text that may be one of those words, with the brackets and spaces around it: （详见附件十二）. */
export const PENDING_MAX_LENGTH = 12;

/**
 * A character of any of the words above. A text that opens with content is no dash or slash, so it gives no value
 * unless it holds one and is short enough for either kind of word (PENDING_MAX_LENGTH is the longer): every row's
 * cells are asked by several rules, and most are told so in one pass.
 */
const WORD_HINT = hintOf(NO_VALUE_HINTS + PENDING_HINTS);

/** Whether a cell's text is only a dash, a slash or a word such as 无, which officers write in a cell they leave out. */
export function isPlaceholder(text: string): boolean {
  const mayBeWord = text.length <= NO_VALUE_MAX_LENGTH && NO_VALUE_HINT.someIn(text);
  if (KEPT_CONTENT.someIn(text) && !mayBeWord) return false;
  const key = compactKey(text);
  return PLACEHOLDER.test(key) || (mayBeWord && NO_VALUE_WORD.test(key));
}

/**
 * Whether a data cell's text gives no value: a placeholder, or a word saying that the value is to come or written
 * elsewhere (待定, 见附件). A 是否推荐 mark asks `isPlaceholder` alone: 待定 there is a mark that says neither yes nor no.
 */
export function isUnfilled(text: string): boolean {
  // An empty cell, or a column the sheet lacks: asked of every row by several rules.
  if (text === '') return false;
  if (KEPT_CONTENT.opens(text) && (text.length > PENDING_MAX_LENGTH || !WORD_HINT.someIn(text))) return false;
  if (isPlaceholder(text)) return true;
  return (
    text.length <= PENDING_MAX_LENGTH && PENDING_HINT.someIn(text) && PENDING_WORD.test(compactKey(text))
  );
}

/** A field's text as data, '' where the cell is empty or gives no value (`—`, `/`, `无`, `待定`, `见附件`). */
export function filledText(entry: Entry, field: Field): string {
  const text = fieldText(entry, field);
  return isUnfilled(text) ? '' : text;
}
