/**
 * A policy profile: the caps, the recognition lists, the categories and directions and the header wordings of one
 * call. Policy is data: another year or another ministry is another JSON file, loaded with `--profile`.
 */
import * as v from 'valibot';
import { FIELDS, type Field } from './fields';
import defaultProfileJson from './profiles/miit-ai-2021.json';

const words = v.array(v.pipe(v.string(), v.minLength(1)));
const fieldEnum = v.picklist(FIELDS);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const DirectionSchema = v.object({
  name: v.pipe(v.string(), v.minLength(1)),
  category: v.optional(v.string()),
});

const ProfileSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  title: v.string(),
  unitLimit: v.pipe(v.number(), v.integer(), v.minValue(1)),
  countJointApplicants: v.boolean(),
  caps: v.object({
    province: count,
    'planned-city': count,
    'ai-org': count,
    central: count,
    'ministry-unit': count,
  }),
  recognition: v.object({
    provinces: words,
    provinceLike: v.array(
      v.object({
        name: v.string(),
        note: v.string(),
        // The short names officers write for it (新疆兵团, 兵团工信局). Optional, so that a profile written before
        // it still loads.
        aliases: v.optional(words),
      }),
    ),
    plannedCities: words,
    // Each planned city's districts, counties and county-level cities, whose bureaus write no city before their name
    // (福田区工业和信息化局), and those of their names that other places share (南山区, also in 鹤岗), which name no
    // city alone. Optional, so that a profile written before them still loads.
    plannedCityDistricts: v.optional(v.record(v.string(), words)),
    sharedDistrictNames: v.optional(words),
    // The province of each planned city: a shared district name in a workbook of that province is the city's.
    plannedCityProvinces: v.optional(v.record(v.string(), v.string())),
    // The national-level new areas (国家级新区, the 19 the State Council approved by 2017, as the NDRC lists them) whose
    // names name no division, by the full name of their province (两江新区 → 重庆市). Those that are a division
    // (浦东新区) or write one first (兰州新区) are told by the divisions; those of planned cities (大连金普新区) are
    // the city's districts. Optional, so that a profile written before it still loads.
    nationalNewAreas: v.optional(v.record(v.string(), v.string())),
    bureauWords: words,
    aiOrgWords: words,
    aiOrgTopicWords: words,
    centralWords: words,
    // How a group's name ends when written without its legal form (中国电子科技集团). Optional, so that a profile
    // written before it still loads.
    centralEndings: v.optional(words),
    // The central groups (国资委's list) whose names begin with a city's short name, as a local state-owned group's
    // (无锡产业发展集团有限公司) do: 哈尔滨电气集团, not 哈尔滨's. Only those; a group named after no city (鞍钢集团,
    // 招商局集团) needs no entry. Optional, so that a profile written before it still loads.
    centralGroupsNamedLikePlaces: v.optional(words),
    // The central enterprises (国资委's list) whose registered names hold no 集团 (国家电网有限公司,
    // 中国商用飞机有限责任公司), which no word tells apart from any company's. Optional, so that a profile written
    // before it still loads.
    centralEnterprises: v.optional(words),
    // The short names everyone knows some central enterprises by (中国电科, 中国商飞), each of one enterprise only, to
    // its registered name. Optional, so that a profile written before it still loads.
    centralShortNames: v.optional(v.record(v.string(), v.string())),
    ministryUnits: words,
    // The short names everyone knows some of them by, each of one unit only (哈工大 → 哈尔滨工业大学; not 南航, also
    // 中国南方航空's). Optional, so that a profile written before it still loads.
    ministryUnitShortNames: v.optional(v.record(v.string(), v.string())),
    // The ministry's name, before which its own units write theirs (工业和信息化部电子第五研究所). Optional, so that a
    // profile written before it still loads.
    ministryPrefixes: v.optional(words),
    feederWords: words,
  }),
  categories: words,
  directionsExpected: v.pipe(v.number(), v.integer(), v.minValue(1)),
  // How many units the ministry names at most per direction (2021: 入围揭榜单位名单，每个揭榜方向原则上不超过5家), which
  // the report tells apart from a recommender's cap. Optional: a call that states none gets no such note.
  finalistsPerDirection: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  directions: v.array(DirectionSchema),
  requiredFields: v.array(fieldEnum),
  branchWords: words,
  // How the name of a university's school or department ends after the university's (浙江大学计算机科学与技术学院):
  // no legal person of its own. Optional, so that a profile written before it still loads.
  universityPartEndings: v.optional(words),
  // Likewise after a company's (甲科技有限公司人工智能事业部, 华为技术有限公司2012实验室). Optional, as above.
  companyPartEndings: v.optional(words),
  // Likewise after a research institute's (中国科学院计算技术研究所智能计算实验室). Optional, as above.
  institutePartEndings: v.optional(words),
  similarity: v.object({
    // Below 0.7 the segments of the similarity index would be empty for short titles (see title-similarity.ts).
    threshold: v.pipe(v.number(), v.minValue(0.7), v.maxValue(1)),
    minLength: v.pipe(v.number(), v.integer(), v.minValue(1)),
  }),
  headers: v.record(fieldEnum, words),
  // Headers of a column that holds several fields together: 联系人及电话 holds the contact's name and phone (王华
  // 13912345678). Optional, so that a profile written before it still loads.
  combinedHeaders: v.optional(
    v.array(v.object({ fields: v.pipe(v.array(fieldEnum), v.minLength(2)), wordings: words })),
  ),
  // Optional, so that a profile written before it still loads: a winners list then reads with `headers` alone.
  winnerHeaders: v.optional(v.record(fieldEnum, words)),
  rankHeaders: words,
  // Choice wordings whose column may hold free comments instead of marks (推荐意见): see HeaderMatcher.isOpinion.
  // Optional, so that a profile written before it still loads.
  opinionHeaders: v.optional(words),
  footerWords: words,
  yesWords: words,
  noWords: words,
});

export type Profile = Omit<v.InferOutput<typeof ProfileSchema>, 'headers' | 'winnerHeaders'> & {
  headers: Partial<Record<Field, string[]>>;
  /**
   * Wordings that only a previous winners list uses, on top of `headers`: published lists head the unit column
   * 优胜单位 or plainly 单位, which on a recommendation sheet would be too loose to take for the applicant.
   */
  winnerHeaders?: Partial<Record<Field, string[]>>;
};

/**
 * The numbers of a profile that the report's words state beyond the findings' own: the rules' names
 * (每个主体申报不超过3个项目, 揭榜方向不在18个细化方向之中) and the note on finalists. A check's result carries them,
 * so that every host words them from the profile the check ran under.
 */
export type ProfileNumbers = Pick<Profile, 'unitLimit' | 'directionsExpected' | 'finalistsPerDirection'>;

/** The numbers of a profile that the report's words state. */
export function profileNumbers(profile: Profile): ProfileNumbers {
  const { unitLimit, directionsExpected, finalistsPerDirection } = profile;
  return { unitLimit, directionsExpected, ...(finalistsPerDirection ? { finalistsPerDirection } : {}) };
}

/** One direction of a call, with its category where known. */
export type Direction = v.InferOutput<typeof DirectionSchema>;

/**
 * The result of validating a profile: the profile, or where its first problem is, whether that is an entry left out,
 * and the validator's words.
 */
export type ProfileParse =
  { ok: true; profile: Profile } | { ok: false; path: string; missing: boolean; detail: string };

/** Validates parsed JSON as a profile. */
export function parseProfile(json: unknown): ProfileParse {
  const result = v.safeParse(ProfileSchema, json);
  if (result.success) return { ok: true, profile: result.output };
  const issue = result.issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  const missing = path !== '' && issue?.input === undefined;
  return { ok: false, path, missing, detail: issue?.message ?? '' };
}

/** The profile of MIIT's 2021 AI 揭榜挂帅 call, shipped with the product. */
export function defaultProfile(): Profile {
  const parsed = parseProfile(defaultProfileJson);
  if (!parsed.ok) throw new Error(`The bundled profile is invalid at ${parsed.path}: ${parsed.detail}`);
  return parsed.profile;
}
