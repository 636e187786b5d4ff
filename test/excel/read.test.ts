import { OUR_SIGNATURE, RECORD_SHEET } from '../../src/core/our-sheets';
import { officeWorkbook } from '../../src/excel/office-workbook';
import { NOTE_HEADER } from '../../src/workbook/note-block';
import { FakeExcel } from '../helpers/fake-excel';

describe('officeWorkbook.read', () => {
  test('gives values, text, errors and dates with the meaning of the .xlsx reader', async () => {
    const excel = new FakeExcel();
    excel.addSheet({
      name: '推荐表',
      rows: [
        ['序号', '申报单位', '统一社会信用代码', '成立日期', '备注'],
        [
          1,
          '甲公司',
          { value: 911201000000000000, text: '9.11201E+17' },
          { value: 45292, text: '2024/1/1', numberFormat: 'yyyy/m/d' },
          { value: '#N/A', error: true },
        ],
        [2, '乙公司', '91110000600037341L', null, true],
        [],
        [null, null, null, null, null, null, '尾注'],
      ],
    });
    const grid = await officeWorkbook(excel.host).read();
    const [sheet] = grid.sheets;
    expect(sheet!.name).toBe('推荐表');
    expect(sheet!.visibility).toBe('visible');
    expect(sheet!.rows).toEqual([
      ['序号', '申报单位', '统一社会信用代码', '成立日期', '备注'].map((text) => ({ value: text, text })),
      [
        { value: 1, text: '1' },
        { value: '甲公司', text: '甲公司' },
        { value: 911201000000000000, text: '9.11201E+17' },
        { value: { date: '2024-01-01' }, text: '2024/1/1' },
        { value: { error: '#N/A' }, text: '#N/A' },
      ],
      [
        { value: 2, text: '2' },
        { value: '乙公司', text: '乙公司' },
        { value: '91110000600037341L', text: '91110000600037341L' },
        undefined,
        { value: true, text: 'TRUE' },
      ],
      [],
      [undefined, undefined, undefined, undefined, undefined, undefined, { value: '尾注', text: '尾注' }],
    ]);
  });

  test('gives merges, hidden rows and columns, and every sheet with its visibility in tab order', async () => {
    const excel = new FakeExcel();
    excel.addSheet({
      name: 'A',
      rows: [['标题'], ['单位', '项目', '方向'], ['甲', '一', 'x'], [null, '二', 'y'], ['乙', '三', 'z']],
      merges: [
        { top: 1, left: 1, bottom: 1, right: 3 },
        { top: 3, left: 1, bottom: 4, right: 1 },
      ],
      hiddenRows: [4],
      hiddenColumns: [2],
    });
    excel.addSheet({
      name: 'B',
      visibility: 'Hidden',
      rows: [
        [null, null],
        [null, 'b'],
      ],
    });
    excel.addSheet({ name: 'C', visibility: 'VeryHidden' });
    const grid = await officeWorkbook(excel.host).read();
    expect(grid.sheets.map(({ name, visibility }) => [name, visibility])).toEqual([
      ['A', 'visible'],
      ['B', 'hidden'],
      ['C', 'veryHidden'],
    ]);
    const [a, b, c] = grid.sheets;
    expect(a!.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 3, left: 1, bottom: 4, right: 1 },
    ]);
    expect(a!.hiddenRows).toEqual([4]);
    expect(a!.hiddenColumns).toEqual([2]);
    expect(b!.rows).toEqual([[], [undefined, { value: 'b', text: 'b' }]]);
    expect(c!.rows).toEqual([]);
  });

  test('reads no merges where ExcelApi 1.13 is missing, and never calls the API there', async () => {
    const excel = new FakeExcel({ apiVersion: 12 });
    excel.addSheet({
      name: 'A',
      rows: [['标题'], ['x', 'y']],
      merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
    });
    const grid = await officeWorkbook(excel.host).read();
    expect(grid.sheets[0]!.merges).toEqual([]);
    expect(grid.sheets[0]!.rows[1]).toEqual([
      { value: 'x', text: 'x' },
      { value: 'y', text: 'y' },
    ]);
  });
});

describe('officeWorkbook.read of a marked workbook', () => {
  /** Like the record of 10,000 marks: cells of 30,000 characters, far over 5 MB together. */
  const piece = (i: number) => `${i}`.padEnd(30_000, '记');

  test('reads the record whole, a few long cells a sync, and of our other sheets only A1', async () => {
    const excel = new FakeExcel();
    excel.addSheet({
      name: '推荐表',
      rows: [
        ['序号', '申报单位'],
        [1, '甲公司'],
      ],
    });
    const report = [[`${OUR_SIGNATURE}校验报告`], ...Array.from({ length: 3000 }, (_, i) => [piece(i)])];
    excel.addSheet({ name: '校验报告', rows: report });
    const record = [[`${OUR_SIGNATURE}记录`], ...Array.from({ length: 60 }, (_, i) => [piece(i)])];
    excel.addSheet({ name: RECORD_SHEET, visibility: 'VeryHidden', rows: record });

    const workbook = officeWorkbook(excel.host);
    let grid: Awaited<ReturnType<typeof workbook.read>> | undefined;
    const syncs = await excel.syncsOf(async () => (grid = await workbook.read()));
    const [data, ours, recordSheet] = grid!.sheets;
    expect(data!.rows[1]).toEqual([
      { value: 1, text: '1' },
      { value: '甲公司', text: '甲公司' },
    ]);
    expect(ours!.rows).toEqual([[{ value: report[0]![0], text: report[0]![0] }]]);
    expect(recordSheet!.visibility).toBe('veryHidden');
    expect(recordSheet!.rows.slice(1).map((row) => row[0]?.value)).toEqual(
      record.slice(1).map(([text]) => text),
    );
    for (const sync of syncs) expect(sync.responseBytes).toBeLessThan(5 * 1024 * 1024);
    expect(syncs.length).toBeLessThan(10);
  });

  test('halves a batch that Excel still finds too large, instead of failing', async () => {
    const excel = new FakeExcel();
    // 20,000 cells, one budget of cells, but 10,000 of them hold 100 characters: some 6 MB of answer.
    const long = (i: number) => piece(i).slice(0, 100);
    excel.addSheet({ name: '说明', rows: Array.from({ length: 10_000 }, (_, i) => [long(i), '甲']) });
    const workbook = officeWorkbook(excel.host);
    let grid: Awaited<ReturnType<typeof workbook.read>> | undefined;
    const syncs = await excel.syncsOf(async () => (grid = await workbook.read()));
    expect(grid!.sheets[0]!.rows).toHaveLength(10_000);
    expect(grid!.sheets[0]!.rows[9999]![0]!.text).toBe(long(9999));
    expect(syncs.some((sync) => sync.responseBytes > 5 * 1024 * 1024)).toBe(true);
  });

  test("lists the cells whose note carries our block, not the officer's notes, at one sync more only then", async () => {
    const withNotes = (ours: boolean, apiVersion = 18) => {
      const excel = new FakeExcel({ apiVersion });
      excel.addSheet({ name: '说明', rows: [['见下表']] });
      excel.addSheet({
        name: '推荐表',
        rows: [
          ['序号', '申报单位'],
          [1, '甲公司'],
          [2, '乙公司'],
        ],
      });
      excel.setNote('推荐表', 2, 2, '请核对单位名称');
      if (ours) {
        excel.setNote('推荐表', 3, 2, `已核实\n${NOTE_HEADER}\n【错误】…`);
        excel.setNote('推荐表', 2, 1, `${NOTE_HEADER}\n【警告】…`);
      }
      return excel;
    };
    const read = async (excel: FakeExcel) => {
      const workbook = officeWorkbook(excel.host);
      let grid: Awaited<ReturnType<typeof workbook.read>> | undefined;
      const syncs = await excel.syncsOf(async () => (grid = await workbook.read()));
      return { sheets: grid!.sheets, syncs: syncs.length };
    };
    const marked = await read(withNotes(true));
    expect(marked.sheets.map((sheet) => sheet.ourNotes)).toEqual([
      undefined,
      [
        { row: 3, column: 2 },
        { row: 2, column: 1 },
      ],
    ]);
    const unmarked = await read(withNotes(false));
    expect(unmarked.sheets.map((sheet) => sheet.ourNotes)).toEqual([undefined, undefined]);
    expect(marked.syncs).toBe(unmarked.syncs + 1);
    // Office without legacy notes (ExcelApi 1.17): no note is read, and the read still works.
    const older = await read(withNotes(true, 17));
    expect(older.sheets.map((sheet) => sheet.ourNotes)).toEqual([undefined, undefined]);
  });
});
