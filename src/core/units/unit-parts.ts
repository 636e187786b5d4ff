import { codeUnitAt } from '../normalise/code-units';
import type { Profile } from '../profile';

/** What ends the name of a unit that others are parts of: a university, a company by its legal form, an institute. */
const UNIVERSITY = /大学/u;
const COMPANY = /有限(?:责任)?公司/u;
const INSTITUTE = /研究[院所]/u;

/**
 * A list of the endings of parts' names, with the last characters they end in: every row's name is asked of every
 * list, and most names (…公司, …大学) end as no part of the list does, which their last character tells.
 */
class Endings {
  /** A few code units each: looked through, quicker than hashed into a set. */
  private readonly lastCharacters: readonly number[];

  constructor(private readonly endings: readonly string[]) {
    this.lastCharacters = [...new Set(endings.map((ending) => ending.charCodeAt(ending.length - 1)))];
  }

  /** Whether a text ends with one of the endings: a loop, since a closure for `some` is made anew at every call. */
  endsOne(text: string): boolean {
    if (!this.lastCharacters.includes(codeUnitAt(text, text.length - 1))) return false;
    for (const ending of this.endings) if (text.endsWith(ending)) return true;
    return false;
  }
}

/** How a company's branch is named after it: 甲科技有限公司上海分公司 (reference §1: no legal person). */
const BRANCH_ENDINGS = new Endings(['分公司', '分行', '办事处', '代表处']);

/** The profile's endings of a university's, a company's and an institute's parts. */
interface PartEndings {
  university: Endings;
  company: Endings;
  institute: Endings;
}

const partEndingsOf = new WeakMap<Profile, PartEndings>();

/** The profile's endings of parts, made once for each profile. */
function partEndings(profile: Profile): PartEndings {
  let endings = partEndingsOf.get(profile);
  if (!endings) {
    endings = {
      university: new Endings(profile.universityPartEndings ?? []),
      company: new Endings(profile.companyPartEndings ?? []),
      institute: new Endings(profile.institutePartEndings ?? []),
    };
    partEndingsOf.set(profile, endings);
  }
  return endings;
}

/**
 * The unit named before a part of it, by the endings of parts: 浙江大学 of 浙江大学计算机科学与技术学院, 甲科技有限公司
 * of 甲科技有限公司人工智能事业部. Undefined for the unit itself, and for a name that merely starts with the unit's
 * word (大学城投资有限公司) or goes on to another unit (甲研发中心有限公司).
 */
function ownerOfPart(name: string, owner: RegExp, endings: Endings): string | undefined {
  // Most names end as no part does: told before the owner is looked for.
  if (!endings.endsOne(name)) return undefined;
  const found = owner.exec(name);
  if (!found || found.index === 0) return undefined;
  const end = found.index + found[0].length;
  const part = name.slice(end);
  return part !== '' && endings.endsOne(part) ? name.slice(0, end) : undefined;
}

/**
 * A place that a college's or an institute's name starts with, after its university's: a province, a city (a planned
 * city, one of the many …州, a provincial capital or a city where universities set up institutes), a region. Such
 * bodies (北京大学深圳研究院, 清华大学天津人工智能研究院) are mostly set up with the city and registered apart.
 */
const PLACE_FIRST =
  /^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆|大连|青岛|宁波|厦门|深圳|[\u4E00-\u9FFF]{1,2}州|武汉|西安|南京|成都|长沙|合肥|无锡|东莞|佛山|珠海|南昌|济南|长春|沈阳|哈尔滨|昆明|贵阳|南宁|太原|石家庄|乌鲁木齐|银川|西宁|拉萨|海口|三亚|雄安|长三角|珠三角|粤港澳|京津冀)/u;

/** How a centre that a university sets up with a city ends: 浙江大学杭州国际科创中心, 北京理工大学重庆创新中心. */
const CENTRE_ENDINGS = new Endings(['中心']);

/** How a laboratory is named after its university, or after one of its schools: 北京大学视觉实验室, 清华大学自动化系智能实验室. */
const LABORATORY_ENDINGS = new Endings(['实验室', '研究室']);

/**
 * The university whose laboratory a name is, written after the university or one of its schools: a group inside the
 * university, never a college or a body registered apart. Not one of a company or an institute that the name writes
 * after the university (某大学资产经营有限公司实验室, 北京大学深圳研究院视觉实验室): that is its owner.
 */
function universityOfLaboratory(name: string): string | undefined {
  const university = ownerOfPart(name, UNIVERSITY, LABORATORY_ENDINGS);
  if (university === undefined) return undefined;
  const between = name.slice(university.length);
  return COMPANY.test(between) || INSTITUTE.test(between) ? undefined : university;
}

/**
 * The university whose school, department or institute a name is, or is named as (the profile's
 * universityPartEndings): 浙江大学计算机学院, 清华大学智能产业研究院, 浙江大学城市学院; or whose centre named for a
 * place it is (浙江大学杭州国际科创中心), mostly set up with the city as its institutes are. A centre named otherwise
 * (清华大学智能技术与系统研究中心) is left alone.
 */
function universityOfUnitNamedAfter(name: string, profile: Profile): string | undefined {
  const university = ownerOfPart(name, UNIVERSITY, partEndings(profile).university);
  if (university !== undefined) return university;
  const owner = ownerOfPart(name, UNIVERSITY, CENTRE_ENDINGS);
  return owner !== undefined && PLACE_FIRST.test(name.slice(owner.length)) ? owner : undefined;
}

/**
 * The university that a name is a part of, or is named as one of: a school, department, institute or centre (see
 * universityOfUnitNamedAfter), or a laboratory (see universityOfLaboratory).
 */
export const universityOfPart = (name: string, profile: Profile): string | undefined =>
  universityOfUnitNamedAfter(name, profile) ?? universityOfLaboratory(name);

/** What ends a school's or an institute's name, left off before its discipline is read: 学院, 系, 研究院. */
const SCHOOL_ENDING = /(?:研究生院|研究院|研究所|学院|学部|系)$/u;

/** Words that name a discipline, as a university's schools are named (计算机科学与技术学院, 控制科学与工程学院). */
const DISCIPLINE =
  /计算机|软件|信息|电子|电气|通信|自动化|控制|智能|数据|网络|安全|工程|科学|技术|机械|材料|数学|物理|化学|生命|生物|医学|药学|管理|经济|金融|法学|外国语|艺术|设计|建筑|土木|交通|能源|环境|航空|航天|集成电路|光电|仪器|海洋|马克思|哲学|历史|新闻|传播|教育|心理|体育|公共卫生|护理|口腔/u;

/** A discipline of one character, the whole of a school's name: 医学院, 法学院, 文学院, 商学院. */
const ONE_CHARACTER_DISCIPLINE = /^[医药法文理工农商史哲]$/u;

/**
 * The university whose school or institute a name surely is: one named for a discipline (浙江大学控制科学与工程学院,
 * 浙江大学医学院, 清华大学智能产业研究院), or its graduate school (某大学研究生院); or whose laboratory it is (see
 * universityOfLaboratory). A college or an institute named for
 * a place or otherwise (浙江大学城市学院, 四川大学锦江学院, 北京大学深圳研究生院, 清华大学天津人工智能研究院) is
 * often an independent college or a body set up with a city, a legal person of its own: it is warned of as a possible
 * part (`universityOfPart`), but not counted with the university on a guess.
 */
function universityOfSchool(name: string, profile: Profile): string | undefined {
  const laboratoryOf = universityOfLaboratory(name);
  if (laboratoryOf !== undefined) return laboratoryOf;
  const university = universityOfUnitNamedAfter(name, profile);
  if (university === undefined) return undefined;
  const discipline = name.slice(university.length).trim().replace(SCHOOL_ENDING, '');
  if (PLACE_FIRST.test(discipline)) return undefined;
  const named = discipline === '' || ONE_CHARACTER_DISCIPLINE.test(discipline) || DISCIPLINE.test(discipline);
  return named ? university : undefined;
}

/**
 * A group's research institute (中国电子科技集团有限公司电子科学研究院, 中国电子科技集团有限公司第五十四研究所), a legal
 * person of its own as an academy's institutes are, where a company's 研究院 or 研究所 is a part of it.
 */
const GROUP_INSTITUTE = /集团(?:股份)?有限(?:责任)?公司.+研究[院所]$/u;

/**
 * The company whose division, laboratory, research centre or institute a name is (the profile's companyPartEndings):
 * 甲科技有限公司人工智能事业部, 甲科技有限公司人工智能研究院, 中兴通讯股份有限公司南京研究所.
 */
export function companyOfPart(name: string, profile: Profile): string | undefined {
  const company = ownerOfPart(name, COMPANY, partEndings(profile).company);
  return company === undefined || GROUP_INSTITUTE.test(name) ? undefined : company;
}

/**
 * The research institute whose laboratory or centre a name is (the profile's institutePartEndings):
 * 中国科学院计算技术研究所智能计算实验室, 中国信息通信研究院泰尔终端实验室. A laboratory registered in its own name
 * (之江实验室, 上海人工智能实验室) names no institute before it, and an institute that another sets up in a city
 * (中国科学院软件研究所南京软件技术研究院) ends as no part does.
 */
export const instituteOfPart = (name: string, profile: Profile): string | undefined =>
  ownerOfPart(name, INSTITUTE, partEndings(profile).institute);

/**
 * The unit that a name is a part of, as written before it: a school's or a laboratory's university (see
 * universityOfSchool), a division's, a laboratory's or a branch's company, a laboratory's institute (浙江大学 of
 * 浙江大学计算机学院, 甲科技有限公司 of 甲科技有限公司上海分公司, 中国科学院计算技术研究所 of
 * 中国科学院计算技术研究所智能计算实验室).
 */
const ownerOfAnyPart = (name: string, profile: Profile): string | undefined =>
  universityOfSchool(name, profile) ??
  companyOfPart(name, profile) ??
  ownerOfPart(name, COMPANY, BRANCH_ENDINGS) ??
  instituteOfPart(name, profile);

/**
 * The legal person that a name is a part of (see ownerOfAnyPart); for a part of a part, the owner that is no part
 * itself: 北京大学 of 北京大学人工智能研究院视觉实验室, whose owner 北京大学人工智能研究院 is 北京大学's.
 */
export function parentOfPart(name: string, profile: Profile): string | undefined {
  let parent = ownerOfAnyPart(name, profile);
  // Each owner is a shorter start of the name, so the climb ends.
  for (let above = parent; above !== undefined; above = ownerOfAnyPart(above, profile)) parent = above;
  return parent;
}
