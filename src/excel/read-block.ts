/// <reference types="office-js" />
import type { GridCell, MergeRange } from '../core/grid';
import { gridCell } from './grid-cell';
import { queueAreaRects, rangeOf, rowBlocks, type Rect } from './rect';

/**
 * Rows per call of `getMergedAreasOrNullObject`, which fails when a range holds more than 512 merged areas
 * (Range.getMergedAreasOrNullObject's documentation). 200 rows stay under it with two merges per row.
 */
const MERGE_BLOCK_ROWS = 200;

/** What one block of a used range holds. */
export interface BlockContent {
  rect: Rect;
  /** The block's cells, `cells[r][c]` relative to the block's top-left. */
  cells: (GridCell | undefined)[][];
  /** The visible cells, as areas. */
  visible: Rect[];
  /** Merged areas whose top-left cell lies in the block (each merge is found once, in the block of its top). */
  merges: MergeRange[];
}

/** Queues the loads of one block: values, text, value types and number formats, visible cells, merged areas. */
export function queueBlock(worksheet: Excel.Worksheet, rect: Rect, withMerges: boolean): () => BlockContent {
  const range = rangeOf(worksheet, rect);
  range.load('values,text,valueTypes,numberFormat');
  const visible = queueAreaRects(range.getSpecialCellsOrNullObject('Visible'));
  const merges = withMerges
    ? rowBlocks(rect, MERGE_BLOCK_ROWS).map((block) =>
        queueAreaRects(rangeOf(worksheet, block).getMergedAreasOrNullObject()),
      )
    : [];
  return () => ({
    rect,
    cells: range.values.map((row, r) =>
      row.map((value, c) =>
        gridCell(
          value,
          range.text[r]![c] as string,
          range.valueTypes[r]![c]!,
          range.numberFormat[r]![c] as string,
        ),
      ),
    ),
    visible: visible(),
    merges: merges.flatMap((read) => read().map(mergeRange)),
  });
}

function mergeRange(area: Rect): MergeRange {
  return {
    top: area.rowIndex + 1,
    left: area.columnIndex + 1,
    bottom: area.rowIndex + area.rowCount,
    right: area.columnIndex + area.columnCount,
  };
}
