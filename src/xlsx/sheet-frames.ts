import type { Workbook } from 'exceljs';
import { keepFromLoadedSheets } from './loaded-sheets';

/**
 * A worksheet's XML without its cells: what stands before `<sheetData` (the sheet's properties and views) and what
 * follows it (filter, merges, page setup, headers and footers, page breaks…). Small, whatever the sheet's size.
 */
export interface SheetFrame {
  head: string;
  tail: string;
}

/** Changes the frame of a sheet that ExcelJS wrote (`written`) from the frame of the sheet it loaded (`loaded`). */
export type FrameEdit = (written: SheetFrame, loaded: SheetFrame) => SheetFrame;

/**
 * A frame with `parts` (elements of the original's tail) put into its tail where the schema puts them: before the
 * first element that `after` finds, which names the elements the schema puts after them, or at the tail's end.
 */
export function withInTail(frame: SheetFrame, parts: readonly string[], after: RegExp): SheetFrame {
  const at = after.exec(frame.tail)?.index ?? frame.tail.length;
  return { head: frame.head, tail: frame.tail.slice(0, at) + parts.join('') + frame.tail.slice(at) };
}

const CELLS_START = '<sheetData';
const CELLS_CLOSE = '</sheetData>';
const EMPTY_CELLS = /^<sheetData\s*\/>/u;

/** Where the cells that start at `start` end (after `</sheetData>`, or after `<sheetData/>`); -1 before their end. */
function cellsEnd(xml: string, start: number): number {
  const empty = EMPTY_CELLS.exec(xml.slice(start, start + 32));
  if (empty) return start + empty[0].length;
  const close = xml.lastIndexOf(CELLS_CLOSE);
  return close < start ? -1 : close + CELLS_CLOSE.length;
}

/** A whole sheet's XML as its frame and its cells. */
function split(xml: string): { frame: SheetFrame; cells: string } {
  const start = xml.indexOf(CELLS_START);
  const end = start < 0 ? -1 : cellsEnd(xml, start);
  if (end < 0) return { frame: { head: xml, tail: '' }, cells: '' };
  return { frame: { head: xml.slice(0, start), tail: xml.slice(end) }, cells: xml.slice(start, end) };
}

/**
 * A sheet's XML chunks, passed on as they are, while its frame is read from them. Between the two ends only as much
 * is held as may be the start of `</sheetData>` cut by the next chunk.
 */
export async function* readFrame(chunks: AsyncIterable<unknown>, frame: SheetFrame): AsyncGenerator<unknown> {
  let head = '';
  let cells: string | undefined;
  let tail: string | undefined;
  for await (const chunk of chunks) {
    yield chunk;
    if (typeof chunk !== 'string') continue;
    if (tail !== undefined) {
      tail += chunk;
      continue;
    }
    if (cells === undefined) {
      head += chunk;
      const start = head.indexOf(CELLS_START);
      if (start < 0) continue;
      cells = head.slice(start);
      head = head.slice(0, start);
    } else cells += chunk;
    const end = cellsEnd(cells, 0);
    if (end >= 0) tail = cells.slice(end);
    else cells = cells.slice(-2 * CELLS_CLOSE.length);
  }
  frame.head = head;
  frame.tail = tail ?? '';
}

/**
 * Keeps what ExcelJS drops from the frames of the sheets it loads (see SheetFrame): each `edit` gets the frame of a
 * sheet as ExcelJS writes it and as it was loaded, and returns the frame to write. Call before `workbook.xlsx.load`.
 */
export function keepSheetFrames(workbook: Workbook, edits: readonly FrameEdit[]): void {
  keepFromLoadedSheets<SheetFrame>(workbook, {
    nothing: () => ({ head: '', tail: '' }),
    read: readFrame,
    write(xml, loaded) {
      const { frame, cells } = split(xml);
      const { head, tail } = edits.reduce((written, edit) => edit(written, loaded), frame);
      // Most sheets keep nothing: their XML, megabytes of it, is not put together again.
      return head === frame.head && tail === frame.tail ? xml : head + cells + tail;
    },
  });
}
