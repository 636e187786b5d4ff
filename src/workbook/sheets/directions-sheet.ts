import type { Summary } from '../../core/summary';
import type { OurSheet } from '../port';
import type { WriteTexts } from '../../core/write-texts';
import { summaryTab } from './summary-tab';

/**
 * 汇总-按方向: how many projects chose each direction, and whether it is a known direction; then the total. Where a
 * choice column (是否推荐) leaves rows out, the projects are the chosen rows, as on the other tabs, and a column of
 * their own gives every row.
 */
export function directionsSheet(summary: Summary, texts: WriteTexts, name: string): OurSheet {
  const t = texts.directions;
  const directions = summary.directions;
  const sum = (count: (d: (typeof directions)[number]) => number) =>
    directions.reduce((total, d) => total + count(d), 0);
  const left = directions.some((d) => d.rows !== d.projects);
  const counts = (projects: number, rows: number) => (left ? [projects, rows] : [projects]);
  const knownColumn = left ? 5 : 4;
  const tab = summaryTab(
    name,
    t.title,
    [
      { header: t.columns.seq, width: 6 },
      { header: t.columns.category, width: 20 },
      { header: t.columns.direction, width: 36 },
      ...(left
        ? [
            { header: t.columns.counted, width: 10 },
            { header: t.columns.rows, width: 10 },
          ]
        : [{ header: t.columns.projects, width: 8 }]),
      { header: t.columns.known, width: 12 },
    ],
    [
      ...directions.map((d, index) => [
        index + 1,
        d.category,
        d.unwritten ? t.unwritten : d.direction,
        ...counts(d.projects, d.rows),
        d.unwritten ? null : d.known ? texts.yes : d.several ? t.several : texts.no,
      ]),
      [
        null,
        t.total,
        null,
        ...counts(
          sum((d) => d.projects),
          sum((d) => d.rows),
        ),
        null,
      ],
    ],
    directions.flatMap((d, row) =>
      d.known || d.unwritten ? [] : [{ row, column: knownColumn, severity: 'warning' as const }],
    ),
    texts,
  );
  return { ...tab, endsWithTotal: true };
}
