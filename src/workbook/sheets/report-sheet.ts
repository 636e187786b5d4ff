import type { CheckResult } from '../../core/check';
import { columnLetter } from '../../core/column-letter';
import { cellAt, type WorkbookGrid } from '../../core/grid';
import { OUR_SIGNATURE } from '../../core/our-sheets';
import type { RenamedSheet } from '../our-sheet-names';
import type { OurSheet } from '../port';
import { foldLine } from '../fold-line';
import { ShownCells } from '../shown-cells';
import type { LostPart, WriteTexts } from '../../core/write-texts';

/** What the report says besides the findings. */
export interface ReportContext {
  name: string;
  /** The time of the check, as the officer's clock shows it. */
  checkedAt: string;
  /** Whether the workbook carries marks after this check: its own, or an earlier check's that could not be undone. */
  marked: boolean;
  renamed: readonly RenamedSheet[];
  lostParts: readonly LostPart[];
}

/**
 * The report sheet (校验报告): a verdict with the time, the profile, the recommenders and their caps, and whether the
 * direction list was complete; then one row per finding with a link to its cell.
 */
export function reportSheet(
  result: CheckResult,
  grid: WorkbookGrid,
  texts: WriteTexts,
  context: ReportContext,
): OurSheet {
  const t = texts.report;
  const sheets = new Map(grid.sheets.map((sheet) => [sheet.name, sheet]));
  const shownCells = new ShownCells(grid, result);
  const heading = [
    `${OUR_SIGNATURE}${t.title}`,
    t.verdict(result),
    t.checkedAt(context.checkedAt),
    t.profile(result.profile),
    ...result.summary.recommenders.map((r) => t.recommender(r)),
    t.directionList(result),
    ...(result.winnersList ? [t.winnersList(result.winnersList)] : []),
    ...context.renamed.map((r) => t.renamed(r.wanted, r.actual)),
    ...(context.lostParts.length > 0 ? [t.lostParts(context.lostParts)] : []),
    context.marked ? t.marksNotice : t.noMarksNotice(context.name),
  ];
  const c = t.columns;
  const columns = [
    { header: c.seq, width: 6 },
    { header: c.severity, width: 8 },
    { header: c.rule, width: 20 },
    { header: c.ruleName, width: 24 },
    { header: c.sheet, width: 14 },
    { header: c.row, width: 6 },
    { header: c.column, width: 6 },
    { header: c.text, width: 28 },
    { header: c.message, width: 60 },
    { header: c.link, width: 14 },
  ];
  const tableWidth = columns.reduce((sum, column) => sum + column.width, 0);
  const rows = result.findings.map((finding, index) => {
    const sheet = sheets.get(finding.sheet);
    // The link goes where the mark is: the cell where the finding's value is written.
    const shown = shownCells.ofFinding(finding);
    const text = sheet && finding.column !== null ? (cellAt(sheet, shown.row, shown.column)?.text ?? '') : '';
    const where = `${finding.sheet}!${columnLetter(shown.column)}${shown.row}`;
    return [
      index + 1,
      texts.severity(finding.severity),
      finding.rule,
      texts.ruleName(finding.rule, result.profileNumbers),
      finding.sheet,
      finding.row,
      finding.column ?? '',
      text,
      texts.finding(finding),
      { text: where, link: shown },
    ];
  });
  return {
    name: context.name,
    visibility: 'visible',
    heading: heading.flatMap((line) => foldLine(line, tableWidth)),
    columns,
    rows,
    pageFooter: texts.pageFooter,
    emphasis: result.findings.map((finding, row) => ({ row, column: 1, severity: finding.severity })),
  };
}
