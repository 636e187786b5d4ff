import type { CheckResult } from '../core/check';
import { columnNumber } from '../core/column-letter';
import type { Finding } from '../core/finding';
import { findingPlace, type FindingPlace } from '../core/finding-place';
import type { WorkbookGrid } from '../core/grid';
import { MergeIndex } from '../core/table/merge-index';
import type { CellRef } from './port';

const keyOf = (sheet: string, row: number, column: number) => `${sheet}\u0000${row}\u0000${column}`;

/**
 * Where a finding's cell is written, so that its mark and its text are taken from there: the top-left cell of the
 * merged area that covers it, as Excel shows it; and for a cell that says 同上, the cell whose value it takes (or the
 * top-left cell of that one's merged area). An officer fixes a code where it is written, not where 同上 stands.
 */
export class ShownCells {
  private readonly merges: Map<string, MergeIndex>;
  private readonly copiedFrom = new Map<string, number>();

  constructor(grid: WorkbookGrid, result: CheckResult) {
    this.merges = new Map(grid.sheets.map((sheet) => [sheet.name, new MergeIndex(sheet)]));
    for (const { sheet, row, column, fromRow } of result.copiedCells)
      this.copiedFrom.set(keyOf(sheet, row, columnNumber(column)), fromRow);
  }

  /** The cell where the value of this one is written. */
  source(cell: CellRef): CellRef {
    const fromRow = this.copiedFrom.get(keyOf(cell.sheet, cell.row, cell.column)) ?? cell.row;
    const merges = this.merges.get(cell.sheet);
    const [row, column] = merges ? merges.source(fromRow, cell.column) : [fromRow, cell.column];
    return { sheet: cell.sheet, row, column };
  }

  /** Where a finding is shown and selected: where its cell is written; a finding about a whole row, its first cell. */
  ofFinding(finding: Finding): CellRef {
    const { sheet, row, column } = finding;
    return column ? this.source({ sheet, row, column: columnNumber(column) }) : { sheet, row, column: 1 };
  }

  /** Where a finding is told to be: where it is shown, with the row it is about when that is another. */
  placeOf(finding: Finding): FindingPlace {
    return findingPlace(finding, this.ofFinding(finding));
  }
}
