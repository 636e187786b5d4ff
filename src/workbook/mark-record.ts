import * as v from 'valibot';
import { FIELDS } from '../core/fields';
import type { WorkbookGrid } from '../core/grid';
import { OUR_SIGNATURE, RECORD_SHEET } from '../core/our-sheets';
import type { OurSheet } from './port';

const LookSchema = v.object({
  fill: v.nullable(v.string()),
  fontColor: v.nullable(v.string()),
  note: v.nullable(v.string()),
  exact: v.optional(
    v.object({
      host: v.string(),
      fill: v.optional(v.unknown()),
      fontColor: v.optional(v.unknown()),
      note: v.optional(v.unknown()),
    }),
  ),
});

const RecordSchema = v.object({
  version: v.literal(1),
  markedAt: v.string(),
  marks: v.array(
    v.object({
      sheet: v.string(),
      row: v.number(),
      column: v.number(),
      /** The row's content key (unit and project), '' when the row has none. */
      key: v.string(),
      /** The field of the cell's column, where the check mapped one (see checkedColumnField). */
      field: v.optional(v.picklist(FIELDS)),
      original: LookSchema,
      mark: v.object({
        fill: v.nullable(v.string()),
        fontColor: v.nullable(v.string()),
        noteDigest: v.string(),
      }),
    }),
  ),
});

/** What marking did, kept in our very hidden sheet so that clearing can undo it (DESIGN.md, the marks layer). */
export type MarkRecord = v.InferOutput<typeof RecordSchema>;
export type RecordedMark = MarkRecord['marks'][number];

/** A cell holds at most 32,767 characters; the record's JSON is split into pieces well below that. */
const PIECE = 30_000;

/** The record sheet: a signature line, then the record's JSON in column A, one piece per row. */
export function recordSheet(record: MarkRecord): OurSheet {
  const json = JSON.stringify(record);
  const pieces: string[] = [];
  for (let at = 0; at < json.length; at += PIECE) pieces.push(json.slice(at, at + PIECE));
  return {
    name: RECORD_SHEET,
    visibility: 'veryHidden',
    heading: [`${OUR_SIGNATURE}校验标记记录，清除标记时使用，请勿修改`],
    columns: [],
    rows: pieces.map((piece) => [piece]),
  };
}

/** The outcome of looking for the record: none, one, or a record sheet whose content can't be read. */
export type RecordRead = { kind: 'none' } | { kind: 'damaged' } | { kind: 'found'; record: MarkRecord };

/** Reads the record from the workbook's record sheet. */
export function readRecord(grid: WorkbookGrid): RecordRead {
  const sheet = grid.sheets.find((s) => s.name === RECORD_SHEET);
  if (!sheet) return { kind: 'none' };
  const json = sheet.rows
    .slice(1)
    .map((row) => {
      const value = row[0]?.value;
      return typeof value === 'string' ? value : '';
    })
    .join('');
  try {
    const parsed = v.safeParse(RecordSchema, JSON.parse(json));
    return parsed.success ? { kind: 'found', record: parsed.output } : { kind: 'damaged' };
  } catch {
    return { kind: 'damaged' };
  }
}
