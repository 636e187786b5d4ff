import { normalise } from '../normalise/normalise';
import type { Profile } from '../profile';
import { isOutsideLocalQuota, type RecommenderType } from '../recommender-type';
import { choiceWords, isChosen } from '../table/choice';
import type { Entry } from '../table/entry';
import { filledText } from '../table/placeholder';
import { startsWithChina, withoutChina } from './national-prefix';
import type { SheetTable } from '../table/read-table';
import { inferRecommenderType, type TypeInference, type TypeReason } from './infer-type';
import { noRecommenderWord } from './no-recommender';
import { recommenderSpelling } from './recommender-spelling';
import { bodyInSheetName } from './sheet-name-body';

/** The start that only a national body's name may have (中国铁塔股份有限公司). */
const NATIONAL = /^(?:中国|国家)/u;

/** Where a recommender's name was read (DESIGN.md, JSON report). */
export type NameSource = 'column' | 'line' | 'title' | 'sheet' | 'none';

/** Where its type came from: the officer's choice, the name, or the default when nothing tells. */
export type TypeSource = 'option' | 'name' | 'default';

/** One quota holder and the rows that count against it. */
export interface RecommenderGroup {
  name: string;
  /** Every distinct recommender name seen for this holder (district bureaus of one city, say). */
  names: string[];
  nameFrom: NameSource;
  type: RecommenderType;
  typeFrom: TypeSource;
  typeReason?: TypeReason;
  /** The inferred type is a guess the officer should confirm. */
  unverified: boolean;
  /** 'province' when the cap shown is the province's, which an ordinary city or district feeds. */
  capOf: 'own' | 'province';
  /** That province's full name, where the administrative divisions tell it (湖北省 for 武汉市). */
  province?: string;
  cap: number;
  entries: Entry[];
  /** The rows that count against the cap: the chosen ones where a sheet has a choice column. */
  counted: Entry[];
  /** Rows that name no recommender at all, counted here as the workbook's only named one's (reference §2). */
  unnamed?: number;
}

/**
 * Whether a row counts against its recommender's cap (the chosen ones where a sheet has a choice column): so only
 * the rows that go up count against a unit's limit too (reference §2). Told by the row's index, from a table made
 * once per check of `rows` rows: the question is asked of every row by several rules.
 */
export function countsUpIn(groups: readonly RecommenderGroup[], rows: number): (entry: Entry) => boolean {
  const counted = new Uint8Array(rows);
  for (const group of groups)
    for (const entry of group.counted) if (entry.index >= 0) counted[entry.index] = 1;
  return (entry) => entry.index >= 0 && counted[entry.index] === 1;
}

interface Candidate {
  name: string;
  from: Exclude<NameSource, 'none'>;
  inference?: TypeInference;
}

/** Where a row gets its group: the group's key, the group to make if it is the first row, and the name to list. */
interface Assignment {
  key: string;
  make: () => Omit<RecommenderGroup, 'entries' | 'counted' | 'names'>;
  name: string | undefined;
}

/** A wording's assignment, and whether the wording names a recommender at all. */
interface Assigned {
  assignment: Assignment;
  named: boolean;
}

function candidatesOf(
  recommender: string,
  table: SheetTable,
  title: string | undefined,
  infer: (name: string) => TypeInference | undefined,
): Candidate[] {
  const raw: [string | undefined, Candidate['from']][] = [
    [recommender, 'column'],
    [table.heading.lineName, 'line'],
    [title, 'title'],
  ];
  const candidates: Candidate[] = [];
  for (const [name, from] of raw) {
    if (!name) continue;
    const inference = infer(name);
    candidates.push(inference ? { name, from, inference } : { name, from });
  }
  return candidates;
}

/** The first candidate whose name owns a quota; an ordinary city or district only feeds one. */
const owner = (candidates: Candidate[]) => candidates.find((c) => c.inference && !c.inference.feeder);

/**
 * Who a name's quota belongs to: every 深圳 bureau is `planned-city:深圳`; a name not recognised is its own. A central
 * group is one whether its name is written with the 中国 it was registered with or without (中国航天科技集团有限公司,
 * 航天科技集团).
 */
const holderOf = ({ name, inference }: Pick<Candidate, 'name' | 'inference'>) =>
  inference
    ? `${inference.type}:${inference.type === 'central' ? withoutChina(inference.holder) : inference.holder}`
    : name;

/**
 * The name above the table that names the workbook: the `推荐单位（盖章）：` line, or the title's name when it is
 * recognised. A title's name is cut from free text, and a cut that names nobody (`2021年`) must not stand for it.
 */
const workbookNamer = (candidates: Candidate[]) =>
  candidates.find((c) => c.from === 'line' || (c.from === 'title' && c.inference));

/**
 * The provinces that the workbook names (column, lines and titles), by holder: the provinces of its ordinary cities
 * and districts, whose rows feed that province's 15 (reference §2) wherever its own rows are (a sheet of the
 * province's rows and one sheet per city, or a column naming the city bureaus and the province's).
 */
function provincesNamed(names: readonly Candidate[]): Map<string, Candidate> {
  const provinces = new Map<string, Candidate>();
  for (const candidate of names)
    if (candidate.inference?.reason.kind === 'province' && !provinces.has(holderOf(candidate)))
      provinces.set(holderOf(candidate), candidate);
  return provinces;
}

const columnTextsCache = new WeakMap<SheetTable, ReadonlySet<string>>();

/**
 * The texts of a sheet's 推荐单位 column, each once, as its rows write them ('' for a cell left blank or that gives no
 * value); none for a sheet without the column. Read once a sheet, for the three questions asked of them.
 */
function columnTexts(table: SheetTable): ReadonlySet<string> {
  let texts = columnTextsCache.get(table);
  if (!texts) {
    const column = table.header.columns.recommender !== undefined;
    texts = new Set(column ? table.entries.map((entry) => filledText(entry, 'recommender')) : []);
    columnTextsCache.set(table, texts);
  }
  return texts;
}

/** Every name the workbook writes (column, lines and titles), with what it infers. */
function namesOf(
  tables: readonly SheetTable[],
  workbookTitle: string | undefined,
  infer: (name: string) => TypeInference | undefined,
): Candidate[] {
  return tables.flatMap((table) => {
    const recommenders = new Set(['', ...columnTexts(table)]);
    const title = table.heading.titleName ?? workbookTitle;
    return [...recommenders].flatMap((recommender) => candidatesOf(recommender, table, title, infer));
  });
}

/**
 * The provinces, by holder, that the workbook's ordinary cities and districts are told to be in (column, lines,
 * titles and sheet names: 南京市, 玄武区 → 江苏), by which a district name that several provinces share is told.
 */
function feederProvincesNamed(names: readonly Candidate[]): Map<string, string> {
  const provinces = new Map<string, string>();
  for (const { name, inference } of names) {
    const reason = inference?.reason;
    if (inference?.feeder && reason?.kind === 'feeder' && reason.province)
      provinces.set(holderOf({ name, inference }), reason.province);
  }
  return provinces;
}

/** Whether a name is a central enterprise's own, however spelt, and not one of its units'. */
const namesCentralItself = (inference: TypeInference | undefined): inference is TypeInference => {
  const reason = inference?.type === 'central' ? inference.reason : undefined;
  return (
    reason !== undefined &&
    reason.kind !== 'central-member' &&
    !(reason.kind === 'central-listed' && reason.member)
  );
};

/**
 * Whether a sheet's name is a group's (浪潮集团, 万向集团有限公司, 宁波均胜集团, 阿里巴巴集团) or a listed central
 * enterprise's or its unit's (国家电网有限公司, 南方电网数字电网研究院有限公司), most likely an applicant's whose projects
 * the sheet lists, whatever type the name would guess for it (a central group, a city's group, a place its first
 * characters spell): only a name that starts with 中国 (中国电子科技集团有限公司) is taken as the central group's own
 * where the workbook names another recommender.
 */
function namesAGroup({ name, inference }: Candidate, profile: Profile): boolean {
  const key = normalise(name);
  const endings = [...(profile.recognition.centralEndings ?? []), ...profile.recognition.centralWords];
  const listed = inference?.reason.kind === 'central-listed';
  return !startsWithChina(key) && (listed || endings.some((ending) => key.endsWith(ending)));
}

/**
 * The planned cities that the workbook's recommender names (column, lines and titles) name, themselves or by their
 * province (a 广东 workbook's 南山区 is 深圳's).
 */
function plannedCitiesNamed(
  tables: readonly SheetTable[],
  workbookTitle: string | undefined,
  profile: Profile,
): Set<string> {
  const names = new Set<string>(workbookTitle ? [workbookTitle] : []);
  for (const table of tables) {
    for (const name of [table.heading.lineName, table.heading.titleName]) if (name) names.add(name);
    for (const text of columnTexts(table)) names.add(text);
  }
  const cities = new Set<string>();
  const provinces = new Set<string>();
  for (const name of names) {
    const inference = name ? inferRecommenderType(name, profile) : undefined;
    if (inference?.type === 'planned-city') cities.add(inference.holder);
    if (inference?.type === 'province' && !inference.feeder) provinces.add(inference.holder);
  }
  for (const [city, province] of Object.entries(profile.recognition.plannedCityProvinces ?? {}))
    if (provinces.has(province)) cities.add(city);
  return cities;
}

/**
 * Assigns every project row to the recommender whose cap it counts against (reference §2). The name comes from
 * the 推荐单位 column, the `推荐单位（盖章）：` line or the title, in that order, and the first that owns a quota
 * decides. A sheet's own title names its rows; the workbook's title (on its first sheet, say) names the rows of the
 * sheets that do not name another recommender by their own name (a 宁波市 or 湖南省 sheet in a 浙江 workbook).
 *
 * The officer's `--recommender-type` names the type of the workbook's own recommender and always wins for it, even
 * over a name inferred as a central group or a ministry unit (an unverified guess). The workbook's own recommender
 * is the one that its sheets' lines and recognised titles name; when they name none, the one the 推荐单位 column
 * names, if it names a single holder throughout; when they name several, the only one of them of the officer's type.
 * Rows of any other holder with a quota of its own (a planned city, a central group, an organisation, another
 * province) keep that holder's cap and type, and an ordinary city's rows still feed its province's 15, as its
 * province's figure. The option types the rows whose recommender infers no type, too.
 */
export function assignRecommenders(
  tables: readonly SheetTable[],
  profile: Profile,
  option?: RecommenderType,
): RecommenderGroup[] {
  const workbookTitle = tables.find((t) => t.heading.titleName)?.heading.titleName;
  const citiesNamed = plannedCitiesNamed(tables, workbookTitle, profile);
  // Every row of a sheet names the same line and title: infer each name once.
  const inferences = new Map<string, TypeInference | undefined>();
  const infer = (name: string) => {
    if (!inferences.has(name)) inferences.set(name, inferRecommenderType(name, profile, citiesNamed));
    return inferences.get(name);
  };
  const candidate = (name: string, from: Candidate['from']): Candidate => {
    const inference = infer(name);
    return inference ? { name, from, inference } : { name, from };
  };
  const groups = new Map<string, RecommenderGroup>();
  const words = choiceWords(profile);
  // The spellings each group lists: one bureau's several spellings are one recommender, and so are a central
  // enterprise's (中国电子科技集团有限公司, 中国电科, 中电科集团; 国家电网有限公司, 国家电网公司), though not its units.
  const spellings = new Map<string, string>();
  const spellingOf = (name: string) => {
    let spelling = spellings.get(name);
    if (spelling === undefined) {
      const inference = infer(name);
      spelling = namesCentralItself(inference)
        ? holderOf({ name, inference })
        : recommenderSpelling(name, profile);
      spellings.set(name, spelling);
    }
    return spelling;
  };
  const listed = new Map<string, Set<string>>();

  const join = ({ key, make, name }: Assignment, entry: Entry, counts: boolean, unnamed: boolean) => {
    let group = groups.get(key);
    if (!group) {
      group = { ...make(), names: [], entries: [], counted: [] };
      groups.set(key, group);
      listed.set(key, new Set());
    }
    group.entries.push(entry);
    if (counts) group.counted.push(entry);
    const spelt = listed.get(key);
    if (name && spelt && !spelt.has(spellingOf(name))) {
      spelt.add(spellingOf(name));
      group.names.push(name);
    }
    if (unnamed) group.unnamed = (group.unnamed ?? 0) + 1;
  };

  const names = namesOf(tables, workbookTitle, infer);
  const provinces = provincesNamed(names);
  const soleProvince = provinces.size === 1 ? [...provinces.values()][0] : undefined;

  // A sheet named for a place or a body (宁波市, 湖南省, 中国电子科技集团有限公司), with a list number or words like
  // 推荐表 around the name or not (2.宁波市, 宁波市推荐表). A group's name (浪潮集团, 万向集团有限公司: see namesAGroup)
  // names no body where the workbook names its own recommender, or the officer its type: its rows are the workbook's.
  const sheetCandidate = (table: SheetTable): Candidate => {
    const whole = candidate(table.name, 'sheet');
    const body = whole.inference ? whole : candidate(bodyInSheetName(table.name), 'sheet');
    const named = body.inference ? body : whole;
    const ownNamed =
      option !== undefined || names.some((c) => c.inference && holderOf(c) !== holderOf(named));
    return named.inference && namesAGroup(named, profile) && ownNamed
      ? { name: table.name, from: 'sheet' }
      : named;
  };
  const sheetNamed = new Map(tables.map((table) => [table, sheetCandidate(table)] as const));
  const feederProvinces = feederProvincesNamed([...names, ...sheetNamed.values()]);

  /**
   * The province, by holder, that a district name several provinces share (鼓楼区) is in: the only one of them that
   * the workbook names, by itself or by one of its cities or districts.
   */
  const toldProvince = (sharedBy: readonly string[]): string | undefined => {
    const told = sharedBy
      .map((full) => `province:${profile.recognition.provinces.find((p) => full.startsWith(p)) ?? full}`)
      .filter((key) => provinces.has(key) || feederProvinces.has(key));
    return told.length === 1 ? told[0] : undefined;
  };

  /** The rows of a holder with a quota of its own, `candidate`, listed under `name`. */
  const ownedBy = (candidate: Candidate, inference: TypeInference, name: string): Assignment => ({
    key: holderOf(candidate),
    make: () => ({
      name: candidate.name,
      nameFrom: candidate.from,
      type: inference.type,
      typeFrom: 'name',
      typeReason: inference.reason,
      unverified: inference.unverified,
      capOf: 'own',
      cap: profile.caps[inference.type],
    }),
    name,
  });

  /** Where the names alone put a row, whatever the officer's option. */
  const assignByName = (candidates: Candidate[]): Assignment => {
    const own = owner(candidates);
    if (own?.inference) return ownedBy(own, own.inference, own.name);
    const feeder = candidates.find((c) => c.inference?.feeder);
    const inference = feeder?.inference;
    if (feeder && inference) {
      // An ordinary city or district: its rows count against its province's 15, with the province's own where the
      // workbook names it; a city whose province can't be told, with the only province the workbook names; a
      // district name that several provinces share, with the one of them the workbook names, else on its own.
      const reason = inference.reason.kind === 'feeder' ? inference.reason : undefined;
      const told = reason?.provinces ? toldProvince(reason.provinces) : undefined;
      const key = told ?? holderOf(feeder);
      const fed = reason?.provinces
        ? told
          ? provinces.get(told)
          : undefined
        : reason?.province
          ? provinces.get(key)
          : soleProvince;
      if (fed?.inference) return ownedBy(fed, fed.inference, feeder.name);
      const province = told ? feederProvinces.get(told) : reason?.province;
      const typeReason: TypeReason =
        province && reason ? { kind: 'feeder', word: reason.word, province } : inference.reason;
      return {
        key: province || reason?.provinces ? key : 'feeder',
        make: () => ({
          name: feeder.name,
          nameFrom: feeder.from,
          type: 'province',
          typeFrom: 'name',
          typeReason,
          unverified: false,
          capOf: 'province',
          ...(province ? { province } : {}),
          cap: profile.caps.province,
        }),
        name: feeder.name,
      };
    }
    // No name, or one that infers nothing: the type is unknown, and the province's cap only assumed. A name that
    // infers nothing may still say why: a branch is no recommender of any type.
    const named = candidates[0];
    const noRecommender = named ? noRecommenderWord(named.name, profile) : undefined;
    return {
      key: `unknown:${named?.name ?? ''}`,
      make: () => ({
        name: named?.name ?? '',
        nameFrom: named?.from ?? 'none',
        type: 'province',
        typeFrom: 'default',
        ...(noRecommender ? { typeReason: { kind: 'no-recommender', word: noRecommender } } : {}),
        unverified: true,
        capOf: 'own',
        cap: profile.caps.province,
      }),
      name: named?.name,
    };
  };

  // A sheet named for a place or a body is that one's where its rows name nobody, and the workbook's title (on its
  // first sheet) names them only where it names the same holder (杭州市 in a 浙江 workbook).
  const workbookTitleKey = workbookTitle && assignByName([candidate(workbookTitle, 'title')]).key;
  const titles = new Map(
    tables.map((table) => {
      const named = sheetNamed.get(table);
      const inherits = !named?.inference || assignByName([named]).key === workbookTitleKey;
      return [table, table.heading.titleName ?? (inherits ? workbookTitle : undefined)] as const;
    }),
  );
  const candidatesIn = (recommender: string, table: SheetTable) =>
    candidatesOf(recommender, table, titles.get(table), infer);

  const ownKey = option ? workbooksOwn(tables, candidatesIn, assignByName, candidate, option) : undefined;

  /**
   * A row that takes the officer's type, in the group keyed `key`, named as the line or title above it names it, else
   * as `namedBy` is.
   */
  const optionAssignment = (
    type: RecommenderType,
    key: string,
    byName: Assignment,
    candidates: Candidate[],
    namedBy = byName,
  ): Assignment => ({
    key,
    make: () => {
      const namer = workbookNamer(candidates);
      const named = namer ? { name: namer.name, nameFrom: namer.from } : namedBy.make();
      return {
        name: named.name,
        nameFrom: named.nameFrom,
        type,
        typeFrom: 'option',
        unverified: false,
        capOf: 'own',
        cap: profile.caps[type],
      };
    },
    name: byName.name,
  });

  const assign = (candidates: Candidate[]): Assignment => {
    const byName = assignByName(candidates);
    if (!option || !ownKey) return byName;
    const made = byName.make();
    // An ordinary city's rows stay its province's figure, which the province type only confirms.
    if (option === 'province' && made.capOf === 'province') return byName;
    if (byName.key === ownKey.own?.key) return optionAssignment(option, byName.key, byName, candidates);
    // A name whose type can't be told (中关村科学城管委会) is the workbook's own recommender's, of the officer's type;
    // not a national one's (中国铁塔股份有限公司), most likely a central enterprise's, whose rows
    // a local workbook lists beside its own outside the local quota: it stays unknown, and told.
    if (made.typeFrom === 'default' && !NATIONAL.test(normalise(made.name))) {
      const own = ownKey.named ? undefined : ownKey.own;
      return optionAssignment(
        option,
        ownKey.named ?? own?.key ?? 'option',
        byName,
        candidates,
        own ?? byName,
      );
    }
    return byName;
  };

  // By row, in the tables' order: the assignment of its wording (one object for the rows that write it) and whether it
  // counts. Kept in arrays, not in an object made for each row: a long sheet's rows would all live to the last loop.
  const assignedOf: Assigned[] = [];
  const counts: boolean[] = [];
  const sheetOwners = tables.map((table) => {
    const named = sheetNamed.get(table);
    const owner = named?.inference ? assign([named]) : undefined;
    // A province, a planned city, a group or a unit names the sheet's recommender; a city or a district named alone
    // (南山区, 福田区: a city's own sheets) only keeps its rows from another recommender that the workbook names.
    const reason = named?.inference?.reason.kind;
    // The rows of a sheet share its line and title, and mostly name one recommender: assign each wording once.
    const assignments = new Map<string, Assigned>();
    for (const entry of table.entries) {
      const recommender = filledText(entry, 'recommender');
      let assigned = assignments.get(recommender);
      if (!assigned) {
        const candidates = candidatesIn(recommender, table);
        assigned = { assignment: assign(candidates), named: candidates.length > 0 };
        assignments.set(recommender, assigned);
      }
      assignedOf.push(assigned);
      counts.push(isChosen(entry, table.choice, words));
    }
    return {
      owner,
      names: reason !== undefined && reason !== 'feeder' && reason !== 'planned-city-district',
    };
  });
  // A workbook has one recommender (reference §2): a row that names none, on a sheet without the line or beside a
  // 推荐单位 cell left blank, is the one that the other rows all name, when they do. Not a central group's or a
  // ministry unit's, whose rows a local workbook lists beside its own outside the local quota, nor where the sheet's
  // name names another: then the rows are that one's.
  const namedKeys = new Set(assignedOf.filter(({ named }) => named).map(({ assignment }) => assignment.key));
  const onlyNamed = namedKeys.size === 1 ? assignedOf.find(({ named }) => named)?.assignment : undefined;
  const sole = onlyNamed && !isOutsideLocalQuota(onlyNamed.make().type) ? onlyNamed : undefined;
  let row = 0;
  tables.forEach((table, t) => {
    const sheetOwner = sheetOwners[t]!;
    for (const entry of table.entries) {
      const { assignment, named } = assignedOf[row]!;
      const sheets =
        !named && sheetOwner.owner && sheetOwner.owner.key !== sole?.key && (sheetOwner.names || sole)
          ? sheetOwner.owner
          : undefined;
      const joinsSole = !named && !sheets && sole !== undefined && sole.key !== assignment.key;
      join(joinsSole ? sole : (sheets ?? assignment), entry, counts[row]!, joinsSole);
      row++;
    }
  });
  return [...groups.values()];
}

/**
 * The workbook's own recommender under the officer's option: `named`, the group key of the one that the sheets'
 * lines and recognised titles name, or else the 推荐单位 column, when they name one; `own`, where that one's rows go
 * by name, or else the only recommender named anywhere whose type is the officer's.
 */
function workbooksOwn(
  tables: readonly SheetTable[],
  candidatesIn: (recommender: string, table: SheetTable) => Candidate[],
  assignByName: (candidates: Candidate[]) => Assignment,
  candidate: (name: string, from: Candidate['from']) => Candidate,
  option: RecommenderType,
): { named?: string; own?: Assignment } {
  const above = new Map<string, Assignment>();
  for (const table of tables) {
    const namer = workbookNamer(candidatesIn('', table));
    if (namer) {
      const assignment = assignByName([namer]);
      above.set(assignment.key, assignment);
    }
  }
  const column = new Map<string, Assignment>();
  const columnNames = new Set(tables.flatMap((table) => [...columnTexts(table)]));
  columnNames.delete('');
  for (const name of columnNames) {
    const assignment = assignByName([candidate(name, 'column')]);
    column.set(assignment.key, assignment);
  }
  const soleOf = (keys: Map<string, Assignment>) => (keys.size === 1 ? [...keys.keys()][0] : undefined);
  const named = above.size > 0 ? soleOf(above) : soleOf(column);
  const both = new Map([...above, ...column]);
  if (named) return { named, own: both.get(named) };
  const ofType = [...both.values()].filter((a) => {
    const made = a.make();
    return made.typeFrom === 'name' && made.type === option;
  });
  return ofType.length === 1 ? { own: ofType[0] } : {};
}
