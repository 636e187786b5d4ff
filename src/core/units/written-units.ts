import { continuesOnLine, endsAsUnit, isJointBody, maySubordinate } from './unit-endings';
import { NO_VALUE_WORD, PENDING_MAX_LENGTH, PENDING_WORD } from '../table/placeholder';
import { withoutListNumber } from './list-number';
import { unitKey } from './unit-key';
import { withBracketedUnitsBeside, withoutBracketedSchool, withoutRoleNotes } from './unit-notes';

/**
 * What separates the names of several units in one cell: 甲大学、乙研究院 / 甲大学，乙研究院 / 甲大学；乙研究院, or the
 * numbers of a numbered list, circled or bracketed: ①甲大学②乙研究院, （1）甲大学（2）乙研究院 (a name holds no
 * bracketed number of one or two digits). A comma before a legal form is inside an English name:
 * `Huawei Technologies Co., Ltd.`, `JIA TECH CO.,LTD.`, `Apple, Inc.`. A line break is no separator but a space
 * (see JOIN): one unit a line splits as units joined by spaces do, and a long name that Alt+Enter wrapped
 * (深圳市星河智算⏎科技有限公司) stays one name.
 */
const SEPARATORS =
  /[、;；/\u2460-\u2473]|[(（]\d{1,2}[)）]|[,，](?!\s*(?:co|corp|corporation|inc|llc|ltd|limited|plc|gmbh|ag|pte|pty)\b)/iu;

/** Marks that officers write in a cell that names no unit: -, —, /, _, a full stop. */
const NO_UNIT_MARKS = /^[-‐‑‒–—―−─/\\_.。\s]*$/u;

/** Whether a unit's key (see `unitKey`) is what officers write where there is no unit (无, 暂无, —) or none yet (待定, 见附件). */
export const isNoUnit = (key: string): boolean =>
  NO_UNIT_MARKS.test(key) ||
  // The longest of those words is a pending one, and most keys are longer: told without trying them.
  (key.length <= PENDING_MAX_LENGTH && (NO_VALUE_WORD.test(key) || PENDING_WORD.test(key)));

/** One unit of a cell that names several: its name as written and its normalised key. */
export interface WrittenUnit {
  name: string;
  key: string;
}

/**
 * What joins two units' names in a phrase: spaces or line breaks (甲科技有限公司 乙大学) or a conjunction, 和, 与, 及,
 * 以及, & or + (甲科技有限公司和乙大学, 甲科技有限公司 & 乙大学, 甲科技有限公司+乙大学). 及其 (甲科技有限公司及其子公司)
 * joins no second unit. Captured, so that a name cut nowhere keeps it (Johnson & Johnson).
 */
const JOIN = /(\s*(?:以及|[和与及&＆+＋])(?!其)\s*|\s+)/u;

/** A join of spaces alone, without a line break. */
const SPACES = /^[^\S\n]+$/u;

/** A join of spaces with a line break among them. */
const LINE_BREAK = /^[^\S\n]*\n\s*$/u;

/**
 * Whether a part after spaces may be one of the unit before it (中国科学院 自动化研究所), or a part on the next line
 * goes on with its name (中国科学院⏎自动化研究所: see continuesOnLine).
 */
function isOwnUnit(before: string, { join, written }: { join: string; written: string }): boolean {
  const [parent, name] = [withoutRoleNotes(before), withoutRoleNotes(written)];
  if (SPACES.test(join)) return maySubordinate(parent, name);
  return LINE_BREAK.test(join) && continuesOnLine(parent, name);
}

/**
 * The names that a text without separators holds, as spaces, line breaks or conjunctions join them: a name runs on
 * across a join until it ends as a unit's name does (北京和利时科技集团有限公司 is one name, and 北京 和 利时 are no
 * units), and is cut there; and a part after spaces that may be a unit of the one before it stays with it
 * (中国科学院 自动化研究所 is one name, also beside another unit: 中国科学院 自动化研究所和清华大学), as does a line
 * that cannot stand as a unit of its own (中国科学院⏎自动化研究所), where a full name on its line is a joint unit. The text stays whole unless its last part, too, reads as a unit on its own, and unless no part after a
 * conjunction is a body of both (甲大学与乙科技有限公司联合实验室). So a name with a space, a line break or a 和
 * inside is never cut.
 */
function joinedNames(text: string): string[] {
  const [first = '', ...rest] = text.split(JOIN);
  const parts = [{ join: '', written: first }];
  for (let i = 0; i < rest.length; i += 2) {
    const part = parts[parts.length - 1]!;
    const [join, next] = [rest[i]!, rest[i + 1]!];
    if (endsAsUnit(withoutRoleNotes(part.written))) parts.push({ join, written: next });
    else part.written += join + next;
  }
  // Only once every part has run on to its end can it tell whether it is one of the unit before it.
  const units = parts.reduce<typeof parts>((joined, part) => {
    const before = joined[joined.length - 1];
    if (before && isOwnUnit(before.written, part)) before.written += part.join + part.written;
    else joined.push(part);
    return joined;
  }, []);
  const names = units.map((part) => withoutRoleNotes(part.written));
  const several =
    names.length > 1 &&
    endsAsUnit(names[names.length - 1]!) &&
    units.every(({ join }, i) => i === 0 || join.trim() === '' || !isJointBody(names[i]!));
  return several ? names : [text];
}

/**
 * The units that one cell names, as a 联合申报单位 cell or a published winners list's 揭榜单位 cell writes several
 * of them, or a bracket after a unit lists them (甲科技有限公司（联合申报单位：乙大学）), without the notes on their
 * roles (甲科技有限公司（牵头）、乙大学等).
 */
export function writtenUnits(text: string): WrittenUnit[] {
  return withBracketedUnitsBeside(withoutBracketedSchool(text))
    .split(SEPARATORS)
    .flatMap((written) => joinedNames(withoutRoleNotes(written)).map(withoutListNumber))
    .map((name) => ({ name, key: unitKey(name) }))
    .filter(({ key }) => key && !isNoUnit(key));
}
