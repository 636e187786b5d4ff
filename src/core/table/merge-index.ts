import { cellAt, type GridCell, type MergeRange, type SheetGrid } from '../grid';

/** Finds the merged area that covers a cell, so that a merged value can be spread to every cell it covers. */
export class MergeIndex {
  /** The merged areas over each Excel row, in the sheet's order; most rows have none. */
  private readonly byRow: (MergeRange[] | undefined)[];

  constructor(private readonly sheet: SheetGrid) {
    // Sized before it is filled: an array written at scattered rows far apart turns into a slow dictionary, on a long
    // sheet whose merges are few and far between.
    let bottom = 0;
    for (const merge of sheet.merges) bottom = Math.max(bottom, merge.bottom);
    this.byRow = new Array<MergeRange[] | undefined>(bottom + 1).fill(undefined);
    for (const merge of sheet.merges) {
      for (let r = merge.top; r <= merge.bottom; r++) (this.byRow[r] ??= []).push(merge);
    }
  }

  /** The merged area covering a cell, if any; where a file overlaps two, the one listed last. */
  at(row: number, column: number): MergeRange | undefined {
    const merges = this.byRow[row];
    if (!merges) return undefined;
    for (let i = merges.length - 1; i >= 0; i--) {
      const merge = merges[i]!;
      if (merge.left <= column && column <= merge.right) return merge;
    }
    return undefined;
  }

  /** True when the cell is covered by a merge but is not its top-left cell (Excel shows it empty). */
  isSpread(row: number, column: number): boolean {
    const merge = this.at(row, column);
    return merge !== undefined && (merge.top !== row || merge.left !== column);
  }

  /** The Excel row and column holding the value shown in a cell: the merge's top-left cell, or the cell itself. */
  source(row: number, column: number): [number, number] {
    const merge = this.at(row, column);
    return merge ? [merge.top, merge.left] : [row, column];
  }

  /** The cell whose value a cell shows: the merge's top-left cell, or the cell itself. */
  cellShown(row: number, column: number): GridCell | undefined {
    const merge = this.at(row, column);
    return merge ? cellAt(this.sheet, merge.top, merge.left) : cellAt(this.sheet, row, column);
  }
}
