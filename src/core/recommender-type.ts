/** The kinds of recommender that the notice gives a cap (reference §2). */
export const RECOMMENDER_TYPES = ['province', 'planned-city', 'ai-org', 'central', 'ministry-unit'] as const;

export type RecommenderType = (typeof RECOMMENDER_TYPES)[number];

/** True for a string that names a recommender type. */
export function isRecommenderType(text: string): text is RecommenderType {
  return (RECOMMENDER_TYPES as readonly string[]).includes(text);
}

/** Central enterprise groups and ministry-affiliated units don't take a local quota (notice 三(二)). */
export function isOutsideLocalQuota(type: RecommenderType): boolean {
  return type === 'central' || type === 'ministry-unit';
}
