import { normalise } from '../normalise/normalise';
import { withoutRoleNotes } from './unit-notes';

/** What separates the names of several units in one cell: 甲大学、乙研究院 / 甲大学；乙研究院 / one a line. */
const SEPARATORS = /[、,，;；/\n]/u;

/** What officers write in a cell that names no unit: 无, 暂无, -, —. None of these is a unit. */
const NO_UNIT = /^(?:无|暂无|没有|空|不适用|n\/?a|[-—–_.。\s]*)$/iu;

/** One unit of a cell that names several: its name as written and its normalised key. */
export interface WrittenUnit {
  name: string;
  key: string;
}

/**
 * The units that one cell names, as a 联合申报单位 cell or a published winners list's 揭榜单位 cell writes several
 * of them, without the notes on their roles (甲科技有限公司（牵头）、乙大学等).
 */
export function writtenUnits(text: string): WrittenUnit[] {
  return text
    .split(SEPARATORS)
    .map(withoutRoleNotes)
    .map((name) => ({ name, key: normalise(name) }))
    .filter(({ key }) => key && !NO_UNIT.test(key));
}
