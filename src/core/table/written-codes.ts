import { ZERO_WIDTH } from '../normalise/patterns';
import { canonicalUscc } from '../uscc';

/** What a cell writes beside the one code it holds, named so that the officer sees what to delete. */
export interface CodeExtra {
  /**
   * `apostrophe`: a visible ' before the code (Excel's own hides itself); `hyphen`: a dash inside it; `label`: other
   * text before it (代码：); `remark`: text after it (（已核验）).
   */
  kind: 'apostrophe' | 'hyphen' | 'label' | 'remark';
  /** The extra characters as written: the label or the remark whole, the first dash, the apostrophes. */
  text: string;
}

/** A dash that people type between a code's groups: -, ‐ to ―, the minus sign, the full-width －. */
const DASH = /[-\u2010-\u2015\u2212\uFF0D]/u;
const DASHES = new RegExp(DASH.source, 'gu');

/** Apostrophes before a code: typed (', ＇), curled by an input method (‘ ’), or a backtick or an acute accent. */
const APOSTROPHES = /^['\u2018\u2019`\u00B4\uFF07]+$/u;

/** The same, leading a code as canonicalUscc leaves it (NFKC has turned ＇ into '). */
const LEADING_APOSTROPHES = /^['\u2018\u2019`\u00B4]+/u;

/**
 * A stretch of text that may be a code: ASCII or full-width letters and digits, with spaces or dashes between them
 * (`9111 0108 5513 8508 2Q`, `91110108-551385082Q`), and neither before nor after them.
 */
const CODE_RUN =
  /[0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A](?:[\s0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\-\u2010-\u2015\u2212\uFF0D]*[0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A])?/gu;

/**
 * What a cell writes beside the one 18-character code in it, in reading order: a label before it (代码：…), a visible
 * apostrophe ('9111…), dashes inside it (91110108-551385082Q), a remark after it (…（已核验）, a note on the next line).
 * None where the cell holds no such code, or more than one (see writtenCodes). Telling only "应为 18 位" of such a
 * cell leaves an officer who counts 18 characters of code to guess what is wrong.
 */
export function extrasBesideCode(text: string): CodeExtra[] {
  const written = text.replace(ZERO_WIDTH, '');
  const codes = [...written.matchAll(CODE_RUN)].filter(
    ([run]) => canonicalUscc(run.replace(DASHES, '')).length === 18,
  );
  if (codes.length !== 1) return [];
  const { 0: code, index: start } = codes[0]!;
  const before = written.slice(0, start).trim();
  const after = written.slice(start + code.length).trim();
  const dash = DASH.exec(code)?.[0];
  const extras: CodeExtra[] = [];
  if (before) extras.push({ kind: APOSTROPHES.test(before) ? 'apostrophe' : 'label', text: before });
  if (dash) extras.push({ kind: 'hyphen', text: dash });
  if (after) extras.push({ kind: 'remark', text: after });
  return extras;
}

/** What separates the codes of several units in one cell: a line break (Alt+Enter), 、 ， , ； ; / ／. */
const SEPARATORS = /[\n、，,；;/／]/u;

/** Whether a part of a cell reads as one code, give or take an apostrophe, dashes, spaces and a character or three. */
const mayBeCode = (part: string): boolean =>
  /^[0-9A-Z]{15,20}$/u.test(canonicalUscc(part).replace(LEADING_APOSTROPHES, '').replace(DASHES, ''));

/**
 * The codes a cell writes one after another, as written, when it writes several: one to a line or separated
 * (甲's⏎乙's, 甲's、乙's), or with spaces between codes of 15 characters or more (a code typed in groups,
 * `9111 0108 5513 8508 2Q`, is one). Every part must read as a code: a cell with a remark after a separator
 * (91110108551385082Q，已核验) writes one code. Empty for a cell that writes one code or none.
 */
export function writtenCodes(text: string): string[] {
  const parts = text
    .split(SEPARATORS)
    .flatMap((part) => {
      const words = part.trim().split(/\s+/u);
      return words.length > 1 && words.every(mayBeCode) ? words : [part.trim()];
    })
    .filter((part) => part !== '');
  return parts.length > 1 && parts.every(mayBeCode) ? parts : [];
}
