import { CLOSE_BRACKET, OPEN_BRACKET } from '../normalise/written-brackets';
import { endsAsUnit } from './unit-endings';

/** The roles that make a unit the applicant of a joint application. */
const LEAD = '(?:牵头单位|牵头|承担单位)';

/**
 * The notes that published lists and 联合申报单位 cells write beside a unit's role, never a part of its name; 联合 and
 * 合作 alone last, so that the longer notes they begin are taken whole (`联合：乙大学`, `（合作：乙大学）`).
 */
const ROLE = `(?:${LEAD}|联合申报单位|联合申报|参与单位|参与|合作单位|联合单位|共同申报|联合|合作)`;

/** A role in brackets of any width: `（牵头）`, `(牵头单位)`, `【联合申报】`. */
const inBrackets = (role: string) => `${OPEN_BRACKET}\\s*${role}\\s*${CLOSE_BRACKET}`;
/** A role written as a label before the name: `牵头单位：甲科技有限公司`. */
const asLabel = (role: string) => `${role}\\s*[:：]\\s*`;

const BRACKETED_ROLE = new RegExp(inBrackets(ROLE), 'gu');

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

/**
 * A unit's name as a list writes it, without the notes about its role: `甲科技有限公司（牵头）`, `牵头单位：甲科技有限公司`,
 * its credit code in brackets, a university's school in brackets (`浙江大学（计算机学院）`), and the 等 that ends a list
 * (`乙大学等`). Only these notes go: a bracketed place stays (华为技术有限公司（深圳）), and a 等 stays unless what it
 * follows ends as a unit's name does.
 */
export function withoutRoleNotes(written: string): string {
  const name = written
    .replace(BRACKETED_ROLE, ' ')
    .replace(BRACKETED_CODE, ' ')
    .replace(ROLE_LABEL, '')
    .trim()
    .replace(BRACKETED_SCHOOL, '');
  const beforeEtc = name.replace(TRAILING_ETC, '');
  return beforeEtc !== name && endsAsUnit(beforeEtc) ? beforeEtc : name;
}

/**
 * Whether a cell's text notes the unit `name` it holds as the lead: 甲科技有限公司（牵头）, 牵头单位：甲科技有限公司.
 */
export function notedAsLead(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at >= 0 && (LEAD_AFTER.test(text.slice(at + name.length)) || LEAD_BEFORE.test(text.slice(0, at)));
}
