/** Contact phone numbers as the ministry will dial them from Beijing (reference §6). */

import type { GridCell } from './grid';
import { ZERO_WIDTH } from './normalise/patterns';

/** A mobile: 1[3-9] and 9 more digits, e.g. 13912345678. */
const MOBILE = /^1[3-9]\d{9}$/u;

/** A local number, whole or grouped before its last four digits: 86001234, 8600-1234, 2345678. */
const LOCAL_NUMBER = String.raw`(?:[1-9]\d{6,7}|[1-9]\d{2,3}-\d{4})`;

/** An optional extension after a hyphen, 转 or 分机, or in brackets: -123, 转8001, 分机123, (转123). */
const EXTENSION = String.raw`(?:(?:-|转|分机)\d{1,6}|\((?:转|分机)\d{1,6}\))?`;

/**
 * A landline with its area code, which never starts 00 (an international prefix), its local number and an optional
 * extension: 022-83606658, (010)68205244, (010)-68205244, 0755-8600-1234, 010-68205244-123, 010-68205244转123,
 * 010-68205244分机123, 010-68205244(转123), 075586001234.
 */
const LANDLINE = new RegExp(
  String.raw`^(?:\(0[1-9]\d{1,2}\)-?|0[1-9]\d{1,2}-?)${LOCAL_NUMBER}${EXTENSION}$`,
  'u',
);

/** A 400/800 service number: 400-810-8888, 8008108888. */
const SERVICE = /^[48]00-?\d{3}-?\d{4}$/u;

/**
 * A local number without its area code, as the notice itself writes 83606658, whole or grouped (8360-6658), with an
 * optional extension (86001234转8001).
 */
const LOCAL = new RegExp(`^${LOCAL_NUMBER}${EXTENSION}$`, 'u');

/**
 * Several numbers in one cell: 13912345678/010-68205244, or separated by commas; a full stop ends a number
 * (13912345678。), unless a digit follows it.
 */
const SEPARATORS = /(?:[/,，;；、。]|\.(?!\d))+/u;

const SPACES = /\s+/u;

/** A remark in brackets with no digit in it, after NFKC: `13912345678(手机)`, `0755-86001234(办)`, `(微信同号)`. */
const BRACKETED_REMARK = /\([^()\d]*\)/gu;

/**
 * The words that 联系方式 cells write around their numbers, with a colon after them: the contact's name and labels
 * (`王华 13912345678`, `手机：13912345678；座机：010-68205244`, `办公室电话010-68205244`). 转 and 分机 are kept, since
 * an extension follows them.
 */
const LABEL = /\p{Script=Han}+:?/gu;

const EXTENSION_WORDS: ReadonlySet<string> = new Set(['转', '分机']);

/** An email address, which 联系方式 cells give beside the number: zs@abc.cn, 123456@qq.com. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

/** A label in Latin letters, with a colon after it: `Tel:`, `TEL：`, `E-mail:`, `Mobile: `, `Tel/Fax:`. */
const LATIN_LABEL = /\b[a-z]+(?:[-/][a-z]+)*\.?\s*:/giu;

/**
 * A QQ number, which 联系方式 cells give beside the phone and which no one dials: `QQ:12345678`, `QQ号：12345678`;
 * not a mobile after the label, as `微信/QQ：13800138000` writes the number that is also the contact's phone.
 */
const QQ_NUMBER = /\bQQ\s*(?:号码?\s*)?(?::\s*)?(?!1[3-9]\d{9}(?!\d))\d{5,12}/giu;

/** The cell's text without the QQ numbers, names, labels and remarks written around its numbers. */
const withoutLabels = (text: string) =>
  text
    .replace(QQ_NUMBER, ' ')
    .replace(LATIN_LABEL, ' ')
    .replace(BRACKETED_REMARK, ' ')
    .replace(LABEL, (word) => (EXTENSION_WORDS.has(word) ? word : ' '));

/**
 * A number as a fax is written: its area code, if any, then 3–4 and 3–4 digits, and an extension: 0755 8600 1234.
 */
const FAX_DIGITS = String.raw`(?:\+86\s?)?(?:\(?0\d{2,3}\)?[\s-]?)?\d{3,4}[\s-]?\d{3,4}(?:(?:-|转|分机)\d{1,6})?`;

/**
 * A fax number, after its label or before a remark saying so (`传真：0755-86001234`, `Fax: 0755-86001234`,
 * `F:0755-86001234`, `0755-86001234(传真)`), after NFKC. A label saying the line is both a phone and a fax
 * (`电话/传真：`, `手机/传真：`, `Tel/Fax:`) makes it a phone, and so do more digits after a label's number: a mobile
 * after a fax's label (传真:13800138000) is the mobile it is.
 */
const FAX_NUMBER = new RegExp(
  String.raw`(?<!(?:电话|座机|手机|tel|phone|mobile)\s*[/、和及&]\s*)(?:传真|\bfax|\bf(?=\s*:))(?:号码?)?\s*(?::\s*)?${FAX_DIGITS}(?!\d)|(?<![\d-])${FAX_DIGITS}\s*\((?:传真|fax)\)`,
  'giu',
);

/** An extension written in Latin letters after a number: `0755-86001234 ext.8001`, `010-82345678 x123`. */
const LATIN_EXTENSION = /(?<=\d)\s*(?:ext|x)\.?\s*(?=\d)/giu;

/**
 * Several extensions of one line after the first: the 、8002 of 转8001、8002 (or 转 8001 、 8002) and the /8002 of
 * -8001/8002. Each is 1–6 digits that neither go on nor are followed by a hyphen, so a second line (/8600-1235,
 * ,68205249) stays one.
 */
const MORE_EXTENSIONS = /((?:-|转|分机)\s*\d{1,6})(?:\s*[/,;、]\s*\d{1,6}(?![\d-]))+/gu;

/** The cell's text with each number's extensions written as one extension after 转, 分机 or a hyphen. */
const withOneExtension = (text: string) => text.replace(LATIN_EXTENSION, '转').replace(MORE_EXTENSIONS, '$1');

/**
 * What is wrong with a phone cell, or undefined when every number in it is fine: a local number lacks its area code,
 * the cell gives only a fax number, which reaches no one, or it holds no phone number.
 */
export type PhoneProblem = 'no-area-code' | 'fax-only' | 'malformed';

/**
 * What one number is: a landline with its area code, another number that is fine (a mobile, a 400/800 number), a
 * local number without its area code, or no phone number at all.
 */
type NumberKind = 'landline' | 'fine' | 'local' | 'malformed';

/** China's country code before a number: +86 139…, 0086-10-…. */
const COUNTRY_CODE = /^(?:\+86|0086)-?/u;

const WIDE_DASHES = /[－—–]/gu;

const EVERY_SPACE = /\s/gu;

const HYPHENS = /-/gu;

/**
 * What follows a country code when the area code's 0 was dropped, as a number dialled from abroad writes it, the area
 * code bracketed or not: 755-86001234, (755)86001234.
 */
const WITHOUT_TRUNK_ZERO = /^\(?[1-9]/u;

/** Where the dropped 0 goes back: at the start, or inside the area code's bracket. */
const TRUNK_ZERO_PLACE = /^\(?/u;

function kindOf(number: string): NumberKind {
  const written = number.replace(WIDE_DASHES, '-').replace(EVERY_SPACE, '');
  const bare = written.replace(COUNTRY_CODE, '');
  // Dialled from abroad, an area code drops its 0: +86-755-86001234, 0086 10 68205244, +86(755)86001234.
  const abroad = bare !== written && WITHOUT_TRUNK_ZERO.test(bare);
  if (LANDLINE.test(bare) || (abroad && LANDLINE.test(bare.replace(TRUNK_ZERO_PLACE, '$&0'))))
    return 'landline';
  // A mobile is often grouped 3-4-4: 139-1234-5678.
  if (MOBILE.test(bare.replace(HYPHENS, '')) || SERVICE.test(bare)) return 'fine';
  return LOCAL.test(bare) ? 'local' : 'malformed';
}

/** A part that is one number, without making an array for every cell. */
const ALONE: Readonly<Record<NumberKind, readonly NumberKind[]>> = {
  landline: ['landline'],
  fine: ['fine'],
  local: ['local'],
  malformed: ['malformed'],
};

/**
 * A part between separators is one number written with spaces (`0755 86001234`, `+86 139…`), or several numbers
 * separated by spaces (`13912345678 010-68205244`): the pieces when each of them is a number, else the whole.
 */
function partKinds(part: string): readonly NumberKind[] {
  const whole = kindOf(part);
  if (whole === 'landline' || whole === 'fine') return ALONE[whole];
  const pieces = part.split(SPACES).filter((piece) => piece !== '');
  if (pieces.length < 2) return ALONE[whole];
  const kinds = pieces.map(kindOf);
  return kinds.includes('malformed') ? ALONE[whole] : kinds;
}

/**
 * Checks a phone cell's text; several numbers are each checked, and the worst problem wins. A local number after a
 * landline takes its area code, as officers write a second line of one office (010-68205244,68205249): only a local
 * number with no landline before it in the cell lacks the area code. Zero-width characters, which pasting leaves
 * invisibly in a cell, are deleted first (reference §7), and the email addresses, names, labels and remarks written
 * around the numbers are no part of them; a line's extensions (ext.8001, 转8001、8002) are read as one. A cell of words
 * alone holds no number, nor does a QQ number; a fax number is none to call, and a cell that gives only faxes says so.
 */
export function phoneProblem(text: string): PhoneProblem | undefined {
  // Most cells hold one mobile or landline number, typed plainly: there is nothing to fold or split.
  if (MOBILE.test(text) || LANDLINE.test(text)) return undefined;
  const folded = text.replace(ZERO_WIDTH, '').normalize('NFKC');
  // Email addresses go first: one may hold what reads as a fax's label and number (fax12345678@abc.cn).
  const written = folded.replace(EMAIL, ' ');
  const faxless = written.replace(FAX_NUMBER, ';');
  const parts = withOneExtension(withoutLabels(faxless))
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) {
    if (faxless !== written) return 'fax-only';
    return folded.trim() === '' ? undefined : 'malformed';
  }
  let areaBefore = false;
  let worst: PhoneProblem | undefined;
  for (const part of parts) {
    for (const kind of partKinds(part)) {
      if (kind === 'malformed') return kind;
      if (kind === 'landline') areaBefore = true;
      else if (kind === 'local' && !areaBefore) worst = 'no-area-code';
    }
  }
  return worst;
}

const NINE_TO_ELEVEN_DIGITS = /^[1-9]\d{8,10}$/u;

/**
 * A phone typed as a number keeps its digits unless it began with 0: 075586001234 is stored as 75586001234. A
 * number of 9 to 11 digits that is neither a mobile nor a 400/800 number must have lost that 0.
 */
function hadLeadingZero(value: number): boolean {
  const digits = String(value);
  return NINE_TO_ELEVEN_DIGITS.test(digits) && !MOBILE.test(digits) && !SERVICE.test(digits);
}

/** Text whose first digit is 0: `07558600123`, `(0755)8600123`. */
const SHOWS_LEADING_ZERO = /^\D*0/u;

/**
 * A phone cell typed as a number that lost its leading 0 (reference §6). A number format such as `00000000000`
 * shows the 0 again (7558600123 as 07558600123), and then nothing is lost: the cell shows and prints the whole
 * number, and is judged as a phone by that text.
 */
export function lostLeadingZero(cell: GridCell): boolean {
  return typeof cell.value === 'number' && hadLeadingZero(cell.value) && !SHOWS_LEADING_ZERO.test(cell.text);
}
