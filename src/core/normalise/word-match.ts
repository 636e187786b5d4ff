/** A word as a regular expression that matches it literally. */
export const escapedForRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** For each list of words, one expression that finds any of them; built the first time the list is searched. */
const anyWordOf = new WeakMap<readonly string[], RegExp>();

/**
 * The first of a list's words, in the list's order, that a text holds. Most texts hold none, and one search for
 * them all tells them apart faster than a search for each word.
 */
export function firstWordIn(text: string, words: readonly string[]): string | undefined {
  let anyWord = anyWordOf.get(words);
  if (!anyWord) anyWordOf.set(words, (anyWord = new RegExp(words.map(escapedForRegExp).join('|'), 'u')));
  return anyWord.test(text) ? words.find((word) => text.includes(word)) : undefined;
}
