import { ValueType, type Workbook } from 'exceljs';
import { hookPrepareModel, hookReconcile } from './step-hooks';

/** A cell of the model that ExcelJS loaded, before it makes cells of it, or that it is about to write. */
interface CellModel {
  type: ValueType;
  value?: unknown;
  result?: unknown;
  text?: unknown;
  comment?: { note: unknown };
}
/** The parts of ExcelJS's model that this module reaches into. */
interface BookModel {
  worksheets: { rows?: { cells?: CellModel[] }[] }[];
}

/** `_x000D_` → a carriage return; `_x005F_x000D_` → the characters `_x000D_` (the regex goes on after `_x005F_`). */
const ESCAPE = /_x([0-9A-F]{4})_/gu;
const unescape = (text: string) =>
  text.replace(ESCAPE, (_, code: string) => String.fromCharCode(parseInt(code, 16)));

/**
 * What must be escaped for a reader to get the text back: a control character other than tab and line feed, which
 * XML either can't hold or turns into another (a carriage return before a line feed is dropped), and the `_` of
 * characters that would read as an escape, with hex digits in either case, since a reader may take either.
 */
const UNSAFE = /(?![\t\n])\p{Cc}|_(?=x[0-9A-Fa-f]{4}_)/gu;
/** Whether a text holds anything UNSAFE: most hold nothing, and keep their model as it is. */
const HAS_UNSAFE = /(?![\t\n])\p{Cc}|_x[0-9A-Fa-f]{4}_/u;
const escape = (text: string) =>
  text.replace(UNSAFE, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);

interface Run {
  text: string;
}
const runsUnsafe = (runs: Run[]) => runs.some((run) => HAS_UNSAFE.test(run.text));
const escapeRuns = (runs: Run[]) => runs.map((run) => ({ ...run, text: escape(run.text) }));

/** Whether a string, or a rich text's or a note's runs (under `key`), hold anything to escape. */
function unsafe(value: unknown, key: 'richText' | 'texts'): boolean {
  if (typeof value === 'string') return HAS_UNSAFE.test(value);
  const runs = (value as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(runs) && runsUnsafe(runs as Run[]);
}

/** A string or a rich text's runs escaped; any other value (a number, a date) as it is. */
function escapeText<Value>(value: Value): Value {
  if (typeof value === 'string') return escape(value) as Value;
  const runs = (value as { richText?: unknown } | undefined)?.richText;
  return Array.isArray(runs) ? { ...value, richText: escapeRuns(runs as Run[]) } : value;
}

/** A note's runs escaped; a note in another shape as it is. */
function escapeNote<Note>(note: Note): Note {
  const runs = (note as { texts?: unknown } | undefined)?.texts;
  return Array.isArray(runs) ? { ...note, texts: escapeRuns(runs as Run[]) } : note;
}

/** The part of a cell's model that holds its text: a string's or rich text's value, a hyperlink's text, a result. */
const TEXT_OF: Partial<Record<ValueType, 'value' | 'text' | 'result'>> = {
  [ValueType.String]: 'value',
  [ValueType.Hyperlink]: 'text',
  [ValueType.Formula]: 'result',
};

/**
 * A cell's model with its text escaped: a string, or rich text, which ExcelJS models as a string cell whose value
 * has runs; a hyperlink's text; a formula's result; a note's runs. A model with something to escape is copied, since
 * it is the cell's own and must stay as it is; any other is the model itself.
 */
function escapedCell(cell: CellModel): CellModel {
  const key = TEXT_OF[cell.type];
  const textUnsafe = key !== undefined && unsafe(cell[key], 'richText');
  const noteUnsafe = cell.comment !== undefined && unsafe(cell.comment.note, 'texts');
  if (!textUnsafe && !noteUnsafe) return cell;
  const escaped: CellModel = { ...cell };
  if (textUnsafe) escaped[key!] = escapeText(cell[key!]);
  if (noteUnsafe) escaped.comment = { ...cell.comment, note: escapeNote(cell.comment!.note) };
  return escaped;
}

/**
 * Decodes the `_xHHHH_` escapes (ECMA-376 Part 1, 22.9.2.19) in a cell's own string and a formula's text result, as
 * ExcelJS decodes them, with the same pattern, in shared strings and rich text only. Before reconciling, a string
 * value is the cell's own: a shared string's is still its index. Call before `workbook.xlsx.load`.
 */
export function decodeEscapedText(workbook: Workbook): void {
  hookReconcile<BookModel>(workbook, (model, reconcile) => {
    for (const sheet of model.worksheets) {
      for (const row of sheet.rows ?? []) {
        for (const cell of row.cells ?? []) {
          if (cell.type === ValueType.String && typeof cell.value === 'string')
            cell.value = unescape(cell.value);
          else if (cell.type === ValueType.Formula && typeof cell.result === 'string')
            cell.result = unescape(cell.result);
        }
      }
    }
    reconcile();
  });
}

/**
 * Escapes what a written copy's text could not otherwise give back, in cells, rich text runs, hyperlinks' text,
 * formulas' text results and notes, as Excel escapes it. ExcelJS writes text as it is: a carriage return (`甲\r\n乙`
 * from a Windows paste) reads back as `甲\n乙`, the text `_x000D_` reads back as a carriage return, and it drops
 * other control characters. Call on a workbook that will be written.
 */
export function encodeEscapedText(workbook: Workbook): void {
  hookPrepareModel<BookModel>(workbook, (model, prepare) => {
    for (const sheet of model.worksheets) {
      for (const row of sheet.rows ?? []) {
        if (row.cells) row.cells = row.cells.map(escapedCell);
      }
    }
    prepare();
  });
}
