import type { CheckResult } from '../core/check';
import { RULE_IDS, type Finding, type RuleId } from '../core/finding';
import { sheetsOf } from '../core/list-source';
import type { Severity } from '../core/severity';
import type { WorkbookGrid } from '../core/grid';
import { messagesFor, recommenderTypeText, renderFinding, typeFromText, type Lang } from '../i18n';
import { ShownCells } from '../workbook/shown-cells';

/** A line break inside a cell (Alt+Enter), which would split a finding's line in two. */
const CELL_LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/gu;

/** A line of the report names this many places of its sentence at most, and counts the rest. */
const PLACES_NAMED = 10;

/** The rules that found anything, those with errors first: an officer reads what blocks the sheet before the rest. */
function rulesErrorsFirst(findings: readonly Finding[]): RuleId[] {
  const found = RULE_IDS.filter((rule) => findings.some((finding) => finding.rule === rule));
  const hasError = (rule: RuleId) => findings.some((f) => f.rule === rule && f.severity === 'error');
  return [...found.filter(hasError), ...found.filter((rule) => !hasError(rule))];
}

/** One sentence of a rule, said of one or more places of one sheet. */
interface SentenceLine {
  severity: Severity;
  sheet: string;
  sentence: string;
  refs: string[];
}

/**
 * The findings of a rule as lines, one per sentence and sheet, in the order the sentences first come: a recommender
 * over its cap says the same of every row past it, and one line naming those rows reads better than a page of them.
 */
function sentenceLines(findings: readonly Finding[], lang: Lang, shownCells: ShownCells): SentenceLine[] {
  const r = messagesFor(lang).report;
  const lines = new Map<string, SentenceLine>();
  for (const finding of findings) {
    const place = shownCells.placeOf(finding);
    const sentence = renderFinding(finding, lang);
    const key = [finding.severity, place.sheet, sentence].join('\u0000');
    const ref = r.cellRef(place.column, place.row, place.forRow);
    const line = lines.get(key);
    if (line) line.refs.push(ref);
    else lines.set(key, { severity: finding.severity, sheet: place.sheet, sentence, refs: [ref] });
  }
  return [...lines.values()];
}

/**
 * The report for people: the verdict first, then findings grouped by rule, each at its place in the grid that was
 * checked (where its cell is written and marked, see ShownCells.placeOf), then the summaries.
 */
export function textReport(result: CheckResult, lang: Lang, grid: WorkbookGrid): string {
  const shownCells = new ShownCells(grid, result);
  const m = messagesFor(lang);
  const r = m.report;
  const lines: string[] = [];
  const { errors, warnings } = result.stats;
  lines.push(errors + warnings === 0 ? r.verdictClean : r.verdict(errors, warnings));
  for (const rec of result.summary.recommenders)
    if (rec.typeFrom === 'default') lines.push(r.typeUnknown(m.nameList(rec.names), rec.cap));
  if (result.marksPresent) lines.push(r.marksPresent);
  if (result.sheets.some((sheet) => sheet.projectsBelowEnd || sheet.tableBeside))
    lines.push(r.unreadProjects);
  lines.push('', r.sheetsRead);
  for (const sheet of result.sheets) {
    lines.push(
      r.sheetLine(
        sheet.name,
        sheet.hidden,
        sheet.headerRow,
        sheet.rows,
        sheet.hiddenRows,
        sheet.hiddenByFormat,
      ),
    );
    const below = sheet.projectsBelowEnd;
    if (below) lines.push(r.projectsBelowEnd(below.endRow, below.rows));
    if (sheet.tableBeside) lines.push(r.tableBeside(sheet.tableBeside));
  }
  for (const skipped of result.skippedSheets) lines.push(r.skipped(skipped));
  for (const summary of result.summarySheets)
    lines.push(r.summarySheet(summary.name, summary.others.join(m.listJoin)));
  const list = result.directionList;
  lines.push(r.directionList(list, sheetsOf(list)));
  const winners = result.winnersList;
  if (winners) lines.push(r.winnersList(winners, sheetsOf(winners)));

  if (result.findings.length > 0) lines.push('', r.findings);
  for (const rule of rulesErrorsFirst(result.findings)) {
    const findings = result.findings.filter((finding) => finding.rule === rule);
    lines.push(r.ruleHeading(m.rules[rule].name(result.profileNumbers), rule, findings.length));
    for (const line of sentenceLines(findings, lang, shownCells))
      lines.push(
        `  [${m.severity[line.severity]}] ${r.cells(line.sheet, line.refs.slice(0, PLACES_NAMED), line.refs.length)}  ${line.sentence}`,
      );
  }

  lines.push('', r.recommenders);
  for (const rec of result.summary.recommenders) {
    const typeFrom = typeFromText(rec, lang);
    lines.push(
      r.recommenderLine({
        ...rec,
        name: m.nameList(rec.names),
        type: recommenderTypeText(rec, lang),
        typeFrom,
      }),
    );
  }

  const units = result.summary.units.filter((unit) => !unit.unwritten);
  const unwritten = result.summary.units.find((unit) => unit.unwritten);
  const over = units.filter(
    (unit) => unit.over > 0 || (unit.sameName?.over ?? 0) > 0 || (unit.sameCode?.over ?? 0) > 0,
  );
  lines.push('', r.units);
  for (const unit of over) lines.push(r.unitLine(unit));
  const within = r.unitsWithinLimit(units.length - over.length, over.length === 0);
  if (within) lines.push(within);
  if (unwritten) lines.push(r.unitsUnwritten(unwritten.projects));

  lines.push('', r.directions);
  for (const direction of result.summary.directions) lines.push(r.directionLine(direction));
  const finalists = result.profileNumbers.finalistsPerDirection;
  if (finalists) lines.push(r.directionSelectionNote(finalists));
  return lines.map((line) => line.replace(CELL_LINE_BREAK, ' ')).join('\n') + '\n';
}
