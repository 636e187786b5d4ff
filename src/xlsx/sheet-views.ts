import type { FrameEdit } from './sheet-frames';
import { withTagsAsLoaded, type WrittenDefaults } from './start-tag-attributes';

const VIEW = /<sheetView\b[^>]*>/gu;

/**
 * ExcelJS writes a zoom of 100% on every view, which Excel reads where there is none; which tabs are selected is kept
 * as the copy opens (see tab-selection.ts and active-sheet.ts).
 */
const WRITTEN_DEFAULTS: WrittenDefaults = {
  own: [' zoomScale="100"', ' zoomScaleNormal="100"'],
  keptElsewhere: ['tabSelected'],
};

/**
 * Keeps what a sheet's views (`<sheetView>`) say that ExcelJS drops: whether zeros are shown (`showZeros="0"`,
 * 零值 turned off, so that a 合计 of nothing shows blank), formulas shown in place of their results, outline symbols,
 * the colour of the gridlines, the cell scrolled to (`topLeftCell`) and the zoom of page layout and page break
 * preview. And ExcelJS writes a zoom of 100% on every view (`zoomScale`, `zoomScaleNormal`), which is written here
 * only where the original has it. Views are matched by their order.
 */
export const keepSheetViews: FrameEdit = (written, loaded) => {
  const views = loaded.head.match(VIEW);
  if (views === null) return written;
  const head = withTagsAsLoaded(written.head, views, VIEW, WRITTEN_DEFAULTS);
  return head === written.head ? written : { ...written, head };
};
