import type { Summary } from '../../core/summary';
import type { OurSheet } from '../port';
import type { WriteTexts } from '../../core/write-texts';
import { summaryTab } from './summary-tab';

/**
 * 汇总-按推荐单位: each quota holder, its type and where the type came from, its cap, all its rows, the rows that count
 * (the chosen ones where a choice column such as 是否推荐 leaves some out) and its excess.
 */
export function recommendersSheet(summary: Summary, texts: WriteTexts, name: string): OurSheet {
  const t = texts.recommenders;
  const recommenders = summary.recommenders;
  return summaryTab(
    name,
    t.title,
    [
      { header: t.columns.seq, width: 6 },
      { header: t.columns.name, width: 30 },
      { header: t.columns.type, width: 20 },
      { header: t.columns.typeFrom, width: 40 },
      { header: t.columns.cap, width: 8 },
      { header: t.columns.rows, width: 10 },
      { header: t.columns.counted, width: 10 },
      { header: t.columns.over, width: 8 },
    ],
    recommenders.map((r, index) => [
      index + 1,
      t.name(r),
      t.type(r),
      t.typeFrom(r),
      r.cap,
      r.rows,
      r.counted,
      r.over,
    ]),
    recommenders.flatMap((r, row) => (r.over > 0 ? [{ row, column: 7, severity: 'error' as const }] : [])),
    texts,
  );
}
