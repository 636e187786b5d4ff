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

/** What ends a school's name, left off before its discipline is read: 学院, 系, 学部, 研究生院. */
const SCHOOL_ENDING = /(?:研究生院|学院|学部|系)$/u;

/** Words that name a discipline, as a university's schools are named (计算机科学与技术学院, 控制科学与工程学院). */
const DISCIPLINE =
  /计算机|软件|信息|电子|电气|通信|自动化|控制|智能|数据|网络|安全|工程|科学|技术|机械|材料|数学|物理|化学|生命|生物|医学|药学|管理|经济|金融|法学|外国语|艺术|设计|建筑|土木|交通|能源|环境|航空|航天|集成电路|光电|仪器|海洋|马克思|哲学|历史|新闻|传播|教育|心理|体育|公共卫生|护理|口腔/u;

/** A discipline of one character, the whole of a school's name: 医学院, 法学院, 文学院, 商学院. */
const ONE_CHARACTER_DISCIPLINE = /^[医药法文理工农商史哲]$/u;

/**
 * The university whose school a name surely is: one named for a discipline (浙江大学控制科学与工程学院, 浙江大学医学院),
 * or its graduate school (某大学研究生院). A college named for a place or otherwise (浙江大学城市学院, 四川大学锦江学院,
 * 北京大学深圳研究生院) is often an independent college, a legal person of its own: it is warned of as a possible
 * part (`universityOfPart`), but not counted with the university on a guess.
 */
function universityOfSchool(name: string, profile: Profile): string | undefined {
  const university = universityOfPart(name, profile);
  if (university === undefined) return undefined;
  const discipline = name.slice(university.length).trim().replace(SCHOOL_ENDING, '');
  const named = discipline === '' || ONE_CHARACTER_DISCIPLINE.test(discipline) || DISCIPLINE.test(discipline);
  return named ? university : undefined;
}

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
 * The legal person that a name is a part of, as written before it: a school's university (see universityOfSchool),
 * a division's, a laboratory's or a branch's company (浙江大学 of 浙江大学计算机学院, 甲科技有限公司 of
 * 甲科技有限公司上海分公司).
 */
export const parentOfPart = (name: string, profile: Profile): string | undefined =>
  universityOfSchool(name, profile) ??
  companyOfPart(name, profile) ??
  ownerOfPart(name, COMPANY, BRANCH_ENDINGS);
