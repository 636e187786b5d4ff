import type { Summary } from '../../core/summary';
import type { OurSheet } from '../port';
import type { WriteTexts } from '../../core/write-texts';
import { summaryTab } from './summary-tab';

/** 汇总-按单位: each applicant unit, its projects against the limit, and where its rows are. */
export function unitsSheet(summary: Summary, texts: WriteTexts, name: string): OurSheet {
  const c = texts.units.columns;
  const units = summary.units;
  return summaryTab(
    name,
    texts.units.title,
    [
      { header: c.seq, width: 6 },
      { header: c.unit, width: 36 },
      { header: c.uscc, width: 22 },
      { header: c.projects, width: 8 },
      { header: c.limit, width: 8 },
      { header: c.over, width: 8 },
      { header: c.rows, width: 40 },
    ],
    units.map((u, index) => [index + 1, u.unit, u.uscc, u.projects, u.limit, u.over, texts.rows(u.rows)]),
    units.flatMap((u, row) => (u.over > 0 ? [{ row, column: 5, severity: 'error' as const }] : [])),
    texts,
  );
}
