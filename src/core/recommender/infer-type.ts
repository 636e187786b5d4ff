import { normalise } from '../normalise/normalise';
import { divisionAt, type Division } from '../places/division-at';
import { newAreaAt } from '../places/new-area-at';
import type { Profile } from '../profile';
import type { RecommenderType } from '../recommender-type';
import { endsAsUnit } from '../units/unit-endings';
import { withoutChina } from './national-prefix';
import { TRAILING_NOTE } from './trailing-note';

/**
 * What a recommender's name says about its type (reference §2). `holder` names who owns the quota: `深圳` for every
 * 深圳 bureau, district ones included, so that two district sheets share the city's 5.
 */
export interface TypeInference {
  type: RecommenderType;
  holder: string;
  /** Why: the words of the name that decided it. */
  reason: TypeReason;
  /** The type is a guess the officer should confirm (central groups, ministry units, 兵团). */
  unverified: boolean;
  /**
   * An ordinary city or district: it has no quota of its own and feeds its province's, the `holder` where the
   * administrative divisions tell it (武汉市 → 湖北), else its own name.
   */
  feeder: boolean;
}

/**
 * The reason for an inference, as data for the message catalogue; or, for a name that infers no type, why it is
 * none of the notice's recommenders (`no-recommender`: a branch, see noRecommenderWord).
 */
export type TypeReason =
  | { kind: 'ai-org'; word: string }
  | { kind: 'central'; word: string }
  | { kind: 'central-member'; word: string; group: string }
  | { kind: 'central-listed'; word: string; member: boolean }
  | { kind: 'central-short-name'; word: string; group: string }
  | { kind: 'local-group'; word: string }
  | { kind: 'ministry-unit'; word: string }
  | { kind: 'planned-city'; word: string }
  | { kind: 'planned-city-district'; word: string; city: string }
  | { kind: 'province'; word: string }
  | { kind: 'province-like'; word: string; note: string }
  | { kind: 'feeder'; word: string; province?: string; provinces?: string[] }
  | { kind: 'no-recommender'; word: string };

/** An inference of a recommender that has a quota of its own (no ordinary city's, which feeds its province). */
const inferred = (
  type: RecommenderType,
  holder: string,
  reason: TypeReason,
  unverified = false,
): TypeInference => ({ type, holder, reason, unverified, feeder: false });

const findWord = (name: string, words: readonly string[]): string | undefined =>
  words.find((w) => name.includes(w));

/** The word for a province's kind after its name: 广东省, 北京市, 广西壮族自治区. */
const PROVINCE_SUFFIX = /^(?:[市省]|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)/u;

/**
 * What follows a place's name in a government office's, whatever the office is called (科学技术和信息化局, 经济运行局,
 * 经济发展委员会, 管委会, 办公室, a province's 科学技术厅), a district's name before it or not (余杭区科技局).
 */
const OFFICE = /^\p{Script=Han}*(?:[局厅委]|委员会|管委会|办公室)$/u;

/** A title's bare place name such as `武汉市` or `南山区`; a unit's name ending alike (中国机器人产业联盟) is none. */
const BARE_PLACE = /^\p{Script=Han}{1,8}[市区县州盟旗]$/u;

/**
 * What may follow a planned city's name in a bare place name: nothing, `市`, or one of its districts, counties,
 * county-level cities or zones (`深圳市南山区` → `市南山区`, `青岛市市南区` → `市市南区`, `大连高新区` → `高新区`,
 * `宁波市余姚市` → `市余姚市`, `深圳市前海深港现代服务业合作区`).
 */
const PLANNED_CITY_PLACE_REST = /^市?(?:\p{Script=Han}{1,12}[区县市])?$/u;

/** The four 直辖市, whose own names take 市; any other province's name before 市 names a city (吉林市, 吉林省). */
const MUNICIPALITIES: ReadonlySet<string> = new Set(['北京', '天津', '上海', '重庆']);

/**
 * What makes a province's name the start of another place's: a prefecture or county of 青海 named 海南 or 河南
 * (海南州, 海南藏族自治州, 河南蒙古族自治县), a district of 天津 or 乌海 (河北区, 海南区). The provinces' own
 * autonomous regions (广西壮族自治区) are no such place.
 */
const ANOTHER_PLACE = /^(?:[州盟区县]|\p{Script=Han}{0,6}自治[州县旗])/u;

/**
 * What follows a province's name and the word for its kind (省, 市, 自治区) in a name, or undefined where the name is
 * not the province's but another place's (吉林市, 海南州).
 */
function afterProvince(name: string, province: string): string | undefined {
  if (!name.startsWith(province)) return undefined;
  const rest = name.slice(province.length);
  if (rest.startsWith('市') && !MUNICIPALITIES.has(province)) return undefined;
  if (ANOTHER_PLACE.test(rest)) return undefined;
  return rest.replace(PROVINCE_SUFFIX, '');
}

/** How a division's short name may be written: before a bureau word only, or before anything (a group's name). */
type ShortNames = Parameters<typeof divisionAt>[2];

/** The prefecture, county or new area of a province that a name begins with (海淀区, 两江新区 in 北京, 重庆). */
function divisionIn(
  name: string,
  province: string,
  r: Profile['recognition'],
  shortNames?: ShortNames,
): Division | undefined {
  const division = divisionAt(name, r.bureauWords, shortNames) ?? newAreaAt(name, r.nationalNewAreas);
  const provinces = division?.provinces.filter((full) => full.startsWith(province)) ?? [];
  return division && provinces.length > 0 ? { ...division, provinces } : undefined;
}

/**
 * The division that a name begins with, after its province's name if it writes one first (北京市海淀区,
 * 重庆市两江新区, 浙江省杭州市): that province's only, where several have a division of that name (北京市朝阳区).
 */
function divisionOf(name: string, r: Profile['recognition'], shortNames?: ShortNames): Division | undefined {
  for (const province of r.provinces) {
    const rest = afterProvince(name, province);
    const division = rest ? divisionIn(rest, province, r, shortNames) : undefined;
    if (division) return division;
  }
  return divisionAt(name, r.bureauWords, shortNames) ?? newAreaAt(name, r.nationalNewAreas);
}

/**
 * Whether a name is the province's own bureau or office, or its bare name (`广东省`, a title's); not a division's of
 * it written after the province's name (北京市海淀区经济和信息化局).
 */
function placeBureau(
  name: string,
  province: string,
  bureau: string | undefined,
  r: Profile['recognition'],
): boolean {
  const rest = afterProvince(name, province);
  if (rest === undefined || divisionIn(rest, province, r)) return false;
  return bureau !== undefined || rest === '' || OFFICE.test(rest);
}

/**
 * A bare place name in a planned city: the city or a district of it, after its province's name if any
 * (`广东省深圳市`). A district of a planned city feeds the city's quota, as its bureau does (reference §2: a planned
 * city's name wins over its province's).
 */
function plannedCityPlace(name: string, city: string, r: Profile['recognition']): boolean {
  const at = name.indexOf(city);
  if (at < 0) return false;
  const province = name.slice(0, at);
  if (province && !r.provinces.some((p) => afterProvince(province, p) === '')) return false;
  const rest = name.slice(at + city.length);
  return PLANNED_CITY_PLACE_REST.test(rest) || OFFICE.test(rest);
}

/**
 * The planned city of a bureau or a bare place named by one of the city's districts, counties or county-level cities
 * alone (福田区工业和信息化局, 余姚市): the profile's `plannedCityDistricts`. A name that other places share (南山区,
 * also in 鹤岗) names the city only where the workbook's other recommenders name it (`citiesNamed`).
 */
function plannedCityOfDistrict(
  place: string,
  bureau: string | undefined,
  recognition: Profile['recognition'],
  citiesNamed: ReadonlySet<string>,
): { city: string; district: string } | undefined {
  const shared = recognition.sharedDistrictNames ?? [];
  for (const [city, districts] of Object.entries(recognition.plannedCityDistricts ?? {})) {
    const district = districts.find(
      (d) =>
        place.startsWith(d) &&
        (bureau !== undefined || place === d || OFFICE.test(place.slice(d.length))) &&
        (!shared.includes(d) || citiesNamed.has(city)),
    );
    if (district) return { city, district };
  }
  return undefined;
}

/**
 * A unit that writes the ministry's name before its own (工业和信息化部电子第五研究所, 工业和信息化部人才交流中心): one of
 * the ministry's own units, which the profile's list can't all name. Its name, without a note in brackets after it,
 * is its own quota holder. The ministry's departments (工业和信息化部科技司) are no unit and recommend nothing.
 */
function ministryOwnUnit(name: string, recognition: Profile['recognition']): string | undefined {
  const prefix = recognition.ministryPrefixes?.find((p) => name.startsWith(p));
  const unit = prefix ? name.replace(TRAILING_NOTE, '') : '';
  return prefix && endsAsUnit(unit.slice(prefix.length)) ? unit : undefined;
}

/**
 * The group that a unit of a central enterprise group names before its own name (中国电子科技集团有限公司第十四研究所),
 * or undefined when the name is the group's own, with a note in brackets after it at most. The notice lets the
 * 中央企业集团 recommend (二(二), 三(二)), not its institutes or branches: their rows count against the group's 3.
 */
function groupOf(name: string, centralWord: string): string | undefined {
  const end = name.indexOf(centralWord) + centralWord.length;
  return end < name.length && name.slice(end).replace(TRAILING_NOTE, '') !== ''
    ? name.slice(0, end)
    : undefined;
}

/** An institute that a group writes after its short name: 中国航天科工集团第二研究院. */
const GROUP_INSTITUTE = /(?:院|所|中心|实验室)$/u;

/** Whether a name is an institute written after a group's short name (`集团` and no legal form after it). */
function instituteAfter(name: string, ending: string): boolean {
  const at = name.indexOf(ending);
  return at > 0 && GROUP_INSTITUTE.test(name.slice(at + ending.length).replace(TRAILING_NOTE, ''));
}

/**
 * The key of a group's quota: its name without the legal form, which its institutes write as they were registered
 * (中国电子科技集团公司第十四研究所 is 中国电子科技集团有限公司's, renamed since).
 */
const groupKey = (group: string) => group.replace(/集团(?:股份)?(?:有限)?(?:责任)?公司$/u, '集团');

/**
 * Who an organisation's rows count for: its name up to the last of its organisation words, a note in brackets and
 * an office or branch of it after them left out (中国人工智能产业发展联盟（AIIA）, 中国人工智能产业发展联盟秘书处 and
 * 中国人工智能学会智能机器人专业委员会 are the alliance's and the society's), and without the 中国 that a national one
 * is written with or not (人工智能产业发展联盟（AIIA）). A local one names its place instead (深圳市人工智能行业协会).
 */
function organisationHolder(name: string, orgWords: readonly string[]): string {
  const bare = name.replace(TRAILING_NOTE, '');
  let end = 0;
  for (const word of orgWords) {
    const at = bare.lastIndexOf(word);
    if (at >= 0) end = Math.max(end, at + word.length);
  }
  return withoutChina(bare.slice(0, end));
}

/** A ministry unit written by the short name everyone knows it by (哈工大, 哈工大（深圳）): the profile's list. */
const ministryUnitNamed = (name: string, r: Profile['recognition']): string | undefined =>
  r.ministryUnitShortNames?.[name.replace(TRAILING_NOTE, '')];

/** The legal form after a company's name, 公司 for its older registrations (国家电网公司). */
const LEGAL_FORM = /^(?:股份)?(?:有限)?(?:责任)?公司/u;

/**
 * A central enterprise of the profile's list whose name holds no 集团, or a unit of one that writes it first
 * (国家电网有限公司信息通信分公司): the list's name, its stem without the legal form, which every spelling of the
 * enterprise starts with (国家电网公司, 南方电网 without its 中国), and whether the name is a unit's.
 */
function listedCentralEnterprise(
  name: string,
  r: Profile['recognition'],
): { registered: string; stem: string; member: boolean } | undefined {
  for (const registered of r.centralEnterprises ?? []) {
    const written = normalise(registered).replace(/\(集团\)/u, '集团');
    const stem = written.slice(
      0,
      written.length - (written.match(/(?:股份)?有限(?:责任)?公司$/u)?.[0].length ?? 0),
    );
    const start = [stem, withoutChina(stem)].find((s) => name.startsWith(s));
    if (start === undefined) continue;
    const rest = name.slice(start.length).replace(LEGAL_FORM, '').replace(TRAILING_NOTE, '');
    return { registered, stem, member: rest !== '' };
  }
  return undefined;
}

/**
 * An ordinary city's or district's bureau or office, or its bare name: it feeds the province that the division is in.
 * A name that divisions of several provinces share (朝阳区: 北京 or 吉林) holds its own pool, until the workbook tells
 * which of them it is (assignRecommenders).
 */
function feederAt(division: Division, name: string, r: Profile['recognition']): TypeInference {
  const [province, ...others] = division.provinces;
  const short = province && r.provinces.find((p) => province.startsWith(p));
  return {
    type: 'province',
    holder: others.length === 0 && short ? short : name,
    reason:
      others.length === 0
        ? { kind: 'feeder', word: division.place, province }
        : { kind: 'feeder', word: division.place, provinces: division.provinces },
    unverified: false,
    feeder: true,
  };
}

/**
 * A group whose name begins with a province's, a planned city's or another city's name, in full or short
 * (广东省广晟控股集团有限公司, 广东粤海控股集团有限公司, 深圳市某集团有限公司, 无锡产业发展集团有限公司): a local
 * state-owned group (省属、市属企业), no 中央企业集团, whose rows count in that place's quota. The central groups named
 * as a place is (哈尔滨电气集团有限公司) are the profile's `centralGroupsNamedLikePlaces`.
 */
function localGroup(place: string, r: Profile['recognition']): TypeInference | undefined {
  if (r.centralGroupsNamedLikePlaces?.some((group) => place.startsWith(group))) return undefined;
  const province = r.provinces.find((p) => afterProvince(place, p) !== undefined);
  const rest = (province && afterProvince(place, province)) ?? place;
  const city = r.plannedCities.find((c) => rest.startsWith(c));
  const holder = city ?? province;
  if (holder) {
    return inferred(city ? 'planned-city' : 'province', holder, { kind: 'local-group', word: holder });
  }
  const division = divisionOf(place, r, { shortBeforeAnything: true });
  return division ? feederAt(division, place, r) : undefined;
}

/**
 * Infers a recommender's type from its name. AI industry organisations are recognised first (a
 * 深圳市人工智能行业协会 is an organisation, not 深圳's bureau), then ministry units, central groups (a group named
 * after a place is that place's, see localGroup), planned cities and their districts (before their provinces),
 * provinces, the districts of planned cities named without their city, and last ordinary city or district bureaus and
 * offices, which feed a province: the one the administrative divisions name where they tell it. `citiesNamed` are the
 * planned cities that the workbook's other recommenders name, by which a district name that other places share is
 * told.
 */
export function inferRecommenderType(
  rawName: string,
  profile: Profile,
  citiesNamed: ReadonlySet<string> = new Set(),
): TypeInference | undefined {
  // A group registered with its 集团 in brackets (华润（集团）有限公司) is the group written without them.
  const name = normalise(rawName).replace(/\(集团\)/u, '集团');
  if (!name) return undefined;
  const r = profile.recognition;
  const short = name.replace(TRAILING_NOTE, '');
  const registered = r.centralShortNames?.[short];
  if (registered) {
    const inference = inferRecommenderType(registered, profile, citiesNamed);
    return (
      inference && { ...inference, reason: { kind: 'central-short-name', word: short, group: registered } }
    );
  }
  const bureau = findWord(name, r.bureauWords);

  const orgWord = findWord(name, r.aiOrgWords);
  const topic = findWord(name, r.aiOrgTopicWords);
  if (orgWord && topic && !bureau) {
    return inferred('ai-org', organisationHolder(name, r.aiOrgWords), { kind: 'ai-org', word: orgWord });
  }
  const ministryUnit =
    r.ministryUnits.find((unit) => name.startsWith(unit)) ??
    ministryOwnUnit(name, r) ??
    ministryUnitNamed(name, r);
  if (ministryUnit) {
    return inferred('ministry-unit', ministryUnit, { kind: 'ministry-unit', word: ministryUnit }, true);
  }
  const listed = bureau ? undefined : listedCentralEnterprise(name, r);
  if (listed) {
    return inferred('central', listed.stem, {
      kind: 'central-listed',
      word: listed.registered,
      member: listed.member,
    });
  }
  const centralWord = bureau
    ? undefined
    : (findWord(name, r.centralWords) ??
      r.centralEndings?.find((ending) => name.endsWith(ending) || instituteAfter(name, ending)));
  const place = name.replace(TRAILING_NOTE, '');
  const local = centralWord ? localGroup(place, r) : undefined;
  if (local) return local;
  if (centralWord) {
    const group = groupOf(name, centralWord);
    const reason: TypeReason = group
      ? { kind: 'central-member', word: centralWord, group }
      : { kind: 'central', word: centralWord };
    return inferred('central', groupKey(group ?? name.replace(TRAILING_NOTE, '')), reason, true);
  }
  const provinceLike = r.provinceLike.find(
    (p) => name.startsWith(p.name) || p.aliases?.some((alias) => name.startsWith(alias)),
  );
  if (provinceLike) {
    const reason: TypeReason = { kind: 'province-like', word: provinceLike.name, note: provinceLike.note };
    return inferred('province', provinceLike.name, reason, true);
  }
  const city = r.plannedCities.find((c) =>
    bureau !== undefined ? place.includes(c) : plannedCityPlace(place, c, r),
  );
  if (city) {
    return inferred('planned-city', city, { kind: 'planned-city', word: city });
  }
  const province = r.provinces.find((p) => placeBureau(place, p, bureau, r));
  if (province) {
    return inferred('province', province, { kind: 'province', word: province });
  }
  const ofDistrict = plannedCityOfDistrict(place, bureau, r, citiesNamed);
  if (ofDistrict) {
    return inferred('planned-city', ofDistrict.city, {
      kind: 'planned-city-district',
      word: ofDistrict.district,
      city: ofDistrict.city,
    });
  }
  const barePlace = BARE_PLACE.test(place) && !endsAsUnit(place);
  const division = divisionOf(place, r);
  const zone = division?.zone === true && !endsAsUnit(place);
  if (division && (bureau || barePlace || division.rest === '' || zone || OFFICE.test(division.rest)))
    return feederAt(division, name, r);
  const placeWord = r.feederWords.find((w) => place.includes(w));
  if (placeWord && (bureau || barePlace)) {
    return {
      type: 'province',
      holder: name,
      reason: { kind: 'feeder', word: placeWord },
      unverified: false,
      feeder: true,
    };
  }
  return undefined;
}
