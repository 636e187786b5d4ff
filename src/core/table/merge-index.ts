import type { MergeRange, SheetGrid } from '../grid';

/** Excel's last column is XFD (16,384), so row × 16,384 + column is a unique cell key. */
const cellKey = (row: number, column: number): number => row * 16384 + column;

/** Finds the merged area that covers a cell, so that a merged value can be spread to every cell it covers. */
export class MergeIndex {
  private readonly covering = new Map<number, MergeRange>();

  constructor(sheet: SheetGrid) {
    for (const merge of sheet.merges) {
      for (let r = merge.top; r <= merge.bottom; r++) {
        for (let c = merge.left; c <= merge.right; c++) this.covering.set(cellKey(r, c), merge);
      }
    }
  }

  /** The merged area covering a cell, if any. */
  at(row: number, column: number): MergeRange | undefined {
    return this.covering.get(cellKey(row, column));
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
}
