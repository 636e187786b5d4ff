import type { Rect } from './rect';

/**
 * Hidden rows and columns of a used range, from the visible cells of each of its row blocks (Office.js has no
 * property listing them; `getSpecialCellsOrNullObject('Visible')` gives the visible cells as areas). A row is hidden
 * when no visible area of its block covers it; a column when no visible area anywhere covers it, which can only be
 * told while some row is visible. Numbers are Excel's, 1-based.
 */
export function hiddenLines(
  used: Rect,
  blocks: readonly { rect: Rect; visible: readonly Rect[] }[],
): { hiddenRows: number[]; hiddenColumns: number[] } {
  const hiddenRows: number[] = [];
  const visibleColumns = new Set<number>();
  for (const { rect, visible } of blocks) {
    const shown = new Set<number>();
    for (const area of visible) {
      // Clipped to the block: Excel may widen special cells of a one-cell range to the whole sheet.
      for (let r = Math.max(area.rowIndex, rect.rowIndex); r < end(area, rect, 'row'); r++) shown.add(r);
      for (let c = Math.max(area.columnIndex, used.columnIndex); c < end(area, used, 'column'); c++)
        visibleColumns.add(c);
    }
    for (let r = rect.rowIndex; r < rect.rowIndex + rect.rowCount; r++)
      if (!shown.has(r)) hiddenRows.push(r + 1);
  }
  const hiddenColumns: number[] = [];
  if (visibleColumns.size > 0) {
    for (let c = used.columnIndex; c < used.columnIndex + used.columnCount; c++)
      if (!visibleColumns.has(c)) hiddenColumns.push(c + 1);
  }
  return { hiddenRows, hiddenColumns };
}

/** The exclusive end of an area along one axis, clipped to a bounding rectangle. */
function end(area: Rect, bound: Rect, axis: 'row' | 'column'): number {
  return axis === 'row'
    ? Math.min(area.rowIndex + area.rowCount, bound.rowIndex + bound.rowCount)
    : Math.min(area.columnIndex + area.columnCount, bound.columnIndex + bound.columnCount);
}
