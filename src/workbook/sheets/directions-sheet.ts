import type { Summary } from '../../core/summary';
import type { OurSheet } from '../port';
import type { WriteTexts } from '../../core/write-texts';
import { summaryTab } from './summary-tab';

/** 汇总-按方向: how many projects chose each direction, and whether it is a known direction; then the total. */
export function directionsSheet(summary: Summary, texts: WriteTexts, name: string): OurSheet {
  const t = texts.directions;
  const directions = summary.directions;
  const total = directions.reduce((sum, d) => sum + d.projects, 0);
  const tab = summaryTab(
    name,
    t.title,
    [
      { header: t.columns.seq, width: 6 },
      { header: t.columns.category, width: 20 },
      { header: t.columns.direction, width: 36 },
      { header: t.columns.projects, width: 8 },
      { header: t.columns.known, width: 12 },
    ],
    [
      ...directions.map((d, index) => [
        index + 1,
        d.category,
        d.direction,
        d.projects,
        d.known ? texts.yes : d.several ? t.several : texts.no,
      ]),
      [null, t.total, null, total, null],
    ],
    directions.flatMap((d, row) => (d.known ? [] : [{ row, column: 4, severity: 'warning' as const }])),
    texts,
  );
  return { ...tab, endsWithTotal: true };
}
