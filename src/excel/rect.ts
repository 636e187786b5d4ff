/// <reference types="office-js" />

/** A rectangle of cells by Office.js's 0-based indexes, as `getRangeByIndexes` takes it. */
export interface Rect {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

const GEOMETRY = 'rowIndex,columnIndex,rowCount,columnCount';

/** The range of a rectangle on a worksheet. */
export function rangeOf(worksheet: Excel.Worksheet, rect: Rect): Excel.Range {
  return worksheet.getRangeByIndexes(rect.rowIndex, rect.columnIndex, rect.rowCount, rect.columnCount);
}

/** Queues a load of a range's rectangle; after the sync, the rectangle, or null for a null object. */
export function queueRect(range: Excel.Range): () => Rect | null {
  range.load(GEOMETRY);
  return () => (range.isNullObject ? null : pickRect(range));
}

/** Queues a load of the rectangles of a RangeAreas (empty for a null object, as `*OrNullObject` methods give). */
export function queueAreaRects(areas: Excel.RangeAreas): () => Rect[] {
  areas.load('areaCount');
  areas.areas.load(GEOMETRY);
  return () => (areas.isNullObject ? [] : areas.areas.items.map(pickRect));
}

function pickRect({ rowIndex, columnIndex, rowCount, columnCount }: Rect): Rect {
  return { rowIndex, columnIndex, rowCount, columnCount };
}

/** The rectangles of a tall rectangle cut into blocks of at most `rows` rows each. */
export function rowBlocks(rect: Rect, rows: number): Rect[] {
  const blocks: Rect[] = [];
  for (let top = rect.rowIndex; top < rect.rowIndex + rect.rowCount; top += rows) {
    const rowCount = Math.min(rows, rect.rowIndex + rect.rowCount - top);
    blocks.push({ ...rect, rowIndex: top, rowCount });
  }
  return blocks;
}
