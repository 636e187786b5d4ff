import { OfficeFailure } from '../../src/excel/office-failure';
import { officeWorkbook } from '../../src/excel/office-workbook';
import type { WorkbookPort } from '../../src/workbook/port';
import { FakeExcel } from '../helpers/fake-excel';
import { sampleExcel, sampleRows } from '../helpers/fake-pane-host';
import { standardRow } from '../helpers/grid';
import { clearExcel, excelSnapshot, markExcel, sheetNames, summariesExcel } from '../helpers/office-marks';

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

describe('markWorkbook and our sheets', () => {
  test('checking again keeps a summary tab the officer renamed, and replaces the report', async () => {
    const excel = sampleExcel();
    await summariesExcel(excel);
    await markExcel(excel);
    excel.state.sheet('汇总-按方向')!.name = '方向汇总';
    await markExcel(excel);
    expect(sheetNames(excel)).toEqual([
      '推荐表',
      '汇总-按单位',
      '方向汇总',
      '汇总-按推荐单位',
      '校验报告',
      'quota-check-marks',
    ]);
  });
});

describe('markWorkbook stopped half-way', () => {
  test('by a failure while writing the marks: 清除标记 finds them in the record and restores the workbook', async () => {
    const excel = sampleExcel();
    excel.setNote('推荐表', 2, 2, '请核对单位名称');
    const before = excelSnapshot(excel);
    const port = officeWorkbook(excel.host);
    // Excel gives up after writing half of the marks (a GeneralException, a connection lost on the web…).
    const failing: WorkbookPort = {
      ...port,
      writeLooks: async (changes) => {
        await port.writeLooks(changes.slice(0, Math.ceil(changes.length / 2)));
        throw new OfficeFailure('general', 'GeneralException');
      },
    };
    await expect(markExcel(excel, failing)).rejects.toThrow(OfficeFailure);
    expect(excelSnapshot(excel)).not.toEqual(before);

    expect(await clearExcel(excel)).toMatchObject({ ok: true, keptChanges: 0, lost: [] });
    expect(excelSnapshot(excel)).toEqual(before);
  });
});
