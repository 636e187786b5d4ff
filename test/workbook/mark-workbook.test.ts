import { FakeExcel } from '../helpers/fake-excel';
import { sampleRows } from '../helpers/fake-pane-host';
import { standardRow } from '../helpers/grid';
import { clearExcel, excelSnapshot, markExcel } from '../helpers/office-marks';

/**
 * The sample sheet on an Office without legacy notes (ExcelApi 1.17, as Office 2021), with a row 7 that has
 * neither unit nor project: its marks have no row key, so clearing finds them by their look alone.
 */
function withoutNotes(): FakeExcel {
  const excel = new FakeExcel({ apiVersion: 17 });
  excel.addSheet({ name: '推荐表', rows: [...sampleRows(), standardRow(6, '', '', '')] });
  return excel;
}

describe('markWorkbook on a host without notes', () => {
  test('clearing finds every mark, restores the workbook exactly and reports no change by hand', async () => {
    const excel = withoutNotes();
    const before = excelSnapshot(excel);
    const { marked } = await markExcel(excel);
    const cleared = await clearExcel(excel);
    expect(cleared).toMatchObject({ ok: true, restored: marked, keptChanges: 0, lost: [] });
    expect(excelSnapshot(excel)).toEqual(before);
  });

  test('a fill the officer changed after the check is the one change reported, and kept', async () => {
    const excel = withoutNotes();
    await markExcel(excel);
    Object.assign(excel.cell('推荐表', 2, 2)!.fill, { color: '#92D050', pattern: 'Solid' });
    expect(await clearExcel(excel)).toMatchObject({ ok: true, keptChanges: 1, lost: [] });
    expect(excel.cell('推荐表', 2, 2)!.fill).toMatchObject({ color: '#92D050', pattern: 'Solid' });
  });
});
