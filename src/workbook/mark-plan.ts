import type { CheckResult } from '../core/check';
import { columnLetter, columnNumber } from '../core/column-letter';
import type { Finding } from '../core/finding';
import type { WorkbookGrid } from '../core/grid';
import type { Severity } from '../core/severity';
import type { CellRef } from './port';
import { ShownCells } from './shown-cells';
import type { WriteTexts } from '../core/write-texts';

/** A cell to mark: the worst severity of its findings and the lines of its note. */
export interface PlannedMark {
  cell: CellRef;
  severity: Severity;
  lines: string[];
}

interface Pending {
  cell: CellRef;
  severity: Severity;
  /** Each distinct line, with the rows it was said of. */
  lines: Map<string, { severity: Severity; message: string; rows: number[]; own: boolean }>;
}

/** The column that marks a row from the left: 序号 where the sheet has it, else the table's first column. */
function rowMarkerColumns(result: CheckResult): Map<string, number> {
  const columns = new Map<string, number>();
  for (const sheet of result.sheets) {
    const seq = sheet.columns.seq;
    const numbers = Object.values(sheet.columns).map(columnNumber);
    columns.set(sheet.name, seq === undefined ? Math.min(...numbers) : columnNumber(seq));
  }
  return columns;
}

/**
 * Plans the marks of a check: every cell with a finding, and the 序号 cell of its row, so that a row with a problem
 * is seen from the left. A finding about a whole row (or a missing column) marks only the 序号 cell. Findings inside
 * a merged area mark its top-left cell, the one Excel shows, and findings on a 同上 cell mark the cell whose value it
 * takes (see ShownCells). A cell with several findings gets one note with them all.
 */
export function planMarks(result: CheckResult, grid: WorkbookGrid, texts: WriteTexts): PlannedMark[] {
  const shown = new ShownCells(grid, result);
  const markers = rowMarkerColumns(result);
  const pending = new Map<string, Pending>();

  const add = (cell: CellRef, finding: Finding, line: { message: string; own: boolean }) => {
    const at = shown.source(cell);
    const key = `${at.sheet}\u0000${at.row}\u0000${at.column}`;
    let mark = pending.get(key);
    if (!mark) pending.set(key, (mark = { cell: at, severity: finding.severity, lines: new Map() }));
    if (finding.severity === 'error') mark.severity = 'error';
    const lineKey = `${finding.severity}\u0000${line.message}`;
    const existing = mark.lines.get(lineKey);
    if (existing) existing.rows.push(finding.row);
    else mark.lines.set(lineKey, { severity: finding.severity, ...line, rows: [finding.row] });
  };

  for (const finding of result.findings) {
    const marker = markers.get(finding.sheet);
    const column = finding.column === null ? undefined : columnNumber(finding.column);
    if (column !== undefined) {
      add({ sheet: finding.sheet, row: finding.row, column }, finding, {
        message: texts.finding(finding),
        own: true,
      });
    }
    if (marker === undefined || marker === column) continue;
    const message =
      column === undefined
        ? texts.finding(finding)
        : texts.rowNoteLine(finding.severity, columnLetter(column), finding.rule, result.profileNumbers);
    add({ sheet: finding.sheet, row: finding.row, column: marker }, finding, {
      message,
      own: column === undefined,
    });
  }

  return [...pending.values()].map(({ cell, severity, lines }) => ({
    cell,
    severity,
    lines: [...lines.values()].map((line) =>
      line.own
        ? texts.noteLine(
            line.severity,
            line.message,
            line.rows.some((row) => row !== cell.row) ? line.rows : undefined,
          )
        : line.message,
    ),
  }));
}
