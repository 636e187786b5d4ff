import type { FrameEdit } from './sheet-frames';

/** A sheet's protection (审阅 › 保护工作表), with its password's hash: `<sheetProtection password="CC3D" sheet="1"/>`. */
const PROTECTION = /<sheetProtection\b[^>]*>/u;
/**
 * The ranges users may edit on a protected sheet (允许用户编辑区域), each with its own password's hash, if any:
 * `<protectedRanges><protectedRange sqref="A6:I40" name="项目区"/></protectedRanges>`.
 */
const PROTECTED_RANGES = /<protectedRanges\b[^>]*?(?:\/>|>[\s\S]*?<\/protectedRanges>)/u;

/**
 * Keeps a sheet's protection as the original has it: its password's hash as Excel 2007 and WPS write it
 * (`password`), and the ranges users may edit. ExcelJS reads only a hash of later Excel's kind and drops the ranges,
 * so in the copy a sheet the officer had locked with a password could be unlocked without it, and the ranges left
 * open to editing were locked. The protection and the ranges stand first after the cells, as the schema has them.
 */
export const keepSheetProtection: FrameEdit = (written, loaded) => {
  const protection = PROTECTION.exec(loaded.tail)?.[0];
  const ranges = PROTECTED_RANGES.exec(loaded.tail)?.[0];
  if (protection === undefined && ranges === undefined) return written;
  const tail = written.tail.replace(PROTECTION, '').replace(PROTECTED_RANGES, '');
  return { head: written.head, tail: (protection ?? '') + (ranges ?? '') + tail };
};
