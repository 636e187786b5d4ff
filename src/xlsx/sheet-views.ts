import type { FrameEdit } from './sheet-frames';
import { attributesOf } from './start-tag-attributes';

const VIEW = /<sheetView\b[^>]*>/gu;

/** What ExcelJS writes of a view's zoom when the original says nothing of it, which Excel reads as 100%. */
const DEFAULT_ZOOM = /\s(zoomScale|zoomScaleNormal)="100"/gu;
/** Which tabs are selected, kept as the copy opens (see tab-selection.ts and active-sheet.ts). */
const TAB_SELECTED = 'tabSelected';

/** A view's start tag as ExcelJS wrote it (`written`), saying what the original's (`loaded`) says. */
function asLoaded(written: string, loaded: string): string {
  const loadedNames = new Set(attributesOf(loaded).map(({ name }) => name));
  const writtenNames = new Set(attributesOf(written).map(({ name }) => name));
  const added = attributesOf(loaded)
    .filter(({ name }) => !writtenNames.has(name) && name !== TAB_SELECTED)
    .map(({ text }) => text);
  const zoomed = written.replace(DEFAULT_ZOOM, (zoom, name: string) => (loadedNames.has(name) ? zoom : ''));
  return added.length === 0 ? zoomed : zoomed.replace(/^<sheetView\b/u, `<sheetView${added.join('')}`);
}

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
  let i = 0;
  const head = written.head.replace(VIEW, (view) => {
    const original = views[i++];
    return original === undefined ? view : asLoaded(view, original);
  });
  return head === written.head ? written : { ...written, head };
};
