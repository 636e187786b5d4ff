import { FakeClientObject, type Readers } from './client-object';
import { FakeNoteCollection } from './notes';
import { FakeWorksheetCollection } from './worksheet';

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
