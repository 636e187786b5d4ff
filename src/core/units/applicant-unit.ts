import { normalise } from '../normalise/normalise';
import { writtenUnits } from './written-units';

/** What a 申报单位 cell may hold besides one plain name: separators, spaces, brackets, a label, a trailing 等. */
const MAY_NAME_SEVERAL = /[、,，;；/\s（(【〔［[:：等]/u;

/** The role that makes a unit the applicant of a joint application. */
const LEAD = '(?:牵头单位|牵头|承担单位)';
const LEAD_AFTER = new RegExp(`^\\s*[（(【〔［[]\\s*${LEAD}\\s*[）)】〕］\\]]`, 'u');
const LEAD_BEFORE = new RegExp(`${LEAD}\\s*[:：]\\s*$`, 'u');

/** Whether the cell's text notes the unit written at `at` as the lead: 甲科技有限公司（牵头）, 牵头单位：甲科技有限公司. */
function notedAsLead(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at >= 0 && (LEAD_AFTER.test(text.slice(at + name.length)) || LEAD_BEFORE.test(text.slice(0, at)));
}

/**
 * The key of the applicant that a 申报单位 cell names, the unit whose projects count against its limit (reference
 * §1: the notice counts 申报主体, the 申报单位 or 牵头单位): the normalised name of a cell naming one unit; of a cell
 * naming a joint application (甲科技有限公司（牵头）、乙大学), the unit it notes as the lead, or else the first it
 * names, without the notes on their roles. Undefined for a cell that names no unit (empty, 无).
 */
export function applicantKey(text: string): string | undefined {
  if (!MAY_NAME_SEVERAL.test(text)) return normalise(text) || undefined;
  const units = writtenUnits(text);
  return (units.find((unit) => notedAsLead(text, unit.name)) ?? units[0])?.key;
}
