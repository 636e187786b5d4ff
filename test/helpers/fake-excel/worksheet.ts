import { FakeClientObject, itemProperties, type Readers } from './client-object';
import { FakeOfficeError, notLoaded } from './errors';
import { FakeNoteCollection } from './notes';
import { ADDRESS_LIMIT, FakeRange, FakeRangeAreas } from './range';
import { parseAddress, SheetState } from './state';

const accessDenied = () => new FakeOfficeError('AccessDenied', 'You cannot perform the requested operation.');

/** A part of a worksheet with a few properties and methods of its own. */
abstract class FakeSheetPart extends FakeClientObject {
  constructor(
    protected readonly worksheet: FakeWorksheet,
    via: string,
  ) {
    super(worksheet.context, { parent: worksheet, via });
  }

  protected override readers(): Readers {
    return {};
  }
}

export class FakeWorksheetProtection extends FakeSheetPart {
  protected override readers(): Readers {
    return { protected: () => this.worksheet.state().protected };
  }
  get protected(): boolean {
    return this.loaded('protected');
  }
}

export class FakeFreezePanes extends FakeSheetPart {
  freezeRows(count: number): void {
    this.change({ call: 'freezeRows', args: [count] }, () => (this.worksheet.state().frozenRows = count));
  }
}

export class FakeAutoFilter extends FakeSheetPart {
  apply(range: FakeRange): void {
    this.change(
      { call: 'apply', args: [range.id] },
      () => (this.worksheet.state().autoFilter = range.rect()),
    );
  }
}

export class FakePageLayout extends FakeSheetPart {
  private setLayout(name: string, value: unknown): void {
    this.change({ set: { [name]: value } }, () => (this.worksheet.state().pageLayout[name] = value));
  }
  set orientation(value: string) {
    this.setLayout('orientation', value);
  }
  set paperSize(value: string) {
    this.setLayout('paperSize', value);
  }
  set zoom(value: object) {
    this.setLayout('zoom', value);
  }
  setPrintTitleRows(rows: string): void {
    this.setLayout('printTitleRows', rows);
  }
  get headersFooters(): { defaultForAllPages: { centerFooter: string } } {
    const set = (footer: string) => this.setLayout('centerFooter', footer);
    return {
      defaultForAllPages: {
        set centerFooter(footer: string) {
          set(footer);
        },
      },
    };
  }
}

/** A worksheet, found by `find` at sync time; `orNull` makes a missing one a null object instead of an error. */
export class FakeWorksheet extends FakeClientObject {
  private parts: Partial<{
    protection: FakeWorksheetProtection;
    freezePanes: FakeFreezePanes;
    autoFilter: FakeAutoFilter;
    pageLayout: FakePageLayout;
    notes: FakeNoteCollection;
  }> = {};

  constructor(
    parent: FakeClientObject,
    via: string,
    args: unknown[],
    private readonly find: () => SheetState | undefined,
    private readonly orNull = false,
    fromResponse = false,
  ) {
    super(parent.context, { parent, via, args, fromResponse });
  }

  /** The sheet's state; a missing sheet is ItemNotFound. */
  state(): SheetState {
    const sheet = this.find();
    if (sheet === undefined)
      throw new FakeOfficeError('ItemNotFound', `No sheet for ${JSON.stringify(this.id)}`);
    return sheet;
  }

  protected override exists(): boolean {
    return this.orNull ? this.find() !== undefined : (this.state(), true);
  }

  protected override readers(): Readers {
    return {
      name: () => this.state().name,
      visibility: () => this.state().visibility,
    };
  }

  protected override navigation(): Record<string, FakeClientObject> {
    return { protection: this.protection };
  }

  get name(): string {
    return this.loaded('name');
  }
  get visibility(): string {
    return this.loaded('visibility');
  }
  set visibility(visibility: SheetState['visibility']) {
    this.change({ set: { visibility } }, () => (this.state().visibility = visibility));
  }

  get protection(): FakeWorksheetProtection {
    return (this.parts.protection ??= new FakeWorksheetProtection(this, 'protection'));
  }
  get freezePanes(): FakeFreezePanes {
    return (this.parts.freezePanes ??= new FakeFreezePanes(this, 'freezePanes'));
  }
  get autoFilter(): FakeAutoFilter {
    return (this.parts.autoFilter ??= new FakeAutoFilter(this, 'autoFilter'));
  }
  get pageLayout(): FakePageLayout {
    return (this.parts.pageLayout ??= new FakePageLayout(this, 'pageLayout'));
  }
  /** ExcelApi 1.18; on an older Office the first sync that uses it fails with ApiNotFound. */
  get notes(): FakeNoteCollection {
    if (this.parts.notes === undefined) {
      this.context.requireApi(18, 'Worksheet.notes');
      this.parts.notes = new FakeNoteCollection(
        this.context,
        { parent: this, via: 'notes' },
        () => this.state().name,
      );
    }
    return this.parts.notes;
  }

  getRangeByIndexes(rowIndex: number, columnIndex: number, rowCount: number, columnCount: number): FakeRange {
    const rect = { rowIndex, columnIndex, rowCount, columnCount };
    return new FakeRange(this, 'getRangeByIndexes', Object.values(rect), () => ({
      sheet: this.state(),
      rect,
    }));
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this, 'getRange', [address], () => ({
      sheet: this.state(),
      rect: parseAddress(address).rect,
    }));
  }

  getRanges(address: string): FakeRangeAreas {
    this.context.log.addressLengths.push(address.length);
    return new FakeRangeAreas(this, 'getRanges', [address], () => {
      if (address.length >= ADDRESS_LIMIT) throw new FakeOfficeError('InvalidArgument', 'Address too long');
      return { sheet: this.state(), rects: address.split(',').map((part) => parseAddress(part).rect) };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this, 'getUsedRangeOrNullObject', [valuesOnly], () => {
      const sheet = this.state();
      const rect = sheet.usedRect(valuesOnly);
      return rect === null ? null : { sheet, rect };
    });
  }

  activate(): void {
    this.change({ call: 'activate' }, () => {
      const sheet = this.state();
      if (sheet.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', 'Cannot activate a hidden sheet');
      this.context.state.activeSheet = sheet.name;
    });
  }

  delete(): void {
    this.change({ call: 'delete' }, () => {
      const sheet = this.state();
      if (this.context.state.structureProtected) throw accessDenied();
      // Worksheet.delete's documentation: a very hidden sheet can't be deleted.
      if (sheet.visibility === 'VeryHidden')
        throw new FakeOfficeError('InvalidOperation', 'Sheet is very hidden');
      const sheets = this.context.state.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
    });
  }
}

export class FakeWorksheetCollection extends FakeClientObject {
  private loadedItems: FakeWorksheet[] | undefined;

  protected override readers(): Readers {
    return {};
  }

  override load(names?: string | string[]): this {
    const select = itemProperties(names);
    this.context.enqueue({ load: this.id, select }, () => {
      this.loadedItems = this.context.state.sheets.map(
        (sheet) =>
          new FakeWorksheet(
            this,
            'items',
            [],
            () => (this.context.state.sheets.includes(sheet) ? sheet : undefined),
            false,
            true,
          ),
      );
      return this.loadedItems.map((item) => item.snapshotNow(select));
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (this.loadedItems === undefined) throw notLoaded('items');
    return this.loadedItems;
  }

  private byName(name: string) {
    return () => this.context.state.sheet(name);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this, 'getItem', [name], this.byName(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this, 'getItemOrNullObject', [name], this.byName(name), true);
  }

  /** Adds a sheet after the last one, as Excel does. */
  add(name: string): FakeWorksheet {
    this.change({ call: 'add', args: [name] }, () => {
      const state = this.context.state;
      if (state.structureProtected) throw accessDenied();
      if (state.sheet(name) !== undefined) throw new FakeOfficeError('ItemAlreadyExists', name);
      state.sheets.push(new SheetState(name));
    });
    return new FakeWorksheet(this, 'add', [name], this.byName(name));
  }
}
