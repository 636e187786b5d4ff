import { FakeClientObject, type Readers } from './client-object';
import { FakeOfficeError } from './errors';
import { NO_FILL, positions, type CellState, type Rect, type SheetState } from './state';

/** The cells an object stands for, found at sync time: a range's one rectangle, or the areas of RangeAreas. */
export type Target = () => { sheet: SheetState; rects: Rect[] } | null;

/** Every cell of a target, created where missing; refused on a protected sheet. */
export function writableCells(target: Target): CellState[] {
  const found = target();
  if (found === null) return [];
  if (found.sheet.protected)
    throw new FakeOfficeError('AccessDenied', 'You cannot perform the requested operation.');
  return found.rects.flatMap((rect) => [...positions(rect)].map(([r, c]) => found.sheet.ensureCell(r, c)));
}

/** The fill of a range or RangeAreas. */
export class FakeRangeFill extends FakeClientObject {
  constructor(
    parent: FakeClientObject,
    private readonly target: Target,
  ) {
    super(parent.context, { parent, via: 'fill' });
  }

  protected override readers(): Readers {
    return {};
  }

  set color(color: string) {
    this.set({ color });
  }

  set(properties: Partial<typeof NO_FILL>): void {
    this.change({ set: properties }, () => {
      for (const cell of writableCells(this.target)) {
        // Excel's order: a colour makes a fill solid, then a pattern may replace that.
        if (properties.color !== undefined) {
          cell.fill.color = properties.color.toUpperCase();
          if (cell.fill.pattern === 'None') cell.fill.pattern = 'Solid';
        }
        if (properties.pattern !== undefined) {
          if (properties.pattern.endsWith('Gradient'))
            throw new FakeOfficeError('InvalidArgument', 'A gradient cannot be set');
          cell.fill.pattern = properties.pattern;
        }
        if (properties.patternColor !== undefined)
          cell.fill.patternColor = properties.patternColor.toUpperCase();
        if (properties.tintAndShade !== undefined) cell.fill.tintAndShade = properties.tintAndShade;
        if (properties.patternTintAndShade !== undefined)
          cell.fill.patternTintAndShade = properties.patternTintAndShade;
      }
    });
  }

  clear(): void {
    this.change({ call: 'clear' }, () => {
      for (const cell of writableCells(this.target)) cell.fill = { ...NO_FILL };
    });
  }
}

/** The font of a range or RangeAreas. */
export class FakeRangeFont extends FakeClientObject {
  constructor(
    parent: FakeClientObject,
    private readonly target: Target,
  ) {
    super(parent.context, { parent, via: 'font' });
  }

  protected override readers(): Readers {
    return {};
  }

  set color(color: string) {
    this.set({ color });
  }

  set bold(bold: boolean) {
    this.set({ bold });
  }

  set(properties: Partial<CellState['font']>): void {
    this.change({ set: properties }, () => {
      for (const cell of writableCells(this.target)) {
        const { color, ...rest } = properties;
        Object.assign(cell.font, rest, color === undefined ? {} : { color: color.toUpperCase() });
        if (color !== undefined) delete cell.font.runColors;
      }
    });
  }
}

/** One border side of a range. */
export class FakeRangeBorder extends FakeClientObject {
  constructor(
    parent: FakeClientObject,
    private readonly target: Target,
    private readonly side: string,
  ) {
    super(parent.context, { parent, via: 'getItem', args: [side] });
  }

  protected override readers(): Readers {
    return {};
  }

  set style(style: string) {
    this.change({ set: { style } }, () => {
      for (const cell of writableCells(this.target)) cell.borders[this.side] = style;
    });
  }
}

export class FakeRangeBorders extends FakeClientObject {
  constructor(
    parent: FakeClientObject,
    private readonly target: Target,
  ) {
    super(parent.context, { parent, via: 'borders' });
  }

  protected override readers(): Readers {
    return {};
  }

  getItem(side: string): FakeRangeBorder {
    return new FakeRangeBorder(this, this.target, side);
  }
}

/** The format of a range or RangeAreas: fill, font, borders, column width, wrapping, alignment. */
export class FakeRangeFormat extends FakeClientObject {
  private fillObject?: FakeRangeFill;
  private fontObject?: FakeRangeFont;
  private bordersObject?: FakeRangeBorders;

  constructor(
    parent: FakeClientObject,
    private readonly target: Target,
  ) {
    super(parent.context, { parent, via: 'format' });
  }

  protected override readers(): Readers {
    return {};
  }

  get fill(): FakeRangeFill {
    return (this.fillObject ??= new FakeRangeFill(this, this.target));
  }

  get font(): FakeRangeFont {
    return (this.fontObject ??= new FakeRangeFont(this, this.target));
  }

  get borders(): FakeRangeBorders {
    return (this.bordersObject ??= new FakeRangeBorders(this, this.target));
  }

  set columnWidth(points: number) {
    this.change({ set: { columnWidth: points } }, () => {
      const found = this.target();
      if (found === null) return;
      for (const rect of found.rects)
        for (let c = rect.columnIndex; c < rect.columnIndex + rect.columnCount; c++)
          found.sheet.columnWidths.set(c, points);
    });
  }

  set wrapText(wrap: boolean) {
    this.change({ set: { wrapText: wrap } }, () => {
      for (const cell of writableCells(this.target)) cell.wrapText = wrap;
    });
  }

  set verticalAlignment(alignment: string) {
    this.change({ set: { verticalAlignment: alignment } }, () => {
      for (const cell of writableCells(this.target)) cell.verticalAlignment = alignment;
    });
  }
}
