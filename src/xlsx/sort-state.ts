import { withInTail, type FrameEdit } from './sheet-frames';

/** A sheet's filter, whose own sort, if any, is kept with its criteria (see filter-criteria.ts). */
const FILTER = /<autoFilter\b[^>]*?(?:\/>|>[\s\S]*?<\/autoFilter>)/gu;
/** The sort a sheet remembers: `<sortState ref="A2:C3"><sortCondition descending="1" ref="B2:B3"/></sortState>`. */
const SORT = /<sortState\b[^>]*?(?:\/>|>[\s\S]*?<\/sortState>)/u;

/** What the schema puts after the sort, of what ExcelJS writes after the cells. */
const AFTER_SORT =
  /<(?:dataConsolidate|customSheetViews|mergeCells|phoneticPr|conditionalFormatting|dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|ignoredErrors|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|tableParts|extLst)\b|<\/worksheet>/u;

/**
 * Keeps the sort a sheet remembers (`<sortState>`, the levels of 数据 › 排序 last applied to its table). ExcelJS drops
 * it, so the copy forgot the sort: 排序 no longer showed the officer's levels. A filter's own sort, inside the filter,
 * is kept with the filter's criteria.
 */
export const keepSortState: FrameEdit = (written, loaded) => {
  const sort = SORT.exec(loaded.tail.replace(FILTER, ''));
  if (sort === null || SORT.test(written.tail.replace(FILTER, ''))) return written;
  return withInTail(written, [sort[0]], AFTER_SORT);
};
