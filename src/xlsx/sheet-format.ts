import type { FrameEdit } from './sheet-frames';
import { startTagAsLoaded, type WrittenDefaults } from './start-tag-attributes';

const SHEET_FORMAT = /<sheetFormatPr\b[^>]*>/u;

/**
 * ExcelJS says the rows' default height was set by hand wherever it is not 15 points, and writes no outline and no
 * descent of the font (which Excel reads where there is none).
 */
const WRITTEN_DEFAULTS: WrittenDefaults = {
  own: [' customHeight="1"', ' outlineLevelRow="0"', ' outlineLevelCol="0"', ' x14ac:dyDescent="0"'],
  keptElsewhere: [],
};

/**
 * Keeps what a sheet's default row and column format (`<sheetFormatPr>`) says that ExcelJS drops: that rows are
 * hidden unless the sheet lists them (`zeroHeight="1"`, as when the officer hid every row below the table), the
 * width of a column that has none of its own (`baseColWidth`), and thick borders on rows by default (`thickTop`,
 * `thickBottom`). So the copy showed every row below the table again, and columns of no width of their own changed
 * width. And ExcelJS says that the default height was set by hand (`customHeight`) wherever it is not 15 points,
 * which is written here only where the original says so.
 */
export const keepSheetFormat: FrameEdit = startTagAsLoaded(SHEET_FORMAT, 'head', WRITTEN_DEFAULTS);
