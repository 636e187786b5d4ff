import { findSimilarTitles } from '../similarity/title-similarity';
import { fieldText } from '../table/entry';
import { findingAt, relatedRows, type Rule } from './rule';

/**
 * Titles that are near duplicates but not equal after normalisation: the same project renamed, or a copy-paste
 * slip. Found through an index of title segments, never by comparing every pair. Both rows are marked.
 */
export const similarProject: Rule<'similar-project'> = {
  id: 'similar-project',
  defaultSeverity: 'warning',
  end(ctx) {
    const entries = ctx.entries.filter((entry) => fieldText(entry, 'project') !== '');
    const titles = entries.map((entry) => ctx.titles[entry.index]!);
    const { threshold, minLength } = ctx.profile.similarity;
    const findings = [];
    for (const { a, b, similarity } of findSimilarTitles(titles, threshold, minLength)) {
      const [first, second] = [entries[a]!, entries[b]!];
      const rounded = Math.round(similarity * 100) / 100;
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
