import { endsAsUnit } from './unit-endings';

/** The notes that published lists and 联合申报单位 cells write beside a unit's role, never a part of its name. */
const ROLE = '(?:牵头单位|牵头|联合申报单位|联合申报|参与单位|参与|合作单位|联合单位|共同申报|承担单位)';

/** A role in brackets of any width: `（牵头）`, `(牵头单位)`, `【联合申报】`. */
const BRACKETED_ROLE = new RegExp(`[（(【〔［[]\\s*${ROLE}\\s*[）)】〕］\\]]`, 'gu');

/** A role written as a label before the name: `牵头单位：甲科技有限公司`. */
const ROLE_LABEL = new RegExp(`^${ROLE}\\s*[:：]\\s*`, 'u');

/** The 等 that ends a list of some of the units: `乙大学等`, `乙大学等3家单位`. */
const TRAILING_ETC = /\s*等(?:\s*\d+\s*家)?(?:\s*单位)?$/u;

/**
 * A unit's name as a list writes it, without the notes about its role: `甲科技有限公司（牵头）`, `牵头单位：甲科技有限公司`,
 * and the 等 that ends a list (`乙大学等`). Only these notes go: a bracketed place stays (华为技术有限公司（深圳）), and
 * a 等 stays unless what it follows ends as a unit's name does.
 */
export function withoutRoleNotes(written: string): string {
  const name = written.replace(BRACKETED_ROLE, ' ').replace(ROLE_LABEL, '').trim();
  const beforeEtc = name.replace(TRAILING_ETC, '');
  return beforeEtc !== name && endsAsUnit(beforeEtc) ? beforeEtc : name;
}
