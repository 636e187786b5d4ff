import { sheetsOf } from '../core/list-source';
import { rowsBySheet, type RowRef } from '../core/row-ref';
import type { LostPart, WriteTexts } from '../core/write-texts';
import { messagesFor, recommenderTypeText, renderFinding, typeFromText, type Lang } from '.';

/** Rows grouped by sheet, in the order given: `南山区第 5、7 行；福田区第 3 行`. */
function sheetRows(lang: Lang, refs: readonly RowRef[]): string {
  const { write } = messagesFor(lang);
  return [...rowsBySheet(refs)]
    .map(([sheet, rows]) => write.sheetRows(sheet, rows))
    .join(write.sheetRowsJoin);
}

/** The parts a copy lacks, named in words: `数据透视表、图表`. */
export function partNames(parts: readonly LostPart[], lang: Lang): string {
  const m = messagesFor(lang);
  return parts.map((part) => m.write.report.partNames[part]).join(m.listJoin);
}

/** The sentences and labels of marks, notes and our sheets in one language. */
export function writeTexts(lang: Lang): WriteTexts {
  const m = messagesFor(lang);
  const w = m.write;
  return {
    finding: (finding) => renderFinding(finding, lang),
    ruleName: (rule, numbers) => m.rules[rule].name(numbers),
    severity: (severity) => m.severity[severity],
    noteLine: (severity, message, rows) => w.noteLine(m.severity[severity], message, rows),
    rowNoteLine: (severity, column, rule, numbers) =>
      w.rowNoteLine(m.severity[severity], column, m.rules[rule].name(numbers)),
    rows: (refs) => sheetRows(lang, refs),
    yes: w.yes,
    no: w.no,
    stampLines: w.stampLines,
    pageFooter: w.pageFooter,
    report: {
      ...w.report,
      verdict: (result) =>
        result.findings.length === 0
          ? m.report.verdictClean
          : m.report.verdict(result.stats.errors, result.stats.warnings),
      recommender: (r) =>
        m.report
          .recommenderLine({
            ...r,
            name: m.nameList(r.names),
            type: recommenderTypeText(r, lang),
            typeFrom: typeFromText(r, lang),
          })
          .trim(),
      directionList: ({ directionList: d }) => m.report.directionList(d, sheetsOf(d)),
      winnersList: (info) => m.report.winnersList(info, sheetsOf(info)),
      lostParts: (parts) =>
        w.report.lostParts(parts.map((part) => w.report.partNames[part]).join(m.listJoin)),
    },
    units: w.units,
    directions: w.directions,
    recommenders: {
      ...w.recommenders,
      name: (r) => m.nameList(r.names),
      type: (r) => recommenderTypeText(r, lang),
      typeFrom: (r) => typeFromText(r, lang),
    },
  };
}
