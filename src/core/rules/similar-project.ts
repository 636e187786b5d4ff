import { findSimilarTitles } from '../similarity/title-similarity';
import { fieldText } from '../table/entry';
import { findingAt, relatedRows, type Rule } from './rule';

/**
 * A similarity to whole percents, rounded down: 1 (100%) is kept for titles equal but for their marks, and two long
 * titles that differ in one character (0.996) are 0.99, never 1. The small addend keeps 0.29 (28.999… × 100) 0.29.
 */
const roundedDown = (similarity: number) => Math.floor(similarity * 100 + 1e-9) / 100;

/**
 * Titles that are near duplicates but not equal after normalisation: the same project renamed, or a copy-paste
 * slip. Found through an index of title segments, never by comparing every pair. Both rows are marked. Only rows
 * that go up are compared, as for `duplicate-project`: not those a choice column (是否推荐, 推荐排序) leaves out.
 */
export const similarProject: Rule<'similar-project'> = {
  id: 'similar-project',
  defaultSeverity: 'warning',
  end(ctx) {
    const entries = ctx.entries.filter((entry) => ctx.countsUp(entry) && fieldText(entry, 'project') !== '');
    const titles = entries.map((entry) => ctx.titleOf(entry));
    const { threshold, minLength } = ctx.profile.similarity;
    const findings = [];
    for (const { a, b, similarity } of findSimilarTitles(titles, threshold, minLength)) {
      const [first, second] = [entries[a]!, entries[b]!];
      const rounded = roundedDown(similarity);
      for (const [entry, other] of [
        [first, second],
        [second, first],
      ] as const) {
        const values = {
          project: fieldText(entry, 'project'),
          otherProject: fieldText(other, 'project'),
          similarity: rounded,
        };
        findings.push(
          findingAt(
            ctx,
            'similar-project',
            'warning',
            { entry, field: 'project' },
            values,
            relatedRows([other]),
          ),
        );
      }
    }
    return findings;
  },
};
