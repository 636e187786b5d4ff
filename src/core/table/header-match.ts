import type { Field } from '../fields';
import type { Profile } from '../profile';
import { compactKey } from '../normalise/normalise';

/** Header cells often carry a required-field star or a colon: `*申报单位：`. */
const HEADER_DECORATION = /^[*＊※]+|[*＊※:：]+$/gu;

/** A remark in brackets that closes a header: `(盖章)`, `(不超过30字)`. */
const TRAILING_REMARK = /^(?:\([^()]*\))+$/u;

/**
 * A remark that says the column keeps an old value, beside the column that holds the current one: 项目名称（原）,
 * 申报单位（变更前）. Such a column names no field. 项目名称（原则上不超过30字） is no such remark.
 */
const OLD_VALUE_REMARK = /\((?:原|旧|原名称|旧名称|曾用名|(?:修改|变更|调整|更名)前)\)/u;

/**
 * What may follow a long wording and leave its field as it is: a word that makes the header a group's over the columns
 * under it (申报单位信息 over 名称 | 统一社会信用代码, whose column that no wording names is the group's field), or one
 * that says the column holds the name (申报主体名称, 申报单位全称, 推荐单位名称).
 */
const TRAILING_WORD = /^(?:(?:基本)?(?:信息|情况)|名称|全称)$/u;

/** The comparison key of a header cell. */
export function headerKey(text: string): string {
  return compactKey(text).replace(HEADER_DECORATION, '');
}

/** Looks up which field a header cell names, from the profile's wordings (reference §3). */
export class HeaderMatcher {
  private readonly exact = new Map<string, Field>();
  private readonly prefixes: [string, Field][] = [];
  private readonly opinionKeys: ReadonlySet<string>;
  /** The fields that a combined header names besides its first (联系人及电话: phone, besides contact). */
  private readonly alsoNamed = new Map<string, readonly Field[]>();

  constructor(profile: Profile) {
    const rankKeys = profile.rankHeaders.map(headerKey);
    const opinions = profile.opinionHeaders ?? [];
    this.opinionKeys = new Set(opinions.map(headerKey));
    const combined = profile.combinedHeaders ?? [];
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
        const key = headerKey(wording);
        // The choice wordings that are ranks (推荐排序, 排序) name the rank column, so that a sheet with both a
        // 是否推荐 and a 推荐排序 column maps both.
        const field = listed === 'choice' && rankKeys.some((rank) => key.startsWith(rank)) ? 'rank' : listed;
        if (!this.exact.has(key)) this.exact.set(key, field);
        // Long wordings also match with a trailing remark, 申报单位名称(盖章), 项目名称(不超过30字), or a trailing
        // word, 申报单位信息, 申报主体名称; a `推荐单位(盖章):厦门市…` line is none. So do the short choice wordings, whose remark
        // says how to fill them (拟推荐(√), 排序(1-N)): a choice column missed would count every candidate against the
        // cap.
        if (key.length >= 4 || listed === 'choice') this.prefixes.push([key, field]);
      }
    }
    this.prefixes.sort((a, b) => b[0].length - a[0].length);
  }

  /** The field a header text names, or undefined. */
  match(text: string): Field | undefined {
    return this.lookup(text)?.[1];
  }

  /**
   * Whether a header text names the choice column in words that a column of free comments has too (推荐意见): such
   * a column decides which rows count only where its cells are yes and no words (see `readTable`), and a 是否推荐
   * column beside it decides instead.
   */
  isOpinion(text: string): boolean {
    const found = this.lookup(text);
    return found !== undefined && this.opinionKeys.has(found[0]);
  }

  /** The fields that a header text names besides the one `match` gives: phone, for 联系人及电话. */
  alsoNames(text: string): readonly Field[] {
    const found = this.lookup(text);
    return (found && this.alsoNamed.get(found[0])) ?? [];
  }

  /** The profile's wording that a header text matches, and its field. */
  private lookup(text: string): [wording: string, field: Field] | undefined {
    const key = headerKey(text);
    if (!key || key.length > 30) return undefined;
    const exact = this.exact.get(key);
    if (exact) return [key, exact];
    return this.prefixes.find(([prefix]) => {
      if (!key.startsWith(prefix)) return false;
      const rest = key.slice(prefix.length);
      return (TRAILING_REMARK.test(rest) && !OLD_VALUE_REMARK.test(rest)) || TRAILING_WORD.test(rest);
    });
  }
}
