import type { CheckResult } from '../core/check';
import { RULE_IDS } from '../core/finding';
import type { WorkbookGrid } from '../core/grid';
import { messagesFor, renderFinding, typeFromText, type Lang } from '../i18n';
import { ShownCells } from '../workbook/shown-cells';

/** A line break inside a cell (Alt+Enter), which would split a finding's line in two. */
const CELL_LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/gu;

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
  if (result.marksPresent) lines.push(r.marksPresent);
  lines.push('', r.sheetsRead);
  for (const sheet of result.sheets)
    lines.push(r.sheetLine(sheet.name, sheet.headerRow, sheet.rows, sheet.hiddenRows, sheet.hiddenByFormat));
  for (const skipped of result.skippedSheets) lines.push(r.skipped(skipped.name, skipped.reason));
  for (const summary of result.summarySheets)
    lines.push(r.summarySheet(summary.name, summary.others.join(m.listJoin)));
  const list = result.directionList;
  lines.push(r.directionList(list.count, list.expected, list.complete));
  if (result.winnersList) lines.push(r.winnersList(result.winnersList.winners, result.winnersList.titled));

  if (result.findings.length > 0) lines.push('', r.findings);
  for (const rule of RULE_IDS) {
    const findings = result.findings.filter((finding) => finding.rule === rule);
    if (findings.length === 0) continue;
    lines.push(r.ruleHeading(m.rules[rule].name, rule, findings.length));
    for (const finding of findings) {
      const place = shownCells.placeOf(finding);
      const where = r.cell(place.sheet, place.column, place.row, place.forRow);
      lines.push(`  [${m.severity[finding.severity]}] ${where}  ${renderFinding(finding, lang)}`);
    }
  }

  lines.push('', r.recommenders);
  for (const rec of result.summary.recommenders) {
    const typeFrom = typeFromText(rec, lang);
    lines.push(
      r.recommenderLine({
        ...rec,
        name: m.nameList(rec.names),
        type: m.recommenderTypes[rec.type],
        typeFrom,
      }),
    );
  }

  const over = result.summary.units.filter((unit) => unit.over > 0);
  lines.push('', r.units);
  for (const unit of over) lines.push(r.unitLine(unit));
  const within = r.unitsWithinLimit(result.summary.units.length - over.length, over.length === 0);
  if (within) lines.push(within);

  lines.push('', r.directions);
  for (const direction of result.summary.directions) lines.push(r.directionLine(direction));
  lines.push(r.directionSelectionNote);
  return lines.map((line) => line.replace(CELL_LINE_BREAK, ' ')).join('\n') + '\n';
}
