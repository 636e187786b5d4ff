import { withInTail, type FrameEdit } from './sheet-frames';

/** A sheet's page breaks inserted by hand (分页符): `<rowBreaks count="1"><brk id="20" man="1"/></rowBreaks>`. */
const BREAKS = /<(rowBreaks|colBreaks)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/gu;

/** What the schema puts after the page breaks, of what ExcelJS writes after its headers and footers. */
const AFTER_BREAKS =
  /<(?:drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|tableParts|extLst)\b|<\/worksheet>/u;

/**
 * Writes a sheet's page breaks as the original has them, rows and columns. ExcelJS reads neither (it takes each
 * break for one without a row) and wrote none, so the copy was printed with Excel's own breaks: a unit's projects
 * that the officer had kept on one page could be split over two.
 */
export const keepPageBreaks: FrameEdit = (written, loaded) => {
  const breaks = loaded.tail.match(BREAKS);
  return breaks === null ? written : withInTail(written, breaks, AFTER_BREAKS);
};
