import { ValueType, type Cell } from 'exceljs';
import type { GridCell } from '../core/grid';
import { displayText, type DisplayValue } from './display-text';

/**
 * One ExcelJS cell as a GridCell: its value, with formulas as their cached result (null when the file has none),
 * rich text and hyperlinks as their plain text, errors as `{error}` and dates as `{date}`; and the text Excel shows
 * for it. Undefined for a cell without a value, and for the cells that a merge covers beyond its top-left one.
 */
export function readCell(cell: Cell): GridCell | undefined {
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge:
      return undefined;
    // `result` and `text` read the model directly, where `value` would build a new object for every such cell.
    case ValueType.Formula:
      return gridCell(cell.result as unknown, cell.numFmt);
    case ValueType.Hyperlink:
      return gridCell(cell.text as unknown, cell.numFmt);
    default:
      return gridCell(cell.value, cell.numFmt);
  }
}

function gridCell(raw: unknown, numFmt: string | undefined): GridCell {
  const value = plain(raw);
  return {
    value: value instanceof Date ? { date: isoDate(value) } : value,
    text: displayText(value, numFmt),
  };
}

/** The plain value inside whatever ExcelJS holds: rich text flattened. */
function plain(raw: unknown): DisplayValue {
  if (raw === undefined || raw === null) return null;
  switch (typeof raw) {
    case 'string':
    case 'number':
    case 'boolean':
      return raw;
  }
  if (raw instanceof Date) return raw;
  if (typeof raw === 'object' && 'error' in raw) return { error: String(raw.error) };
  if (typeof raw === 'object' && 'richText' in raw && Array.isArray(raw.richText)) {
    return raw.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('');
  }
  return null;
}

/** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` when there is a time of day (to the second, no zone: Excel has none). */
function isoDate(date: Date): string {
  const iso = new Date(Math.round(date.getTime() / 1000) * 1000).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
