import type { Summary, UnitSummary } from '../../core/summary';
import type { OurSheet } from '../port';
import type { WriteTexts } from '../../core/write-texts';
import { summaryTab } from './summary-tab';

/**
 * 汇总-按单位: each applicant unit, its projects against the limit, and where its rows are (those a choice column leaves
 * out said apart, so that a unit whose rows are all marked 否 is not taken for one without rows); with how many rows
 * name it as a joint applicant (联合申报单位), headed by whether those count in 项目数 (the profile's
 * `countJointApplicants`). A unit tied to others by one name under several codes, or one code under several names
 * (`sameName`, `sameCode`), says in 说明 how many projects they would have together, marked when that is over the
 * limit, as uscc-conflict reports it.
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
      { header: c.note, width: 48 },
    ],
    units.map((u, index) => [
      index + 1,
      u.unwritten ? texts.units.unwritten : u.unit || texts.units.noName,
      u.uscc,
      u.projects,
      u.jointRows,
      u.unwritten ? null : u.limit,
      u.unwritten ? null : u.over,
      u.notChosen.length === 0
        ? texts.rows(u.rows)
        : texts.units.withNotChosen(texts.rows(u.rows), texts.rows(u.notChosen)),
      tiedNote(u, texts),
    ]),
    units.flatMap((u, row) => [
      ...(u.over > 0 ? [{ row, column: 6, severity: 'error' as const }] : []),
      ...((u.sameName?.over ?? 0) > 0 || (u.sameCode?.over ?? 0) > 0
        ? [{ row, column: 8, severity: 'error' as const }]
        : []),
    ]),
    texts,
  );
}

/** What a unit would have together with the units that one name or one code ties it to (see units-sheet above). */
function tiedNote({ sameName, sameCode, limit }: UnitSummary, texts: WriteTexts): string {
  const notes = [
    ...(sameName ? [texts.units.sameName(sameName.projects, limit, sameName.over)] : []),
    ...(sameCode ? [texts.units.sameCode(sameCode.projects, limit, sameCode.over)] : []),
  ];
  return notes.join(texts.units.noteSeparator);
}
