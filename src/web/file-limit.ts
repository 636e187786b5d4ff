/**
 * The largest workbook the page opens: 50 MB. ExcelJS holds a workbook in memory at many times its compressed size,
 * and a browser tab has far less memory than the command line; a 100,000-row table is about 11 MB. Larger files
 * get one sentence pointing to the command line instead of a crashed tab.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The limit in words: `50 MB`. */
export const MAX_FILE_TEXT = `${MAX_FILE_BYTES / 1024 / 1024} MB`;
