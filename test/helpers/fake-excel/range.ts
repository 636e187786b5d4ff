import { FakeClientObject, FakeClientResult, type Readers } from './client-object';
import { FakeOfficeError, notLoaded } from './errors';
import { FakeRangeFormat, writableCells, type Target } from './range-format';
import { emptyCell, type CellState, type Rect, type SheetState } from './state';

/** Excel's documented limit: getMergedAreasOrNullObject fails on a range with more than 512 merged areas. */
const MERGED_AREAS_LIMIT = 512;
/** Excel refuses address strings of 8,192 characters or more. */
export const ADDRESS_LIMIT = 8192;

type Located = { sheet: SheetState; rect: Rect } | null;

/** What a cell holds once a value is written, as Excel parses typed input: under Text (`@`) a string stays text. */
function writeValue(cell: CellState, value: unknown): void {
  delete cell.formula;
  delete cell.error;
  delete cell.text;
  if (typeof value !== 'string' || cell.numberFormat === '@' || value === '') {
    cell.value = value as CellState['value'];
    return;
  }
  if (/^[+-]?\d+(?:\.\d+)?$/u.test(value)) {
    cell.value = Number(value);
    return;
  }
  if (/^[=+\-@]./u.test(value)) {
    cell.formula = value.startsWith('=') ? value : `=${value}`;
    const link = /^=HYPERLINK\("(?:[^"]|"")*","((?:[^"]|"")*)"\)$/u.exec(cell.formula);
    cell.value = link === null ? '#NAME?' : link[1]!.replaceAll('""', '"');
    if (link === null) cell.error = true;
    return;
  }
  cell.value = value;
}

const valueType = (cell: CellState | undefined): string => {
  if (cell === undefined || cell.value === '') return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  return typeof cell.value === 'boolean' ? 'Boolean' : 'String';
};

const cellText = (cell: CellState | undefined): string => {
  if (cell === undefined) return '';
  if (cell.text !== undefined) return cell.text;
  return typeof cell.value === 'boolean' ? (cell.value ? 'TRUE' : 'FALSE') : String(cell.value);
};

/** Visible rows × visible columns of a rectangle, as maximal blocks. */
function visibleAreas(sheet: SheetState, rect: Rect): Rect[] {
  const runs = (start: number, count: number, hidden: Set<number>) => {
    const found: [number, number][] = [];
    for (let i = start; i < start + count; i++) {
      if (hidden.has(i)) continue;
      const last = found.at(-1);
      if (last !== undefined && last[0] + last[1] === i) last[1]++;
      else found.push([i, 1]);
    }
    return found;
  };
  return runs(rect.rowIndex, rect.rowCount, sheet.hiddenRows).flatMap(([rowIndex, rowCount]) =>
    runs(rect.columnIndex, rect.columnCount, sheet.hiddenColumns).map(([columnIndex, columnCount]) => ({
      rowIndex,
      rowCount,
      columnIndex,
      columnCount,
    })),
  );
}

/** A range: a rectangle of one sheet, located at sync time. */
export class FakeRange extends FakeClientObject {
  private formatObject?: FakeRangeFormat;

  constructor(
    parent: FakeClientObject,
    via: string,
    args: unknown[],
    private readonly locate: () => Located,
    fromResponse = false,
  ) {
    super(parent.context, { parent, via, args, fromResponse });
  }

  protected override exists(): boolean {
    return this.locate() !== null;
  }

  /** The rectangle, at sync time. */
  rect(): Rect {
    return this.locate()!.rect;
  }

  private grid<T>(read: (cell: CellState | undefined) => T): T[][] {
    const { sheet, rect } = this.locate()!;
    return Array.from({ length: rect.rowCount }, (_, r) =>
      Array.from({ length: rect.columnCount }, (_, c) =>
        read(sheet.cell(rect.rowIndex + r, rect.columnIndex + c)),
      ),
    );
  }

  protected override readers(): Readers {
    const rect = () => this.locate()!.rect;
    return {
      values: () => this.grid((cell) => cell?.value ?? ''),
      text: () => this.grid(cellText),
      valueTypes: () => this.grid(valueType),
      numberFormat: () => this.grid((cell) => cell?.numberFormat ?? 'General'),
      rowIndex: () => rect().rowIndex,
      columnIndex: () => rect().columnIndex,
      rowCount: () => rect().rowCount,
      columnCount: () => rect().columnCount,
    };
  }

  get values(): unknown[][] {
    return this.loaded('values');
  }
  set values(values: unknown[][]) {
    this.writeGrid('values', values, writeValue);
  }
  get text(): string[][] {
    return this.loaded('text');
  }
  get valueTypes(): string[][] {
    return this.loaded('valueTypes');
  }
  get numberFormat(): string[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(formats: string[][]) {
    this.writeGrid('numberFormat', formats, (cell, format) => (cell.numberFormat = format as string));
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }

  /** Writes a 2D array (or one value for every cell) cell by cell; the dimensions must match, as in Excel. */
  private writeGrid(name: string, grid: unknown[][], write: (cell: CellState, value: unknown) => void): void {
    this.change({ set: { [name]: grid } }, () => {
      const { sheet, rect } = this.locate()!;
      const cells = writableCells(() => ({ sheet, rects: [rect] }));
      if (
        Array.isArray(grid) &&
        (grid.length !== rect.rowCount || grid.some((row) => row.length !== rect.columnCount))
      )
        throw new FakeOfficeError('InvalidArgument', `${name} does not match the range's dimensions`);
      cells.forEach((cell, i) =>
        write(
          cell,
          Array.isArray(grid) ? grid[Math.floor(i / rect.columnCount)]![i % rect.columnCount] : grid,
        ),
      );
    });
  }

  get format(): FakeRangeFormat {
    return (this.formatObject ??= new FakeRangeFormat(this, this.target));
  }

  private readonly target: Target = () => {
    const found = this.locate();
    return found === null ? null : { sheet: found.sheet, rects: [found.rect] };
  };

  getCellProperties(options: {
    format?: { fill?: Record<string, boolean>; font?: Record<string, boolean> };
  }) {
    return new FakeClientResult(this.context, { on: this.id, call: 'getCellProperties', options }, () =>
      this.grid((cell = emptyCell()) => {
        const pick = (from: object, wanted: Record<string, boolean> = {}) =>
          Object.fromEntries(Object.entries(from).filter(([name]) => wanted[name]));
        return {
          format: {
            fill: pick(cell.fill, options.format?.fill),
            font: pick(
              { ...cell.font, ...(cell.font.runColors === undefined ? {} : { color: null }) },
              options.format?.font,
            ),
          },
        };
      }),
    );
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.requireApi(13, 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this, 'getMergedAreasOrNullObject', [], () => {
      const { sheet, rect } = this.locate()!;
      // Only merges whose top-left cell is in the range (OfficeDev/office-js#3611).
      const merges = sheet.mergesStartingIn(rect);
      if (merges.length > MERGED_AREAS_LIMIT)
        throw new FakeOfficeError('GeneralException', 'More than 512 merged areas');
      return merges.length === 0 ? null : { sheet, rects: merges };
    });
  }

  getSpecialCellsOrNullObject(type: string): FakeRangeAreas {
    if (type !== 'Visible') throw new Error(`fake-excel: special cells ${type} not modelled`);
    return new FakeRangeAreas(this, 'getSpecialCellsOrNullObject', [type], () => {
      const { sheet, rect } = this.locate()!;
      const areas = visibleAreas(sheet, rect);
      return areas.length === 0 ? null : { sheet, rects: areas };
    });
  }

  select(): void {
    this.change({ call: 'select' }, () => {
      const { sheet, rect } = this.locate()!;
      this.context.state.selection = {
        sheet: sheet.name,
        rowIndex: rect.rowIndex,
        columnIndex: rect.columnIndex,
      };
    });
  }
}

/** A collection of rectangular ranges, such as the areas of RangeAreas. */
export class FakeRangeCollection extends FakeClientObject {
  private loadedItems: FakeRange[] | undefined;

  constructor(
    parent: FakeClientObject,
    private readonly target: Target,
  ) {
    super(parent.context, { parent, via: 'areas' });
  }

  protected override readers(): Readers {
    return {};
  }

  override load(names?: string | string[]): this {
    const select = typeof names === 'string' ? names.split(',') : (names ?? []);
    this.context.enqueue({ load: this.id, select }, () => {
      const found = this.target();
      this.loadedItems = (found?.rects ?? []).map(
        (rect, i) => new FakeRange(this, 'getItemAt', [i], () => ({ sheet: found!.sheet, rect }), true),
      );
      return this.loadedItems.map((item) =>
        item.snapshotNow(select.map((name) => name.replace(/^items\//u, '').trim())),
      );
    });
    return this;
  }

  get items(): FakeRange[] {
    if (this.loadedItems === undefined) throw notLoaded('items');
    return this.loadedItems;
  }
}

/** RangeAreas: rectangles of one sheet, from an address list, merged areas or special cells. */
export class FakeRangeAreas extends FakeClientObject {
  private formatObject?: FakeRangeFormat;
  private areasObject?: FakeRangeCollection;

  constructor(
    parent: FakeClientObject,
    via: string,
    args: unknown[],
    private readonly target: Target,
  ) {
    super(parent.context, { parent, via, args });
  }

  protected override exists(): boolean {
    return this.target() !== null;
  }

  protected override readers(): Readers {
    return { areaCount: () => this.target()!.rects.length };
  }

  get areaCount(): number {
    return this.loaded('areaCount');
  }

  get areas(): FakeRangeCollection {
    return (this.areasObject ??= new FakeRangeCollection(this, this.target));
  }

  get format(): FakeRangeFormat {
    return (this.formatObject ??= new FakeRangeFormat(this, this.target));
  }
}
