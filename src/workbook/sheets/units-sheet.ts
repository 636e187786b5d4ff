import type { Summary } from '../../core/summary';
import type { OurSheet } from '../port';
import type { WriteTexts } from '../../core/write-texts';
import { summaryTab } from './summary-tab';

/**
 * 汇总-按单位: each applicant unit, its projects against the limit, and where its rows are (those a choice column leaves
 * out said apart, so that a unit whose rows are all marked 否 is not taken for one without rows); with how many rows
 * name it as a joint applicant (联合申报单位), headed by whether those count in 项目数 (the profile's
 * `countJointApplicants`).
 */
export function unitsSheet(summary: Summary, texts: WriteTexts, name: string): OurSheet {
  const c = texts.units.columns;
  const units = summary.units;
  const jointCounted = units[0]?.jointCounted ?? false;
  return summaryTab(
    name,
    texts.units.title,
    [
      { header: c.seq, width: 6 },
      { header: c.unit, width: 36 },
      { header: c.uscc, width: 22 },
      { header: c.projects, width: 8 },
      { header: jointCounted ? c.jointCounted : c.jointNotCounted, width: 12 },
      { header: c.limit, width: 8 },
      { header: c.over, width: 8 },
      { header: c.rows, width: 40 },
    ],
    units.map((u, index) => [
      index + 1,
      u.unit,
      u.uscc,
      u.projects,
      u.jointRows,
      u.limit,
      u.over,
      u.notChosen.length === 0
        ? texts.rows(u.rows)
        : texts.units.withNotChosen(texts.rows(u.rows), texts.rows(u.notChosen)),
    ]),
    units.flatMap((u, row) => (u.over > 0 ? [{ row, column: 6, severity: 'error' as const }] : [])),
    texts,
  );
}
