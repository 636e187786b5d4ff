/** The regular expressions of normalisation, in one place. */

import { CharacterClass } from './character-class';

/** Brackets that NFKC leaves alone: 【 〔 ［ (already ASCII after NFKC) … e.g. `【北京】` → `(北京)`. */
export const BRACKET_OPEN = /[【〔〖〘［[{｛]/gu;
export const BRACKET_CLOSE = /[】〕〗〙］\]}｝]/gu;

/** U+200B–U+200D and the byte-order mark U+FEFF. */
const ZERO_WIDTH_CHARACTERS = '[\\u200B-\\u200D\\uFEFF]';
export const ZERO_WIDTH = new RegExp(ZERO_WIDTH_CHARACTERS, 'gu');

/** The zero-width characters, one by one: a text of nothing but them (`allOf`) shows as an empty cell. */
export const ZERO_WIDTH_CHARACTER = new CharacterClass(new RegExp(ZERO_WIDTH_CHARACTERS, 'u'));

/** Ideographic space, NBSP, tabs and line breaks (Alt+Enter inside a cell). */
export const SPACE_LIKE = /[\u3000\u00A0\t\r\n\v\f]/gu;

export const SPACE_RUN = / {2,}/gu;

export const ALL_SPACE = /\s+/gu;

export const HAS_SPACE = /\s/u;

/**
 * The characters of a text that normalisation leaves as it is (`allOf`): CJK unified ideographs (which NFKC keeps), ASCII letters and digits,
 * ASCII punctuation other than the brackets it folds, and the CJK punctuation that NFKC keeps (“”‘’《》、。—·), with
 * no space at all. Most names and titles are such text, so the fast path spares them NFKC and six replacements:
 * `华为技术有限公司`, `AI芯片(二期)`, `“天枢”芯片研制`.
 */
export const ALREADY_NORMAL = new CharacterClass(
  /[\u4E00-\u9FFF\w().,:;'"/\\+&#%*!?<>=@$^|~`“”‘’《》、。—·-]/u,
);

/**
 * The characters of a text that normalisation changes only by folding the full-width parentheses （）, which NFKC turns into ASCII
 * ones: the characters of `ALREADY_NORMAL` and those two. Names and titles mostly bracket a region or a code name
 * so, `华科智能（北京）科技有限公司`, and the fast path folds the two without NFKC.
 */
export const NORMAL_BUT_PARENTHESES = new CharacterClass(
  /[\u4E00-\u9FFF\w().,:;'"/\\+&#%*!?<>=@$^|~`“”‘’《》、。—·（）-]/u,
);

export const FULL_WIDTH_PARENTHESES = /[（）]/gu;
