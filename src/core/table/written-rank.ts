/** The Chinese numerals one to nine, each at its value less one. */
const CHINESE_DIGITS = '一二三四五六七八九';

/**
 * A rank as officers write it: digits (`3`, and `3.0` as a whole number typed with its decimals) or Chinese numerals
 * up to 九十九, after an optional 第 or No. and before an optional 名 or 位: `3`, `第3`, `第3名`, `3位`, `No.3`, `第三`,
 * `十二`, `二十一`, and `一十` as a 中文小写数字 format shows 10; then a list's mark after it (`3.`, `3、`, `3)`), and a
 * remark in brackets, normalised to ASCII ones: `3(优先)`, `第2名(备选)`.
 */
const WRITTEN_RANK =
  /^(?:第|no\.?)?(\d+(?:\.0+)?|[一二三四五六七八九]?十?[一二三四五六七八九]?)[名位]?[.、)]?(?:\([^()]*\))?$/iu;

/** A rank in brackets, as a list numbers its items, and the remark after it: `(3)`, `(3)(优先)`. */
const BRACKETED = /^\(([^()]+)\)(\([^()]*\))?$/u;

/** Spaces typed in a rank (`第 1 名`, `1 (优先)`, `( 1 )`), but not between two digits: `1 2` is no rank 12. */
const SPACES = /(?<!\d)\s+|\s+(?!\d)/gu;

/** A footnote's mark before or after a rank: `1*`, `3※`, `★4`. */
const FOOTNOTE_MARKS = /^[*※★☆]+|[*※★☆]+$/gu;

/** 一…九, 十…九十九 (`十二`, `二十`, `一十`), or undefined for other text such as `十十`. */
function chineseNumber(numerals: string): number | undefined {
  const tensAt = numerals.indexOf('十');
  const value = (numeral: string | undefined) => (numeral ? CHINESE_DIGITS.indexOf(numeral) + 1 : 0);
  if (tensAt < 0) return numerals.length === 1 ? value(numerals) : undefined;
  return (tensAt === 0 ? 1 : value(numerals[0])) * 10 + value(numerals[tensAt + 1]);
}

/**
 * The whole number a normalised 推荐排序 text writes (`第2`, `三`, `12`, and `(2)`, `2.`, `2、`, `2.0` as lists and
 * typing write 2; `（2）` and `⑵` normalise to `(2)`; spaces and a footnote's mark aside: `第 2 名`, `2*`), or
 * undefined when it writes none.
 */
export function writtenRank(text: string): number | undefined {
  const bare = text.replace(SPACES, '').replace(FOOTNOTE_MARKS, '');
  const numerals = WRITTEN_RANK.exec(bare.replace(BRACKETED, '$1$2'))?.[1];
  if (!numerals) return undefined;
  return /^\d/u.test(numerals) ? Number(numerals) : chineseNumber(numerals);
}
