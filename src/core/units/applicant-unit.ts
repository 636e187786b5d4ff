import { CharacterClass } from '../normalise/character-class';
import { endsAsUnit } from './unit-endings';
import { unitKey } from './unit-key';
import { notedAsLead } from './unit-notes';
import { isNoUnit, writtenUnits, type WrittenUnit } from './written-units';

/**
 * What a 申报单位 cell may hold besides one plain name: separators, circled numbers (①甲科技有限公司②乙大学), spaces,
 * conjunctions (甲科技有限公司和乙大学, 甲科技有限公司+乙大学), brackets, a label, a trailing 等.
 */
const MAY_NAME_SEVERAL = new CharacterClass(/[、,，;；/\u2460-\u2473\s和与及&＆+＋（(【〔［[:：等]/u);

/** Whether a 申报单位 cell is one plain name: it holds none of what may name another unit or a note beside it. */
export const isPlainName = (text: string): boolean => !MAY_NAME_SEVERAL.someIn(text);

/** The longest cell that may be a word for no unit (N/A): only such a cell is normalised whole before it is cut. */
const LONGEST_NO_UNIT_CELL = 8;

/**
 * The key of the applicant that a 申报单位 cell names, the unit whose projects count against its limit (reference
 * §1: the notice counts 申报主体, the 申报单位 or 牵头单位): the normalised name of a cell naming one unit; of a cell
 * naming a joint application (甲科技有限公司（牵头）、乙大学), the unit it notes as the lead, or else the first it
 * names, without the notes on their roles. Of a cell whose other parts are no units' names (华为云/华为技术有限公司,
 * 华为技术有限公司/Huawei Technologies Co., Ltd.), the part that reads as one: a legal name holds no slash, so the
 * unit is the part that ends as a unit's name, wherever it stands. Undefined for a cell that names no unit (empty, 无).
 * `plain` is isPlainName of the text, for a caller that has asked it already.
 */
export function applicantKey(text: string, plain = isPlainName(text)): string | undefined {
  if (plain) {
    const key = unitKey(text);
    return key && !isNoUnit(key) ? key : undefined;
  }
  // N/A names no unit, not the units N and A.
  if (text.length <= LONGEST_NO_UNIT_CELL && isNoUnit(unitKey(text))) return undefined;
  const units = writtenUnits(text);
  const lead = units.find((unit) => notedAsLead(text, unit.name));
  return (lead ?? units.find((unit) => endsAsUnit(unit.name)) ?? units[0])?.key;
}

/**
 * The applicant of a 申报单位 cell as the cell writes it, given its key (see applicantKey): the whole cell when it
 * names the applicant alone; else the part that is the applicant, when it reads as a unit's name (of
 * 甲科技有限公司（牵头）、乙大学 and 华为云/华为技术有限公司, 甲科技有限公司 and 华为技术有限公司); else the cell as
 * written (text that looks like a formula).
 */
export function applicantAsWritten(text: string, key: string | undefined): string {
  if (unitKey(text) === key) return text;
  const part = writtenUnits(text).find((written) => written.key === key);
  return part && endsAsUnit(part.name) ? part.name : text;
}

/**
 * The units that a 申报单位 cell names beside their notes (甲科技有限公司（牵头）、乙大学; 牵头单位：甲科技有限公司),
 * when every one reads as a unit's name on its own; none for a cell that names one unit plainly, or whose parts are
 * no units' names (=HYPERLINK("…","…"), a Chinese name with its English one after a slash): such a cell is one name.
 */
export function unitsNamedTogether(text: string): WrittenUnit[] {
  if (isPlainName(text)) return [];
  const units = writtenUnits(text);
  return units.every(({ name }) => endsAsUnit(name)) ? units : [];
}

/**
 * How many units a 申报单位 cell names as applicants together (see unitsNamedTogether; one where it names one), and
 * the place of its applicant among them (see applicantKey), from 0: a joint application's code cell writes the
 * units' codes in the same order.
 */
export function applicantPlace(text: string): { units: number; applicant: number } {
  const units = unitsNamedTogether(text);
  if (units.length === 0) return { units: 1, applicant: 0 };
  const key = applicantKey(text);
  const applicant = units.findIndex((unit) => unit.key === key);
  // A cell whose whole text is a word for no unit has no applicant: its codes are then read from the first.
  return { units: units.length, applicant: Math.max(applicant, 0) };
}
