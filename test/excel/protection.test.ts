import { OfficeFailure } from '../../src/excel/office-failure';
import { FakeExcel } from '../helpers/fake-excel';
import { sampleRows } from '../helpers/fake-pane-host';
import { clearExcel, excelSnapshot, markExcel } from '../helpers/office-marks';

/** Two recommendation sheets, each with findings, the second of them protected when asked. */
function twoSheets(protectSecond: boolean): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet({ name: '推荐表', rows: sampleRows() });
  excel.addSheet({ name: '补充推荐', rows: sampleRows(), protected: protectSecond });
  return excel;
}

const reasonOf = (error: unknown) => (error instanceof OfficeFailure ? error.reason : error);

describe('protection: marking and clearing change nothing rather than stop half-way', () => {
  test('a protected sheet among those to mark: no sheet is marked, no report or record is added', async () => {
    const excel = twoSheets(true);
    const before = excelSnapshot(excel);
    expect(reasonOf(await markExcel(excel).catch((error: unknown) => error))).toBe('sheet-protected');
    expect(excelSnapshot(excel)).toEqual(before);
  });

  test("a protected workbook structure: no cell is marked, since the record of the marks can't be added", async () => {
    const excel = twoSheets(false);
    excel.state.structureProtected = true;
    const before = excelSnapshot(excel);
    expect(reasonOf(await markExcel(excel).catch((error: unknown) => error))).toBe('sheet-protected');
    expect(excelSnapshot(excel)).toEqual(before);
  });

  test('checking again after a sheet was protected leaves the earlier marks and their record as they were', async () => {
    const excel = twoSheets(false);
    await markExcel(excel);
    excel.state.sheet('补充推荐')!.protected = true;
    const marked = excelSnapshot(excel);
    expect(reasonOf(await markExcel(excel).catch((error: unknown) => error))).toBe('sheet-protected');
    expect(excelSnapshot(excel)).toEqual(marked);
  });

  test('clearing under a protected structure restores nothing, so that clearing after unprotecting restores all', async () => {
    const excel = twoSheets(false);
    const before = excelSnapshot(excel);
    await markExcel(excel);
    excel.state.structureProtected = true;
    const marked = excelSnapshot(excel);
    expect(reasonOf(await clearExcel(excel).catch((error: unknown) => error))).toBe('sheet-protected');
    expect(excelSnapshot(excel)).toEqual(marked);

    excel.state.structureProtected = false;
    expect(await clearExcel(excel)).toMatchObject({ ok: true, keptChanges: 0, lost: [] });
    expect(excelSnapshot(excel)).toEqual(before);
  });

  test('clearing with a marked sheet the officer renamed and then protected restores nothing on any sheet', async () => {
    const excel = twoSheets(false);
    await markExcel(excel);
    excel.renameSheet('补充推荐', '补充推荐（终稿）');
    excel.state.sheet('补充推荐（终稿）')!.protected = true;
    const marked = excelSnapshot(excel);
    expect(reasonOf(await clearExcel(excel).catch((error: unknown) => error))).toBe('sheet-protected');
    expect(excelSnapshot(excel)).toEqual(marked);
  });
});
