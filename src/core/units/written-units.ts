import { normalise } from '../normalise/normalise';
import { endsAsUnit, maySubordinate } from './unit-endings';
import { withoutRoleNotes } from './unit-notes';

/**
 * What separates the names of several units in one cell: 甲大学、乙研究院 / 甲大学，乙研究院 / 甲大学；乙研究院 / one a
 * line. A comma before a legal form is inside an English name: `Huawei Technologies Co., Ltd.`, `JIA TECH CO.,LTD.`,
 * `Apple, Inc.`.
 */
const SEPARATORS =
  /[、;；/\n]|[,，](?!\s*(?:co|corp|corporation|inc|llc|ltd|limited|plc|gmbh|ag|pte|pty)\b)/iu;

/** What officers write in a cell that names no unit: 无, 暂无, -, —. None of these is a unit. */
const NO_UNIT = /^(?:无|暂无|没有|空|不适用|n\/?a|[-—–_.。\s]*)$/iu;

/** One unit of a cell that names several: its name as written and its normalised key. */
export interface WrittenUnit {
  name: string;
  key: string;
}

/**
 * The names that a text separated by spaces only holds: each of its parts, when every part reads as a unit's name on
 * its own (甲科技有限公司 乙大学), and none may be a unit of the one before it (中国科学院 自动化研究所 is one name);
 * else the text itself, so that a name with a space inside is never cut.
 */
function spacedNames(text: string): string[] {
  const parts = text.split(/\s+/u).map(withoutRoleNotes);
  const several =
    parts.length > 1 &&
    parts.every(endsAsUnit) &&
    parts.every((part, i) => i === 0 || !maySubordinate(parts[i - 1]!, part));
  return several ? parts : [text];
}

/**
 * The units that one cell names, as a 联合申报单位 cell or a published winners list's 揭榜单位 cell writes several
 * of them, without the notes on their roles (甲科技有限公司（牵头）、乙大学等).
 */
export function writtenUnits(text: string): WrittenUnit[] {
  return text
    .split(SEPARATORS)
    .flatMap((written) => spacedNames(withoutRoleNotes(written)))
    .map((name) => ({ name, key: normalise(name) }))
    .filter(({ key }) => key && !NO_UNIT.test(key));
}
