import { compactKey } from '../normalise/normalise';
import { CLOSE_BRACKET, OPEN_BRACKET } from '../normalise/written-brackets';
import { PENDING_WORD } from '../table/placeholder';
import { endsAsUnit } from './unit-endings';

/**
 * The words that notes on a unit's role are made of, never a part of its name: `（牵头）`, `（联合体牵头人）`,
 * `（牵头申报单位）`, `（主持单位）`, `（申报主体）`, `（揭榜单位）`, `（第一单位）`, `（参与单位）`, `联合体：`, and the seal
 * note `（盖章）`. A bracket of these words alone is such a note; one with any other word (a place: `（深圳）`) is not.
 */
const ROLE_WORD = '(?:牵头|主持|承担|申报|揭榜|第一|联合|合作|参与|共同|盖章|公章|单位|主体|成员|[方人体])';
const ROLE = `${ROLE_WORD}+`;

/** A role that makes a unit the applicant of a joint application: its words with a lead's among them. */
const LEAD = `${ROLE_WORD}*(?:牵头|主持|承担|揭榜|第一|主体)${ROLE_WORD}*`;

/** A role in brackets of any width: `（牵头）`, `(牵头单位)`, `【联合申报】`. */
const inBrackets = (role: string) => `${OPEN_BRACKET}\\s*${role}\\s*${CLOSE_BRACKET}`;
/** A role written as a label before the name: `牵头单位：甲科技有限公司`. */
const asLabel = (role: string) => `${role}\\s*[:：]\\s*`;

const BRACKETED_ROLE = new RegExp(inBrackets(ROLE), 'gu');

/**
 * A role written after the name without brackets, as a sentence names the units: `甲科技有限公司牵头，乙大学参与`.
 * Taken away only where what it follows ends as a unit's name does.
 */
const TRAILING_ROLE = /(?:牵头|主持|承担|参与|合作|联合|共同)(?:申报)?(?:单位|方)?$/u;
/** The lead's role so written after its name: `甲科技有限公司牵头，乙大学参与`. */
const LEAD_WRITTEN_AFTER = /^(?:牵头|主持|承担)(?:申报)?(?:单位|方)?(?!\p{Script=Han})/u;

/**
 * The unit's credit code written in brackets after its name, where a sheet has no column for it or the officer
 * repeated it: `甲科技有限公司（91440300MA5DA0Q5XA）`, `（统一社会信用代码：914403…）`, half- or full-width.
 */
const BRACKETED_CODE = new RegExp(
  inBrackets('(?:统一社会信用代码|社会信用代码|信用代码|代码)?\\s*[:：]?\\s*[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]{18}'),
  'gu',
);
/**
 * A school, department or institute of a university written in brackets after it, as universities fill their
 * applicant's cell: `浙江大学（计算机科学与技术学院）`. The applicant is the university, the legal person, so the note
 * is no part of its name. A place in brackets (香港中文大学（深圳）) is.
 */
const BRACKETED_SCHOOL = new RegExp(
  `(?<=大学)\\s*${OPEN_BRACKET}[^()（）]*?(?:学院|系|学部|研究生院|研究院|研究所|实验室|中心)\\s*${CLOSE_BRACKET}\\s*$`,
  'u',
);

/**
 * A text without the schools that a bracket after a university lists, even several: `浙江大学（计算机科学与技术学院、
 * 软件学院）` is 浙江大学, whose separator inside the bracket parts no units.
 */
export const withoutBracketedSchool = (text: string): string => text.replace(BRACKETED_SCHOOL, '');

const ROLE_LABEL = new RegExp(`^${asLabel(ROLE)}`, 'u');
const LEAD_AFTER = new RegExp(`^\\s*${inBrackets(LEAD)}`, 'u');
const LEAD_BEFORE = new RegExp(`${asLabel(LEAD)}$`, 'u');

/** A bracket that opens with a role as a label: `（联合申报单位：`, `(合作单位: `, `【参与单位：`. */
const ROLE_LABEL_IN_BRACKETS = new RegExp(`${OPEN_BRACKET}\\s*${asLabel(ROLE)}`, 'u');

const OPENING = new RegExp(OPEN_BRACKET, 'u');
const CLOSING = new RegExp(CLOSE_BRACKET, 'u');

/** Where the bracket open before `from` closes, past the brackets that open and close inside it; or the text's end. */
function closingBracket(text: string, from: number): number {
  let depth = 0;
  let at = from;
  while (at < text.length && !(depth === 0 && CLOSING.test(text[at]!))) {
    if (OPENING.test(text[at]!)) depth++;
    else if (CLOSING.test(text[at]!)) depth--;
    at++;
  }
  return at;
}

/**
 * A bracket that opens as a note on whom the unit applies with: `（与乙大学联合申报）`, `(和乙大学共同申报)`,
 * `（联合乙大学申报）`. The note must end as `JOINT_NOTE_END` says, or it is no list of units. A role in brackets
 * (`（联合申报）`, `（联合单位）`) names no unit and is left to `withoutRoleNotes`.
 */
const JOINT_NOTE_IN_BRACKETS = new RegExp(
  `${OPEN_BRACKET}\\s*(?:[与和同]|联合)(?!\\s*(?:申报|单位))\\s*`,
  'u',
);

/** How a note on whom the unit applies with ends: `联合申报`, `共同申报`, `合作申报`, `申报`, `联合申报单位`. */
const JOINT_NOTE_END = /\s*(?:联合|共同|合作)?申报(?:单位)?\s*$/u;

/**
 * A cell's text with the units that a bracket after a unit lists written as units beside it: under a role as its
 * label, `甲科技有限公司（联合申报单位：乙大学、丙研究院）` as `甲科技有限公司、乙大学、丙研究院`, or as a note on whom
 * it applies with, `甲科技有限公司（与乙大学联合申报）` as `甲科技有限公司、乙大学`. A bracket inside the list
 * (华科智能（北京）科技有限公司) stays.
 */
export function withBracketedUnitsBeside(text: string): string {
  const label = ROLE_LABEL_IN_BRACKETS.exec(text);
  const note = label ? undefined : JOINT_NOTE_IN_BRACKETS.exec(text);
  const opening = label ?? note;
  if (!opening) return text;
  const start = opening.index + opening[0].length;
  const end = closingBracket(text, start);
  const [before, listed, after] = [text.slice(0, opening.index), text.slice(start, end), text.slice(end + 1)];
  if (note && !JOINT_NOTE_END.test(listed)) return text;
  const units = note ? listed.replace(JOINT_NOTE_END, '') : listed;
  return withBracketedUnitsBeside(`${before}、${units}${after}`);
}

/**
 * The 等 that ends a list of some of the units, with their number in digits or in Chinese, or none:
 * `乙大学等`, `乙大学等单位`, `乙大学等3家单位`, `乙大学等三家单位`, `乙大学等十余家单位`, `乙大学等多家单位`, `乙大学等5个单位`.
 */
const TRAILING_ETC = /\s*等(?:\s*(?:\d+|[一二两三四五六七八九十几多数]+)余?\s*[家个])?(?:\s*单位)?$/u;

/** A name without the words at its end that `words` finds, where what they follow ends as a unit's name does. */
function withoutTrailing(name: string, words: RegExp): string {
  const before = name.replace(words, '');
  return before !== name && endsAsUnit(before) ? before : name;
}

/** A bracket at the end of a name, with the note in it: `甲科技有限公司（待定）`. */
const TRAILING_NOTE = new RegExp(`\\s*${OPEN_BRACKET}([^（）()]*)${CLOSE_BRACKET}$`, 'u');

/**
 * A name without a bracket after it that says the unit is not settled yet (`甲科技有限公司（待定）`, `（暂定）`,
 * `（待确认）`, `（名称待定）`): a word of placeholder.ts's PENDING_WORD, which no registered name ends with.
 */
function withoutPendingNote(name: string): string {
  const note = TRAILING_NOTE.exec(name);
  const pending = note && note.index > 0 && PENDING_WORD.test(compactKey(note[1]!).replace(/^名称/u, ''));
  return pending ? name.slice(0, note.index) : name;
}

/**
 * A unit's name as a list writes it, without the notes about its role: `甲科技有限公司（牵头）`, `牵头单位：甲科技有限公司`,
 * `甲科技有限公司牵头`, its credit code in brackets, a note that it is not settled yet (`甲科技有限公司（待定）`), a
 * university's school in brackets (`浙江大学（计算机学院）`), and the 等 that ends a list (`乙大学等`). Only these notes go: a bracketed place stays (华为技术有限公司（深圳）), and a
 * 等 or a role after the name stays unless what it follows ends as a unit's name does.
 */
export function withoutRoleNotes(written: string): string {
  const name = written
    .replace(BRACKETED_ROLE, ' ')
    .replace(BRACKETED_CODE, ' ')
    .replace(ROLE_LABEL, '')
    .trim();
  const named = withoutBracketedSchool(withoutPendingNote(name));
  return withoutTrailing(withoutTrailing(named, TRAILING_ETC), TRAILING_ROLE);
}

/**
 * Whether a cell's text notes the unit `name` it holds as the lead: 甲科技有限公司（牵头）, 牵头单位：甲科技有限公司,
 * 甲科技有限公司牵头，乙大学参与.
 */
export function notedAsLead(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at < 0) return false;
  const after = text.slice(at + name.length);
  return LEAD_AFTER.test(after) || LEAD_WRITTEN_AFTER.test(after) || LEAD_BEFORE.test(text.slice(0, at));
}
