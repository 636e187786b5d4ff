import { officeFailure, OfficeFailure, type OfficeFailureReason } from '../../src/excel/office-failure';
import { officeWorkbook } from '../../src/excel/office-workbook';
import type { OurSheet } from '../../src/workbook/port';
import { FakeExcel } from '../helpers/fake-excel';

async function reasonOf(action: Promise<unknown>): Promise<OfficeFailureReason> {
  const error: unknown = await action.then(
    () => new Error('no failure thrown'),
    (thrown: unknown) => thrown,
  );
  if (error instanceof OfficeFailure) return error.reason;
  throw error;
}

const mark = { fill: '#FFC7CE', fontColor: '#9C0006', note: null };

describe('Office failures', () => {
  test('marking a protected sheet fails as sheet-protected', async () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: '推荐表', rows: [['甲']], protected: true });
    const port = officeWorkbook(excel.host);
    expect(
      await reasonOf(port.writeLooks([{ cell: { sheet: '推荐表', row: 1, column: 1 }, look: mark }])),
    ).toBe('sheet-protected');
  });

  test('writing our sheets into a workbook with a protected structure fails as sheet-protected', async () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: '推荐表' });
    excel.state.structureProtected = true;
    const sheet: OurSheet = { name: '报告', visibility: 'visible', heading: ['x'], columns: [], rows: [] };
    expect(await reasonOf(officeWorkbook(excel.host).replaceSheets([], [sheet]))).toBe('sheet-protected');
  });

  test('any operation while a cell is being edited fails as cell-editing', async () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: '推荐表' });
    excel.state.editing = true;
    expect(await reasonOf(officeWorkbook(excel.host).read())).toBe('cell-editing');
  });

  test('an Office below ExcelApi 1.9 fails as api-missing before anything runs', async () => {
    const excel = new FakeExcel({ apiVersion: 8 });
    expect(await reasonOf(officeWorkbook(excel.host).read())).toBe('api-missing');
    expect(excel.log.syncs).toEqual([]);
  });

  test.each([
    ['ApiNotFound', false, 'api-missing'],
    ['NotImplemented', false, 'api-missing'],
    ['InvalidOperationInCellEditMode', false, 'cell-editing'],
    ['InvalidOperation', true, 'sheet-protected'],
    ['AccessDenied', true, 'sheet-protected'],
    ['InvalidOperation', false, 'general'],
    ['GeneralException', true, 'general'],
  ] as const)('code %s (touched protected: %s) is %s', (code, touchedIsProtected, reason) => {
    const failure = officeFailure(Object.assign(new Error(code), { code }), touchedIsProtected);
    expect(failure.reason).toBe(reason);
    expect(failure.code).toBe(code);
  });

  test('an error without a code is general, and keeps its cause', () => {
    const cause = new TypeError('x is undefined');
    expect(officeFailure(cause, false)).toMatchObject({ reason: 'general', cause });
  });
});
