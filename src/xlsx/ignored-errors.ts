import { withInTail, type FrameEdit } from './sheet-frames';

/**
 * The errors of a sheet's cells that the officer told Excel to ignore (忽略错误), so that it marks them no more:
 * `<ignoredErrors><ignoredError sqref="C6:C40" numberStoredAsText="1"/></ignoredErrors>`.
 */
const IGNORED_ERRORS = /<ignoredErrors\b[^>]*?(?:\/>|>[\s\S]*?<\/ignoredErrors>)/u;

/** What the schema puts after the ignored errors, of what ExcelJS writes after its page breaks. */
const AFTER_IGNORED_ERRORS =
  /<(?:smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/u;

/**
 * Keeps the errors the officer told Excel to ignore. ExcelJS drops them, so the copy showed Excel's green triangle
 * (以文本形式存储的数字) again on every 统一社会信用代码 and 联系电话 kept as text, where the original showed none.
 */
export const keepIgnoredErrors: FrameEdit = (written, loaded) => {
  const ignored = IGNORED_ERRORS.exec(loaded.tail);
  if (ignored === null || IGNORED_ERRORS.test(written.tail)) return written;
  return withInTail(written, [ignored[0]], AFTER_IGNORED_ERRORS);
};
