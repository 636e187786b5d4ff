import type { FrameEdit } from './sheet-frames';
import { sheetPropertiesTag, withPropertyAttributes } from './sheet-properties';

/** A sheet's filter that filters: its start tag and the criteria inside it, up to its end tag. */
const FILTER_WITH_CRITERIA = /<autoFilter\b[^>]*?\sref="([^"]*)"[^>]*>[\s\S]*?<\/autoFilter>/u;
/** The filter as ExcelJS writes it: its range alone. */
const WRITTEN_FILTER = /<autoFilter\b[^>]*?\sref="([^"]*)"[^>]*\/>/u;
const FILTER_MODE = /\sfilterMode="(?:1|true)"/u;

/** The head of a sheet ExcelJS wrote, its properties saying that the sheet is filtered (`filterMode`). */
const filtered = (head: string): string =>
  FILTER_MODE.test(sheetPropertiesTag(head) ?? '') ? head : withPropertyAttributes(head, [' filterMode="1"']);

/**
 * Keeps what a sheet's filter (筛选) shows: its criteria, `<filterColumn colId="1"><filters><filter val="项目甲"/>…`,
 * and its sort. ExcelJS keeps the filter's range and the rows it hid, but not its criteria, so the copy showed those
 * rows hidden under a filter that filtered nothing: no button said which column hid them, and 清除筛选 did not show
 * them again. The criteria are kept only where the copy's filter has the same range; a sheet the original marks as
 * filtered (`filterMode`) is marked so again.
 */
export const keepFilterCriteria: FrameEdit = (written, loaded) => {
  const original = FILTER_WITH_CRITERIA.exec(loaded.tail);
  const copy = WRITTEN_FILTER.exec(written.tail);
  if (original === null || copy === null || original[1] !== copy[1]) return written;
  return {
    head: FILTER_MODE.test(sheetPropertiesTag(loaded.head) ?? '') ? filtered(written.head) : written.head,
    tail: written.tail.replace(copy[0], () => original[0]),
  };
};
