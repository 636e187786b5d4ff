import type { Cell, Color, Comment, Fill, Style } from 'exceljs';
import type { CellLook } from '../workbook/port';

/** The host name that tags the exact models this host records. */
export const XLSX_HOST = 'xlsx';

const hex = (argb: string | undefined) =>
  argb && /^[0-9A-F]{8}$/iu.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;

/** A fill as CellLook says it: `#RRGGBB` for a solid RGB fill, null for none, `other` for anything else. */
function fillText(fill: Fill | undefined): string | null {
  if (fill === undefined) return null;
  if (fill.type === 'pattern') {
    if (fill.pattern === 'none') return null;
    if (fill.pattern === 'solid') return hex(fill.fgColor?.argb) ?? 'other';
  }
  return 'other';
}

function colorText(color: Partial<Color> | undefined): string | null {
  if (color === undefined) return null;
  return hex(color.argb) ?? 'other';
}

/** A note's plain text, its runs joined; null for none. */
export function noteText(note: string | Comment | undefined): string | null {
  if (note === undefined) return null;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}

/**
 * A cell's look, with ExcelJS's own model of each field that its plain value would not restore exactly: a theme
 * colour, a fill with a background colour, a formatted note. Models that say no more than the plain values are left
 * out, because the record keeps the look of every marked cell; the host's name is always there.
 */
export function readLook(cell: Cell): CellLook {
  const style: Partial<Style> = cell.style;
  const note = cell.note as string | Comment | undefined;
  const look: CellLook = {
    fill: fillText(style.fill),
    fontColor: colorText(style.font?.color),
    note: noteText(note),
  };
  const exact: NonNullable<CellLook['exact']> = { host: XLSX_HOST };
  if (!sameModel(shownFill(style.fill), plainFill(look.fill))) exact.fill = style.fill ?? null;
  if (!sameModel(style.font?.color, plainColor(look.fontColor))) exact.fontColor = style.font?.color ?? null;
  if (!sameModel(note, look.note ?? undefined)) exact.note = note ?? null;
  return { ...look, exact };
}

/** A fill of pattern `none` is no fill: ExcelJS writes both as the workbook's first fill. */
function shownFill(fill: Fill | undefined): Fill | undefined {
  return fill?.type === 'pattern' && fill.pattern === 'none' ? undefined : fill;
}

const sameModel = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The exact model of a field when the look carries this host's, else undefined. */
function exactOf(look: CellLook, field: 'fill' | 'fontColor' | 'note'): { model: unknown } | undefined {
  const exact = look.exact;
  if (exact?.host !== XLSX_HOST || !(field in exact)) return undefined;
  return { model: exact[field] };
}

const argb = (color: string) => `FF${color.slice(1)}`;

function plainFill(fill: string | null): Fill | undefined {
  if (fill === null || fill === 'other') return undefined;
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(fill) } };
}

function plainColor(color: string | null): Partial<Color> | undefined {
  if (color === null || color === 'other') return undefined;
  return { argb: argb(color) };
}

function fillModel(look: CellLook): Fill | undefined {
  const exact = exactOf(look, 'fill');
  return exact ? ((exact.model ?? undefined) as Fill | undefined) : plainFill(look.fill);
}

function colorModel(look: CellLook): Partial<Color> | undefined {
  const exact = exactOf(look, 'fontColor');
  return exact ? ((exact.model ?? undefined) as Partial<Color> | undefined) : plainColor(look.fontColor);
}

function noteModel(look: CellLook): string | Comment | undefined {
  const exact = exactOf(look, 'note');
  return exact ? ((exact.model ?? undefined) as string | Comment | undefined) : (look.note ?? undefined);
}

/**
 * The styles that looks produce, shared: every cell given the same look over the same style gets the same style
 * object. ExcelJS writes a style once per object, and shares one object among every cell loaded with the same
 * format, so a style is never changed in place (that would repaint them all): it is replaced by another.
 */
export class LookStyles {
  private readonly made = new WeakMap<object, Map<string, Partial<Style>>>();
  private readonly unstyled = {};

  styleFor(
    base: Partial<Style> | undefined,
    fill: Fill | undefined,
    color: Partial<Color> | undefined,
  ): Partial<Style> {
    const key = JSON.stringify([fill ?? null, color ?? null]);
    const owner = base ?? this.unstyled;
    let byLook = this.made.get(owner);
    if (!byLook) this.made.set(owner, (byLook = new Map()));
    let style = byLook.get(key);
    if (!style) {
      style = { ...base };
      if (fill === undefined) delete style.fill;
      else style.fill = fill;
      const font = { ...style.font };
      if (color === undefined) delete font.color;
      else font.color = color;
      if (Object.keys(font).length === 0) delete style.font;
      else style.font = font;
      byLook.set(key, style);
    }
    return style;
  }
}

/** Gives a cell a look: its fill, font colour and note. Nothing else of the cell changes. */
export function writeLook(cell: Cell, look: CellLook, styles: LookStyles): void {
  cell.style = styles.styleFor(cell.style, fillModel(look), colorModel(look));
  const note = noteModel(look);
  if (note === undefined) removeNote(cell);
  else cell.note = note;
}

/**
 * ExcelJS can set a note but has no way to remove one. A cell keeps its note in a private field, and a cell loaded
 * from a file also keeps the loaded note in its value's model, which is what gets written back; both must go.
 */
function removeNote(cell: Cell): void {
  const internals = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internals._comment = undefined;
  if (internals._value?.model) delete internals._value.model.comment;
}
