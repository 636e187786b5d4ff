import { columnLetter } from '../../../src/core/column-letter';
import { FakeClientObject, itemProperties, type Readers } from './client-object';
import { FakeOfficeError, notLoaded } from './errors';
import { FakeRange } from './range';
import type { FakeRequestContext } from './request-context';
import { parseAddress, WorkbookState, type NoteState } from './state';

/** The legacy note at a cell address with its sheet (`'Sheet1'!B7`). */
function noteKey(address: string): string {
  const { sheet, rect } = parseAddress(address);
  if (sheet === undefined)
    throw new FakeOfficeError('InvalidArgument', `A note's address needs its sheet: ${address}`);
  return WorkbookState.noteKey(sheet, rect.rowIndex, rect.columnIndex);
}

export class FakeNote extends FakeClientObject {
  constructor(
    parent: FakeClientObject,
    via: string,
    private readonly address: string,
    private readonly orNull: boolean,
    fromResponse = false,
  ) {
    super(parent.context, { parent, via, args: [address], fromResponse });
  }

  private note(): NoteState | undefined {
    return this.context.state.notes.get(noteKey(this.address));
  }

  private requireNote(): NoteState {
    const note = this.note();
    if (note === undefined) throw new FakeOfficeError('ItemNotFound', `No note at ${this.address}`);
    return note;
  }

  protected override exists(): boolean {
    return this.orNull ? this.note() !== undefined : (this.requireNote(), true);
  }

  protected override readers(): Readers {
    return { content: () => this.requireNote().content, authorName: () => this.requireNote().author };
  }

  get content(): string {
    return this.loaded('content');
  }
  set content(content: string) {
    this.change({ set: { content } }, () => {
      guardSheet(this.context, this.address);
      this.requireNote().content = content;
    });
  }
  get authorName(): string {
    return this.loaded('authorName');
  }

  /** The note's cell. */
  getLocation(): FakeRange {
    return new FakeRange(this, 'getLocation', [], () => {
      this.requireNote();
      const { sheet, rect } = parseAddress(this.address);
      return { sheet: this.context.state.sheet(sheet!)!, rect };
    });
  }

  delete(): void {
    this.change({ call: 'delete' }, () => {
      guardSheet(this.context, this.address);
      this.context.state.notes.delete(noteKey(this.address));
    });
  }
}

/** Notes can't change on a protected sheet. */
function guardSheet(context: FakeRequestContext, address: string): void {
  if (context.state.sheet(parseAddress(address).sheet!)?.protected)
    throw new FakeOfficeError('AccessDenied', 'You cannot perform the requested operation.');
}

/** `'Sheet'!B7` for a note's key. */
function keyAddress(key: string): string {
  const [sheet, row, column] = JSON.parse(key) as [string, number, number];
  return `'${sheet.replaceAll("'", "''")}'!${columnLetter(column + 1)}${row + 1}`;
}

/** The workbook's notes, or one sheet's (Worksheet.notes) when `sheet` names it at sync time. */
export class FakeNoteCollection extends FakeClientObject {
  private loadedItems: FakeNote[] | undefined;

  constructor(
    context: FakeRequestContext,
    path: { parent: FakeClientObject; via: string },
    private readonly sheet?: () => string,
  ) {
    super(context, path);
  }

  protected override readers(): Readers {
    return {};
  }

  override load(names?: string | string[]): this {
    const select = itemProperties(names);
    this.context.enqueue({ load: this.id, select }, () => {
      const of = this.sheet?.();
      this.loadedItems = [...this.context.state.notes.keys()]
        .filter((key) => of === undefined || (JSON.parse(key) as [string])[0] === of)
        .map((key) => new FakeNote(this, 'items', keyAddress(key), false, true));
      return this.loadedItems.map((item) => item.snapshotNow(select));
    });
    return this;
  }

  get items(): FakeNote[] {
    if (this.loadedItems === undefined) throw notLoaded('items');
    return this.loadedItems;
  }

  getItem(address: string): FakeNote {
    return new FakeNote(this, 'getItem', address, false);
  }

  getItemOrNullObject(address: string): FakeNote {
    return new FakeNote(this, 'getItemOrNullObject', address, true);
  }

  add(address: string, content: string): FakeNote {
    this.change({ call: 'add', args: [address, content] }, () => {
      guardSheet(this.context, address);
      const key = noteKey(address);
      if (this.context.state.notes.has(key))
        throw new FakeOfficeError('InvalidArgument', `A note exists at ${address}`);
      this.context.state.notes.set(key, { content, author: 'add-in' });
    });
    return new FakeNote(this, 'add', address, false);
  }
}
