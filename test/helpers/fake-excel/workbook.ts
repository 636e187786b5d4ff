import { FakeClientObject, type Readers } from './client-object';
import { FakeOfficeError } from './errors';
import type { FakeRequestContext } from './request-context';
import { parseAddress, WorkbookState, type NoteState } from './state';
import { FakeWorksheetCollection } from './worksheet';

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
  ) {
    super(parent.context, { parent, via, args: [address] });
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

export class FakeNoteCollection extends FakeClientObject {
  protected override readers(): Readers {
    return {};
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

export class FakeApplication extends FakeClientObject {
  protected override readers(): Readers {
    return {};
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.suspend('calculation');
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.suspend('screen');
  }
}

export class FakeWorkbookProtection extends FakeClientObject {
  protected override readers(): Readers {
    return { protected: () => this.context.state.structureProtected };
  }

  get protected(): boolean {
    return this.loaded('protected');
  }
}

/** The workbook of a request context. */
export class FakeWorkbook extends FakeClientObject {
  readonly worksheets = new FakeWorksheetCollection(this.context, { parent: this, via: 'worksheets' });
  readonly application = new FakeApplication(this.context, { parent: this, via: 'application' });
  readonly protection = new FakeWorkbookProtection(this.context, { parent: this, via: 'protection' });
  private notesObject?: FakeNoteCollection;

  protected override readers(): Readers {
    return {};
  }

  /** ExcelApi 1.18; on an older Office the first sync that uses it fails with ApiNotFound. */
  get notes(): FakeNoteCollection {
    if (this.notesObject === undefined) {
      this.context.requireApi(18, 'Workbook.notes');
      this.notesObject = new FakeNoteCollection(this.context, { parent: this, via: 'notes' });
    }
    return this.notesObject;
  }
}
