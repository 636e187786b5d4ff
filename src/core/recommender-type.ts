/** The kinds of recommender that the notice gives a cap (reference §2). */
export const RECOMMENDER_TYPES = ['province', 'planned-city', 'ai-org', 'central', 'ministry-unit'] as const;

export type RecommenderType = (typeof RECOMMENDER_TYPES)[number];

/** True for a string that names a recommender type. */
export function isRecommenderType(text: string): text is RecommenderType {
  return (RECOMMENDER_TYPES as readonly string[]).includes(text);
}

/**
 * What an officer may write for each type besides its id: the notice's name for it, as the usage shows it
 * (计划单列市), and its usual short forms.
 */
const WRITTEN_NAMES: Record<RecommenderType, readonly string[]> = {
  province: ['省、自治区、直辖市', '省', '省级', '自治区', '直辖市'],
  'planned-city': ['计划单列市', '单列市'],
  'ai-org': ['人工智能相关行业组织', '人工智能行业组织', '行业组织'],
  central: ['中央企业集团', '中央企业', '央企'],
  'ministry-unit': ['部属单位'],
};

/** Spaces and the marks that separate the parts of a name (省、自治区、直辖市) carry no meaning in a type. */
const IGNORED = /[\s、，,/／]/gu;

const typeKey = (text: string) => text.normalize('NFKC').replace(IGNORED, '').toLowerCase();

const TYPE_BY_KEY = new Map<string, RecommenderType>(
  RECOMMENDER_TYPES.flatMap((type) =>
    [type, ...WRITTEN_NAMES[type]].map((name) => [typeKey(name), type] as const),
  ),
);

/** The type that a written word names: its id in any case (Province), or its Chinese name (计划单列市). */
export function recommenderTypeNamed(text: string): RecommenderType | undefined {
  return TYPE_BY_KEY.get(typeKey(text));
}

/** Central enterprise groups and ministry-affiliated units don't take a local quota (notice 三(二)). */
export function isOutsideLocalQuota(type: RecommenderType): boolean {
  return type === 'central' || type === 'ministry-unit';
}
