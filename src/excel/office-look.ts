/// <reference types="office-js" />
import type { CellLook } from '../workbook/port';

/** The host name that tags the exact models this host records. */
const OFFICE_HOST = 'office';

type FillModel = Excel.CellPropertiesFill;
type FontColorModel = Pick<Excel.CellPropertiesFont, 'color' | 'tintAndShade'>;

/** What `getCellProperties` loads for a look. */
export const LOOK_PROPERTIES = {
  format: {
    fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true },
    font: { color: true, tintAndShade: true },
  },
} satisfies Excel.CellPropertiesLoadOptions;

/**
 * The look of a cell from its properties and note, with Office.js's own fill and font colour as exact models. A
 * fill is null when its pattern is `None` (Office.js then reports the colour `#FFFFFF`), its colour for a plain
 * solid fill, and `other` for patterns, gradients and tinted theme colours. A gradient has no exact model: Office.js
 * cannot set one ("LinearGradient and RectangularGradient are not supported", RangeFill.pattern), so nothing could
 * put it back, and a mark leaves it alone. Office.js cannot tell an automatic font colour from black: both read
 * `#000000`, and are reported so. A value written in runs of several font colours has no one colour to read (we
 * take it to read null, as a range of mixed colours does; the docs say nothing) and none that could be set back
 * without giving every run the same: its font colour is `other`, with no exact model, and a mark leaves it alone.
 */
export function lookOf(properties: Excel.CellProperties, note: string | null): CellLook {
  const fill: FillModel = properties.format?.fill ?? {};
  const { color, tintAndShade } = properties.format?.font ?? {};
  const fontColor: FontColorModel = { color, tintAndShade };
  const mixedFont = color === null;
  return {
    fill:
      fill.pattern === undefined || fill.pattern === 'None'
        ? null
        : fill.pattern === 'Solid'
          ? plain(fill)
          : 'other',
    fontColor: mixedFont ? 'other' : plain(fontColor),
    note,
    exact: {
      host: OFFICE_HOST,
      ...(isGradient(fill) ? {} : { fill }),
      ...(mixedFont ? {} : { fontColor }),
    },
  };
}

const isGradient = ({ pattern }: FillModel) =>
  pattern === 'LinearGradient' || pattern === 'RectangularGradient';

/** An untinted colour in upper case; `other` for a tinted one; null for none. */
function plain({ color, tintAndShade }: { color?: string; tintAndShade?: number }): string | null {
  if (color === undefined) return null;
  return tintAndShade ? 'other' : color.toUpperCase();
}

/** What writing a look sets on a range's format; an absent part is left as it is. */
export interface FormatWrite {
  fill?: FillModel | 'clear';
  font?: FontColorModel;
}

/** Automatic is no colour Office.js can set; black is what it shows. */
const AUTOMATIC_FONT = '#000000';

/**
 * How to write a look's fill and font colour. A field with this host's exact model is restored from it, pattern and
 * tints included, except a gradient that a record made before lookOf left them out still holds, which Office.js
 * cannot set: it comes back as a solid fill of its colour. Any other field is written from its plain value (a
 * solid, untinted colour), where `other` leaves it as it is.
 */
export function formatWrite(look: CellLook): FormatWrite {
  const exact = look.exact?.host === OFFICE_HOST ? look.exact : undefined;
  const fill =
    exact !== undefined && 'fill' in exact ? fillWrite(exact.fill as FillModel) : plainFill(look.fill);
  const font =
    exact !== undefined && 'fontColor' in exact
      ? (exact.fontColor as FontColorModel)
      : look.fontColor === 'other'
        ? undefined
        : { color: look.fontColor ?? AUTOMATIC_FONT, tintAndShade: 0 };
  return { ...(fill === undefined ? {} : { fill }), ...(font === undefined ? {} : { font }) };
}

function fillWrite(model: FillModel): FormatWrite['fill'] {
  switch (model.pattern) {
    case undefined:
    case 'None':
      return 'clear';
    case 'LinearGradient':
    case 'RectangularGradient':
      return { color: model.color };
    default:
      return model;
  }
}

/** A plain colour replaces whatever pattern or tint the cell had, so that it shows as that colour. */
function plainFill(fill: string | null): FormatWrite['fill'] {
  if (fill === 'other') return undefined;
  return fill === null ? 'clear' : { color: fill, pattern: 'Solid', tintAndShade: 0 };
}

/** Applies a format write to the format of a range or of RangeAreas. */
export function applyFormat(format: Excel.RangeFormat, write: FormatWrite): void {
  if (write.fill === 'clear') format.fill.clear();
  else if (write.fill !== undefined) format.fill.set(write.fill);
  if (write.font !== undefined) format.font.set(write.font);
}
