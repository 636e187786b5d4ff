import { compactKey } from '../normalise/normalise';

/** The emoji and text variation selectors: `✔️` is ✔ U+2714 followed by U+FE0F, which NFKC keeps. */
const VARIATION_SELECTORS = /[\uFE0E\uFE0F]/gu;

/** A remark in brackets closing a mark, after normalisation folded the brackets: `是(优先)`, `否(已撤回)`. */
const TRAILING_REMARKS = /(?:\([^()]*\))+$/u;

/** Punctuation that closes a mark without changing it: `Yes!`, `是。`, `√.`. */
const TRAILING_PUNCTUATION = /[!?.,;:。，；！？~]+$/u;

/** A mark compared: upper case, without variation selectors. */
const markText = (text: string) => compactKey(text).replace(VARIATION_SELECTORS, '').toUpperCase();

/**
 * The comparison key of a 是否推荐 mark: upper case, without variation selectors, a closing remark or closing
 * punctuation.
 */
export function markKey(text: string): string {
  return markText(text).replace(TRAILING_REMARKS, '').replace(TRAILING_PUNCTUATION, '');
}

/** The closing remarks that `markKey` leaves out, with their brackets: `(备选)` of `是（备选）`; or ''. */
export function markRemarks(text: string): string {
  return TRAILING_REMARKS.exec(markText(text))?.[0] ?? '';
}
