import { normalise } from '../normalise/normalise';

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
 * of them.
 */
export function writtenUnits(text: string): WrittenUnit[] {
  return text
    .split(SEPARATORS)
    .map((written) => ({ name: written.trim(), key: normalise(written) }))
    .filter(({ key }) => key && !NO_UNIT.test(key));
}
