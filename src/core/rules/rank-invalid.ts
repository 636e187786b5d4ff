import type { FindingOf } from '../finding';
import { rankOf } from '../table/choice';
import { fieldText, type Entry } from '../table/entry';
import { findingAt, refsOf, type Rule } from './rule';

/**
 * A 推荐排序 column whose ranks repeat, leave gaps, or are not whole numbers (reference §2). Ranks are checked per
 * sheet, because each sheet is ranked by the officer who filled it. A blank rank means "not recommended".
 */
export const rankInvalid: Rule<'rank-invalid'> = {
  id: 'rank-invalid',
  defaultSeverity: 'error',
  end(ctx) {
    const findings: FindingOf<'rank-invalid'>[] = [];
    for (const table of ctx.tables) {
      if (table.choice !== 'rank') continue;
      const byRank = new Map<number, Entry[]>();
      for (const entry of table.entries) {
        const text = fieldText(entry, 'choice');
        if (!text) continue;
        const rank = rankOf(entry);
        if (rank === undefined) {
          const values = { rank: text, problem: 'not-number' as const, missing: [] };
          findings.push(findingAt(ctx, 'rank-invalid', 'error', { entry, field: 'choice' }, values));
          continue;
        }
        const rows = byRank.get(rank);
        if (rows) rows.push(entry);
        else byRank.set(rank, [entry]);
      }
      for (const [rank, rows] of byRank) {
        if (rows.length < 2) continue;
        for (const entry of rows) {
          const values = { rank: String(rank), problem: 'repeat' as const, missing: [] };
          const related = refsOf(rows.filter((other) => other !== entry));
          findings.push(findingAt(ctx, 'rank-invalid', 'error', { entry, field: 'choice' }, values, related));
        }
      }
      const highest = Math.max(0, ...byRank.keys());
      const missing = Array.from({ length: highest }, (_, i) => i + 1).filter((rank) => !byRank.has(rank));
      if (missing.length === 0) continue;
      // The gap is the officer's to close; mark the rows ranked after the first missing rank.
      const firstMissing = missing[0]!;
      for (const [rank, rows] of byRank) {
        if (rank < firstMissing) continue;
        for (const entry of rows) {
          const values = { rank: String(rank), problem: 'gap' as const, missing };
          findings.push(findingAt(ctx, 'rank-invalid', 'error', { entry, field: 'choice' }, values));
        }
      }
    }
    return findings;
  },
};
