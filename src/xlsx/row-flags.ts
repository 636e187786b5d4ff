import type { Workbook } from 'exceljs';
import { keepFromLoadedSheets } from './loaded-sheets';
import { startTagCutter } from './start-tag-chunks';

/** What the original says of its rows that ExcelJS writes otherwise. */
export interface RowFlags {
  /** Rows of a height Excel fitted to their text (`ht` without `customHeight`). */
  autoHeight: Set<number>;
  /** Rows whose group one level deeper is collapsed (`collapsed`). */
  collapsed: Set<number>;
  /** Whether the sheet has any outline (分级显示, 组合): where ExcelJS writes `collapsed` of its own. */
  outlined: boolean;
}

const ROW_TAG = /<row\b[^>]*>/gu;
const ROW_NUMBER = /\sr="(\d+)"/u;
const HEIGHT = /\sht="/u;
const CUSTOM_HEIGHT = /\scustomHeight="(?:1|true)"/u;
const COLLAPSED = /\scollapsed="(?:1|true)"/u;
const OUTLINE_LEVEL = /\soutlineLevel="[1-9]/u;

/** A sheet's XML chunks, passed on as they are, while its rows' flags are read from their start tags. */
export async function* readRowFlags(
  chunks: AsyncIterable<unknown>,
  flags: RowFlags,
): AsyncGenerator<unknown> {
  const cutter = startTagCutter();
  let row = 0;
  const scan = (text: string) => {
    for (const [tag] of text.matchAll(ROW_TAG)) {
      // A row without its number is the one after the row before.
      row = Number(ROW_NUMBER.exec(tag)?.[1] ?? row + 1);
      if (HEIGHT.test(tag) && !CUSTOM_HEIGHT.test(tag)) flags.autoHeight.add(row);
      if (COLLAPSED.test(tag)) flags.collapsed.add(row);
      if (OUTLINE_LEVEL.test(tag) || COLLAPSED.test(tag)) flags.outlined = true;
    }
  };
  for await (const chunk of chunks) {
    yield chunk;
    if (typeof chunk === 'string') scan(cutter.take(chunk));
  }
  scan(cutter.rest());
}

const WRITTEN_ROW = /<row r="(\d+)"[^>]*>/gu;
const WRITTEN_CUSTOM_HEIGHT = ' customHeight="1"';
const WRITTEN_COLLAPSED = ' collapsed="1"';

/** A row's start tag as ExcelJS wrote it, flagged as the original flags the row. */
function flagged(tag: string, row: number, flags: RowFlags): string {
  let written = tag;
  if (flags.autoHeight.has(row)) written = written.replace(WRITTEN_CUSTOM_HEIGHT, '');
  if (!flags.outlined) return written;
  if (!flags.collapsed.has(row)) return written.replace(WRITTEN_COLLAPSED, '');
  return written.includes(WRITTEN_COLLAPSED)
    ? written
    : written.replace(/\/?>$/u, (end) => `${WRITTEN_COLLAPSED}${end}`);
}

/**
 * Keeps which rows fit their height to their text and which groups of rows are collapsed, as the original says.
 * ExcelJS writes every row with a height as one set by hand (`customHeight`), so a row whose height Excel had
 * fitted to its text no longer grew or shrank when its text was corrected in the copy; and it writes `collapsed` on
 * every row of the sheet's deepest outline level and on no other, so the copy said a collapsed group (组合,
 * 分级显示) was expanded and an expanded one collapsed. A sheet's rows are rewritten only where it has a row that
 * fits its height, or an outline. Call before `workbook.xlsx.load`.
 */
export function keepRowFlags(workbook: Workbook): void {
  keepFromLoadedSheets<RowFlags>(workbook, {
    nothing: () => ({ autoHeight: new Set(), collapsed: new Set(), outlined: false }),
    read: readRowFlags,
    write: (xml, flags) =>
      flags.autoHeight.size === 0 && !flags.outlined
        ? xml
        : xml.replace(WRITTEN_ROW, (tag, row: string) => flagged(tag, Number(row), flags)),
  });
}
