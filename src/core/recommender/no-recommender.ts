import { normalise } from '../normalise/normalise';
import { firstWordIn } from '../normalise/word-match';
import type { Profile } from '../profile';

/**
 * The word of a recommender's name that makes it no recommender at all: a branch (中国电信股份有限公司北京分公司,
 * 中国工商银行股份有限公司深圳分行) or another body without independent legal personality (the profile's
 * branchWords, as `not-legal-entity` uses them). The notice lets recommend only 各省、自治区、直辖市及计划单列市
 * 工业和信息化主管部门、中央企业集团、人工智能相关行业组织 (231号 二(二)) and 部属单位 (三(二)); a branch is none of
 * them, so its type can't be inferred, and the officer is told why.
 */
export function noRecommenderWord(name: string, profile: Profile): string | undefined {
  return firstWordIn(normalise(name), profile.branchWords);
}
