import fc from 'fast-check';
import { FakeExcel } from '../helpers/fake-excel';
import { WorkbookState } from '../helpers/fake-excel/state';
import { sampleExcel, sampleRows } from '../helpers/fake-pane-host';
import { standardRow } from '../helpers/grid';
import { clearExcel, excelSnapshot, markExcel, sheetNames, summariesExcel } from '../helpers/office-marks';

describe('clearMarks', () => {
  test('keeps a summary tab the officer renamed, as it keeps the others, and removes the report', async () => {
    const excel = sampleExcel();
    await summariesExcel(excel);
    await markExcel(excel);
    excel.state.sheet('汇总-按单位')!.name = '汇总-按单位（盖章版）';
    await clearExcel(excel);
    expect(sheetNames(excel)).toEqual(['推荐表', '汇总-按单位（盖章版）', '汇总-按方向', '汇总-按推荐单位']);
  });
});

describe('clearMarks after the officer renamed a marked sheet', () => {
  test('restores its cells under the new name, exactly', async () => {
    const excel = sampleExcel();
    excel.setNote('推荐表', 2, 2, '请核对单位名称');
    excel.renameSheet('推荐表', '推荐表（终稿）');
    const before = excelSnapshot(excel);
    excel.renameSheet('推荐表（终稿）', '推荐表');
    await markExcel(excel);
    excel.renameSheet('推荐表', '推荐表（终稿）');
    expect(await clearExcel(excel)).toMatchObject({ ok: true, keptChanges: 0, lost: [] });
    expect(excelSnapshot(excel)).toEqual(before);
  });
});

describe('clearMarks after the officer copied a marked sheet', () => {
  test('restores the marks of the copy too, exactly, by the record of the sheet it was copied from', async () => {
    const withNote = () => {
      const excel = sampleExcel();
      excel.setNote('推荐表', 2, 2, '请核对单位名称');
      return excel;
    };
    const untouched = withNote();
    untouched.copySheet('推荐表', '推荐表 (2)');
    const excel = withNote();
    await markExcel(excel);
    excel.copySheet('推荐表', '推荐表 (2)');
    expect(await clearExcel(excel)).toMatchObject({ ok: true, keptChanges: 0, lost: [] });
    expect(excelSnapshot(excel)).toEqual(excelSnapshot(untouched));
  });

  test("leaves a copy's cell without our note as it is: nothing says what it looked like", async () => {
    const excel = sampleExcel();
    await markExcel(excel);
    excel.copySheet('推荐表', '推荐表 (2)');
    excel.state.notes.delete(WorkbookState.noteKey('推荐表 (2)', 5, 6));
    expect(await clearExcel(excel)).toMatchObject({ ok: true, lost: [] });
    expect(excel.cell('推荐表 (2)', 6, 7)!.fill.color).toBe('#FFEB9C');
    expect(excel.cell('推荐表', 6, 7)!.fill.pattern).toBe('None');
  });
});

describe('clearMarks after the officer inserted a column', () => {
  /** The sample with a note of the officer's on the marked phone cell. */
  const noted = () => {
    const excel = sampleExcel();
    excel.setNote('推荐表', 6, 7, '已电话核实');
    return excel;
  };

  test('restores the marked cells where they moved, wherever the column went in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 9 }), async (column) => {
        const untouched = noted();
        untouched.insertColumn('推荐表', column);
        const marked = noted();
        await markExcel(marked);
        marked.insertColumn('推荐表', column);
        expect(await clearExcel(marked)).toMatchObject({ ok: true, keptChanges: 0, lost: [] });
        expect(excelSnapshot(marked)).toEqual(excelSnapshot(untouched));
      }),
      { numRuns: 12 },
    );
  });
});

describe('clearMarks on a row without unit and project, found by its marks alone', () => {
  test('finds a cell whose fill the officer repainted by our note, keeps the fill and restores the rest', async () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: '推荐表', rows: [...sampleRows(), standardRow(6, '', '', '')] });
    await markExcel(excel);
    Object.assign(excel.cell('推荐表', 7, 2)!.fill, { color: '#92D050', pattern: 'Solid' });

    expect(await clearExcel(excel)).toMatchObject({ ok: true, keptChanges: 1, lost: [] });
    expect(excel.cell('推荐表', 7, 2)!.fill).toMatchObject({ color: '#92D050', pattern: 'Solid' });
    expect(excel.cell('推荐表', 7, 2)!.font.color).toBe('#000000');
    expect(excel.note('推荐表', 7, 2)).toBeUndefined();
  });
});
