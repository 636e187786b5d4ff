import type { Field } from '../fields';
import type { Profile } from '../profile';
import { compactKey } from '../normalise/normalise';

/** Header cells often carry a required-field mark or a colon: `*申报单位：`, `★项目名称`. */
const HEADER_DECORATION = /^[*＊※★☆]+|[*＊※★☆:：]+$/gu;

/**
 * The numbering before a header: `1.申报单位`, `1、`, `一、`; `①` is `1` after NFKC. (Numbers in brackets, `（1）`,
 * go with the remarks.)
 */
const NUMBERING = /^(?:\d{1,2}[.、)]?|[一二三四五六七八九十]{1,3}[、.])(?=\p{Script=Han})/u;

/**
 * A remark in brackets, anywhere in a header once normalised: `(盖章)`, `(不超过30字)`, `(必填)` (also written 【必填】),
 * `联系人(姓名)`, `企业(单位)名称`, a number `(1)`. It says how to fill the column and leaves its field as it is.
 */
const REMARK = /\([^()]*\)/gu;

/**
 * A remark that makes the column name no field: it keeps an old value, beside the column that holds the current one
 * (项目名称（原）, 申报单位（变更前）), or counts (项目（个）, in an officer's 单位汇总). 项目名称（原则上不超过30字） is
 * neither.
 */
const NO_FIELD_REMARK = /\((?:[原旧个项家件]|原名称|旧名称|曾用名|(?:修改|变更|调整|更名)前)\)/u;

/**
 * What may follow a long wording and leave its field as it is: a word that makes the header a group's over the columns
 * under it (申报单位信息 over 名称 | 统一社会信用代码, whose column that no wording names is the group's field), or one
 * that says the column holds the name (申报主体名称, 申报单位全称, 推荐单位名称).
 */
const TRAILING_WORD = /^(?:(?:基本)?(?:信息|情况)|名称|全称)$/u;

/**
 * Words that may stand before a long wording and leave its field as it is: whose (申报单位统一社会信用代码,
 * 企业统一社会信用代码, 牵头申报单位) or what for (申报揭榜方向, 拟揭榜方向). Never before a short one: 企业类别 is the
 * kind of business, no 类别.
 */
const QUALIFIERS = ['申报单位', '申报企业', '单位', '企业', '牵头', '拟申报', '申报', '拟'];

/** How alternatives and pairs are joined in one header: 联系人/手机, 负责人及电话, 联系人、电话. */
const JOINER = /[/、及和]/u;

/** An old registration number written as the alternative to the credit code: 统一社会信用代码/注册号. */
const OLD_CODE_ALTERNATIVE = /^(?:工商)?注册号码?$/u;

/** The shared name word of `企业/单位名称`, `产品/项目名称`: the short word before the slash is another X名称. */
const SHARED_NAME = /(?:名称|全称)$/u;

/** Long wordings are at least this long: a shorter one takes no trailing word and no qualifier before it. */
const LONG_WORDING = 4;

/** The comparison key of a header cell: without its marks, colon and numbering. */
export function headerKey(text: string): string {
  return compactKey(text).replace(HEADER_DECORATION, '').replace(NUMBERING, '');
}

/** What a header names: the profile's wording it matches (its key), its field, and the fields it names besides. */
interface Named {
  wording: string;
  field: Field;
  also: readonly Field[];
}

/** Looks up which field a header cell names, from the profile's wordings (reference §3). */
export class HeaderMatcher {
  private readonly exact = new Map<string, Field>();
  private readonly prefixes: [string, Field][] = [];
  private readonly opinionKeys: ReadonlySet<string>;
  /** The fields that a combined header names besides its first (联系人及电话: phone, besides contact). */
  private readonly alsoNamed = new Map<string, readonly Field[]>();
  private readonly combinedFields: readonly (readonly Field[])[];

  constructor(profile: Profile) {
    const rankKeys = profile.rankHeaders.map(headerKey);
    const opinions = profile.opinionHeaders ?? [];
    this.opinionKeys = new Set(opinions.map(headerKey));
    const combined = profile.combinedHeaders ?? [];
    this.combinedFields = combined.map(({ fields }) => fields);
    for (const { fields, wordings } of combined) {
      for (const wording of wordings) this.alsoNamed.set(headerKey(wording), fields.slice(1));
    }
    const listings = [
      ...Object.entries(profile.headers),
      ['choice', opinions],
      ...combined.map(({ fields, wordings }) => [fields[0], wordings]),
    ] as [Field, string[]][];
    for (const [listed, wordings] of listings) {
      for (const wording of wordings) {
        const key = headerKey(wording).replace(REMARK, '');
        // The choice wordings that are ranks (推荐排序, 排序) name the rank column, so that a sheet with both a
        // 是否推荐 and a 推荐排序 column maps both.
        const field = listed === 'choice' && rankKeys.some((rank) => key.startsWith(rank)) ? 'rank' : listed;
        if (!this.exact.has(key)) this.exact.set(key, field);
        // Long wordings also match with a trailing word, 申报单位信息, 申报主体名称; short ones (类别信息) don't.
        if (key.length >= LONG_WORDING) this.prefixes.push([key, field]);
      }
    }
    this.prefixes.sort((a, b) => b[0].length - a[0].length);
  }

  /** The field a header text names, or undefined. */
  match(text: string): Field | undefined {
    return this.lookup(text)?.field;
  }

  /**
   * Whether a header text names the choice column in words that a column of free comments has too (推荐意见): such
   * a column decides which rows count only where its cells are yes and no words (see `readTable`), and a 是否推荐
   * column beside it decides instead.
   */
  isOpinion(text: string): boolean {
    const found = this.lookup(text);
    return found !== undefined && this.opinionKeys.has(found.wording);
  }

  /** The fields that a header text names besides the one `match` gives: phone, for 联系人及电话. */
  alsoNames(text: string): readonly Field[] {
    return this.lookup(text)?.also ?? [];
  }

  /**
   * What a header text names. Its remarks in brackets go (a `推荐单位(盖章):厦门市…` line keeps the name after its
   * colon, and names nothing); then it is a wording, a wording with a word after it or a qualifier before it, or
   * wordings joined.
   */
  private lookup(text: string): Named | undefined {
    const key = headerKey(text);
    if (!key || key.length > 30 || NO_FIELD_REMARK.test(key)) return undefined;
    const plain = key.replace(REMARK, '');
    return plain ? (this.named(plain) ?? this.joined(plain)) : undefined;
  }

  /** The wording a key is, or starts with before a trailing word, or follows a qualifier of. */
  private named(key: string): Named | undefined {
    const wording = this.wordingOf(key);
    if (wording !== undefined) return this.namedBy(wording);
    for (const qualifier of QUALIFIERS) {
      if (!key.startsWith(qualifier)) continue;
      const rest = this.wordingOf(key.slice(qualifier.length));
      // The recommender is no unit's: 拟推荐单位 lists the units put forward.
      if (rest !== undefined && rest.length >= LONG_WORDING && this.exact.get(rest) !== 'recommender')
        return this.namedBy(rest);
    }
    return undefined;
  }

  private namedBy(wording: string): Named {
    return { wording, field: this.exact.get(wording)!, also: this.alsoNamed.get(wording) ?? [] };
  }

  private wordingOf(key: string): string | undefined {
    if (this.exact.has(key)) return key;
    return this.prefixes.find(
      ([prefix]) => key.startsWith(prefix) && TRAILING_WORD.test(key.slice(prefix.length)),
    )?.[0];
  }

  /**
   * Wordings joined in one header: alternatives that name one field (企业/单位名称, 产品/项目名称, 联系人电话/手机; the
   * credit code beside its old alternative, 统一社会信用代码/组织机构代码 or /注册号), or a pair of the profile's
   * combined fields (联系人/手机, 负责人及电话). Any other pair (类别/方向) names nothing: its cells hold both.
   */
  private joined(key: string): Named | undefined {
    const parts = key.split(JOINER);
    if (parts.length < 2 || parts.some((part) => !part)) return undefined;
    const last = parts[parts.length - 1]!;
    const fields = new Set<Field>();
    for (const part of parts) {
      const field = this.named(part)?.field;
      if (field) fields.add(field);
      else if (!OLD_CODE_ALTERNATIVE.test(part) && !(part.length <= 2 && SHARED_NAME.test(last)))
        return undefined;
    }
    if (fields.has('uscc')) fields.delete('orgCode');
    const [first] = fields;
    if (first === undefined) return undefined;
    if (fields.size === 1) return { wording: key, field: first, also: [] };
    const pair = this.combinedFields.find(
      (set) => set.length === fields.size && set.every((f) => fields.has(f)),
    );
    return pair && { wording: key, field: pair[0]!, also: pair.slice(1) };
  }
}
