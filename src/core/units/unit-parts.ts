import type { Profile } from '../profile';

/** What ends the name of a unit that others are parts of: a university, a company by its legal form. */
const UNIVERSITY = /大学/u;
const COMPANY = /有限(?:责任)?公司/u;

/** How a company's branch is named after it: 甲科技有限公司上海分公司 (reference §1: no legal person). */
const BRANCH_ENDINGS: readonly string[] = ['分公司', '分行', '办事处', '代表处'];

/**
 * The unit named before a part of it, by the endings of parts: 浙江大学 of 浙江大学计算机科学与技术学院, 甲科技有限公司
 * of 甲科技有限公司人工智能事业部. Undefined for the unit itself, and for a name that merely starts with the unit's
 * word (大学城投资有限公司) or goes on to another unit (甲研发中心有限公司).
 */
function ownerOfPart(name: string, owner: RegExp, endings: readonly string[]): string | undefined {
  // Most names end as no part does: told before the owner is looked for.
  if (!endings.some((ending) => name.endsWith(ending))) return undefined;
  const found = owner.exec(name);
  if (!found || found.index === 0) return undefined;
  const end = found.index + found[0].length;
  const part = name.slice(end);
  return part !== '' && endings.some((ending) => part.endsWith(ending)) ? name.slice(0, end) : undefined;
}

/** The university whose school or department a name is (the profile's universityPartEndings): 浙江大学计算机学院. */
export const universityOfPart = (name: string, profile: Profile): string | undefined =>
  ownerOfPart(name, UNIVERSITY, profile.universityPartEndings ?? []);

/**
 * A group's research institute (中国电子科技集团有限公司电子科学研究院), a legal person of its own as an academy's
 * institutes are, where a company's 研究院 is a part of it.
 */
const GROUP_INSTITUTE = /集团(?:股份)?有限(?:责任)?公司.+研究院$/u;

/**
 * The company whose division, laboratory or research centre a name is (the profile's companyPartEndings):
 * 甲科技有限公司人工智能事业部, 甲科技有限公司人工智能研究院.
 */
export const companyOfPart = (name: string, profile: Profile): string | undefined =>
  GROUP_INSTITUTE.test(name) ? undefined : ownerOfPart(name, COMPANY, profile.companyPartEndings ?? []);

/**
 * The legal person that a name is a part of, as written before it: a school's university, a division's, a
 * laboratory's or a branch's company (浙江大学 of 浙江大学计算机学院, 甲科技有限公司 of 甲科技有限公司上海分公司).
 */
export const parentOfPart = (name: string, profile: Profile): string | undefined =>
  universityOfPart(name, profile) ??
  companyOfPart(name, profile) ??
  ownerOfPart(name, COMPANY, BRANCH_ENDINGS);
