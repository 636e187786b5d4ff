import type { Workbook } from 'exceljs';
import type { WorkbookGrid } from '../core/grid';
import type { CellLook, CellRef, LookChange, OurSheet, WorkbookPort } from '../workbook/port';
import { LookStyles, readLook, writeLook } from './cell-look';
import { packageParts, type PackagePart } from './package-parts';
import { workbookGrid } from './read-workbook';
import { writeOurSheet } from './write-our-sheet';

/** The workbook port over an .xlsx file loaded in memory with ExcelJS (the CLI and the offline page). */
export class XlsxWorkbook implements WorkbookPort {
  private readonly styles = new LookStyles();

  constructor(readonly workbook: Workbook) {}

  private cell({ sheet, row, column }: CellRef) {
    const worksheet = this.workbook.getWorksheet(sheet);
    if (!worksheet) throw new Error(`No sheet named ${sheet}`);
    return worksheet.getCell(row, column);
  }

  read(): Promise<WorkbookGrid> {
    return Promise.resolve(workbookGrid(this.workbook));
  }

  readLooks(cells: readonly CellRef[]): Promise<CellLook[]> {
    return Promise.resolve(cells.map((cell) => readLook(this.cell(cell))));
  }

  writeLooks(changes: readonly LookChange[]): Promise<void> {
    for (const { cell, look } of changes) writeLook(this.cell(cell), look, this.styles);
    return Promise.resolve();
  }

  keepsNotes(): boolean {
    return true;
  }

  replaceSheets(remove: readonly string[], write: readonly OurSheet[]): Promise<void> {
    for (const name of [...remove, ...write.map((sheet) => sheet.name)]) {
      const worksheet = this.workbook.getWorksheet(name);
      if (worksheet) this.workbook.removeWorksheet(worksheet.id);
    }
    for (const sheet of write) writeOurSheet(this.workbook, sheet);
    return Promise.resolve();
  }

  /** ExcelJS writes a protected sheet as any other: the copy keeps the protection, and the officer's file is not touched. */
  ensureWritable(): Promise<void> {
    return Promise.resolve();
  }

  /**
   * The workbook as .xlsx bytes. A host that zips faster than ExcelJS (through JSZip, in JavaScript) passes its own
   * `zip`, which gets the package's parts as ExcelJS renders them.
   */
  async save(zip?: (parts: PackagePart[]) => Promise<Uint8Array>): Promise<Uint8Array> {
    if (zip) return zip(await packageParts(this.workbook));
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }
}
