import { OfficeFailure } from '../../src/excel/office-failure';
import { officeWorkbook } from '../../src/excel/office-workbook';
import type { WorkbookPort } from '../../src/workbook/port';
import { FakeExcel } from '../helpers/fake-excel';
import { sampleExcel, sampleRows } from '../helpers/fake-pane-host';
import { validUscc } from '../helpers/uscc';
import { HEADER, standardRow } from '../helpers/grid';
import { writeTexts } from '../../src/i18n/write-texts';
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

describe('markWorkbook’s report sheet', () => {
  const { marksNotice, noMarksNotice } = writeTexts('zh-CN').report;
  /** The report sheet's heading as one text, whatever lines it was folded into. */
  const reportHeading = (excel: FakeExcel) =>
    Array.from({ length: 12 }, (_, r) => String(excel.cell('校验报告', r + 1, 1)?.value ?? '')).join('');

  test('of a check that marks cells, says that their fills print and must be cleared', async () => {
    const excel = sampleExcel();
    await markExcel(excel);
    expect(reportHeading(excel)).toContain(marksNotice);
  });

  test('of a check that finds nothing, says that no cell is marked and that the report sheet must go', async () => {
    const excel = new FakeExcel();
    excel.addSheet({
      name: '推荐表',
      rows: [HEADER, standardRow(1, '甲科技有限公司', validUscc(1), '智能传感器平台')],
    });
    expect(await markExcel(excel)).toMatchObject({ marked: 0 });
    expect(reportHeading(excel)).toContain(noMarksNotice('校验报告'));
    expect(reportHeading(excel)).not.toContain(marksNotice);
  });

  test('of a check that finds nothing after the officer fixed an earlier check’s finding, likewise', async () => {
    const excel = new FakeExcel();
    excel.addSheet({
      name: '推荐表',
      rows: [HEADER, standardRow(1, '甲科技有限公司', validUscc(1), '智能传感器平台', '12345')],
    });
    expect((await markExcel(excel)).marked).toBeGreaterThan(0);
    excel.cell('推荐表', 2, 7)!.value = '13912345678';
    expect(await markExcel(excel)).toMatchObject({ marked: 0, lostEarlier: [] });
    expect(reportHeading(excel)).toContain(noMarksNotice('校验报告'));
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
