import { check } from '../../src/core/check';
import { RECORD_SHEET } from '../../src/core/our-sheets';
import { defaultProfile } from '../../src/core/profile';
import { officeWorkbook } from '../../src/excel/office-workbook';
import { NOTE_HEADER } from '../../src/workbook/note-block';
import type { FakeExcel } from '../helpers/fake-excel';
import { sampleExcel } from '../helpers/fake-pane-host';
import { clearExcel, markExcel } from '../helpers/office-marks';

/**
 * Marks of ours that no record in the workbook covers: a marked sheet copied into another workbook (移动或复制工作表),
 * whose record stayed behind, or a marked row pasted over another one.
 */

const SHEET = '推荐表';
/** The cells the sample's check marks: 甲公司's four units and row 6's phone, and the 序号 cell of each row. */
const MARKED = [
  [2, 1],
  [2, 2],
  [3, 1],
  [3, 2],
  [4, 1],
  [4, 2],
  [5, 1],
  [5, 2],
  [6, 1],
  [6, 7],
];

/** The sample, marked, with an officer's note above our block at B2 and an officer's reply below ours at G6. */
async function markedSample(): Promise<FakeExcel> {
  const excel = sampleExcel();
  excel.setNote(SHEET, 2, 2, '请核对单位名称');
  await markExcel(excel);
  const g6 = excel.note(SHEET, 6, 7)!;
  g6.content = `${g6.content}\n已电话核实，号码无误`;
  return excel;
}

/** The marked sheet as it is after 移动或复制 into another workbook: without our report and record sheets. */
function withoutOurSheets(excel: FakeExcel): FakeExcel {
  const sheets = excel.state.sheets;
  sheets.splice(0, sheets.length, ...sheets.filter((sheet) => sheet.name === SHEET));
  return excel;
}

/** The cells whose note still carries our block. */
const ourNotes = (excel: FakeExcel) =>
  [...excel.state.notes]
    .filter(([, note]) => note.content.includes(NOTE_HEADER))
    .map(([key]) => key)
    .sort();

const markFilled = (excel: FakeExcel) =>
  MARKED.filter(([row, column]) => excel.cell(SHEET, row!, column!)!.fill.pattern !== 'None');

const cellsOf = (cells: { sheet: string; row: number; column: number }[]) =>
  cells.map(({ sheet, row, column }) => [sheet, row, column]);

describe('a marked sheet copied without our record', () => {
  test('is checked as carrying marks', async () => {
    const excel = withoutOurSheets(await markedSample());
    expect(excel.state.sheet(RECORD_SHEET)).toBeUndefined();
    const checked = check(await officeWorkbook(excel.host).read(), { profile: defaultProfile() });
    expect(checked.ok && checked.result.marksPresent).toBe(true);
  });

  test("is cleared: our notes go, the officer's words above and below them stay, every such cell is listed", async () => {
    const excel = withoutOurSheets(await markedSample());
    const cleared = await clearExcel(excel);
    expect(cleared).toMatchObject({ ok: true, restored: 0, lost: [] });
    expect(cleared.ok && cellsOf(cleared.unrecorded)).toEqual(
      MARKED.map(([row, column]) => [SHEET, row, column]),
    );
    expect(ourNotes(excel)).toEqual([]);
    expect(excel.note(SHEET, 2, 2)?.content).toBe('请核对单位名称');
    expect(excel.note(SHEET, 6, 7)?.content).toBe('已电话核实，号码无误');
    expect(excel.note(SHEET, 2, 1)).toBeUndefined();
    // No record says what the fills were: our mark's fill is taken away, and the cells are listed to be checked.
    expect(markFilled(excel)).toEqual([]);
  });

  test('is marked again without its stale marks: a fixed row keeps none, and clearing then leaves none', async () => {
    const excel = withoutOurSheets(await markedSample());
    excel.cell(SHEET, 6, 7)!.value = '13912345678';
    const marked = await markExcel(excel);
    expect(cellsOf(marked.unrecorded)).toEqual(MARKED.map(([row, column]) => [SHEET, row, column]));
    expect(excel.cell(SHEET, 6, 7)!.fill.pattern).toBe('None');
    expect(excel.note(SHEET, 6, 7)?.content).toBe('已电话核实，号码无误');
    expect(excel.note(SHEET, 6, 1)).toBeUndefined();
    expect(await clearExcel(excel)).toMatchObject({ ok: true, keptChanges: 0, lost: [], unrecorded: [] });
    expect(ourNotes(excel)).toEqual([]);
    expect(markFilled(excel)).toEqual([]);
  });
});

describe('a marked row pasted over another row', () => {
  /** Row 6's marked cells, look and note, pasted over row 7, where the officer then types a new project. */
  async function pasted(): Promise<FakeExcel> {
    const excel = await markedSample();
    const sheet = excel.state.sheet(SHEET)!;
    for (const column of [1, 7]) {
      sheet.cells.set(6 * 16384 + column - 1, structuredClone(excel.cell(SHEET, 6, column)!));
      excel.setNote(SHEET, 7, column, excel.note(SHEET, 6, column)!.content);
    }
    excel.cell(SHEET, 7, 1)!.value = 6;
    return excel;
  }

  test('is cleared with the recorded marks, and listed', async () => {
    const excel = await pasted();
    const cleared = await clearExcel(excel);
    // The officer's reply below our note on G6 is the one change by hand.
    expect(cleared).toMatchObject({ ok: true, keptChanges: 1, lost: [] });
    expect(cleared.ok && cellsOf(cleared.unrecorded)).toEqual([
      [SHEET, 7, 1],
      [SHEET, 7, 7],
    ]);
    expect(ourNotes(excel)).toEqual([]);
    expect(excel.cell(SHEET, 7, 7)!.fill.pattern).toBe('None');
    expect(excel.note(SHEET, 7, 7)?.content).toBe('已电话核实，号码无误');
  });
});
