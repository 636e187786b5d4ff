import { RECORD_SHEET } from '../../src/core/our-sheets';
import { officeWorkbook } from '../../src/excel/office-workbook';
import type { OurSheet } from '../../src/workbook/port';
import { FakeExcel } from '../helpers/fake-excel';

const report = (rows: OurSheet['rows']): OurSheet => ({
  name: '校验报告',
  visibility: 'visible',
  heading: ['【推荐表校验助手生成】校验报告', '共 2 条'],
  columns: [
    { header: '工作表', width: 10 },
    { header: '行', width: 6 },
    { header: '说明', width: 40 },
  ],
  rows,
  emphasis: [
    { row: 0, column: 2, severity: 'error' },
    { row: 1, column: 2, severity: 'warning' },
  ],
  footer: ['推荐单位（盖章）：'],
  pageFooter: '&A　第 &P 页，共 &N 页',
});

const record: OurSheet = {
  name: RECORD_SHEET,
  visibility: 'veryHidden',
  heading: [],
  columns: [],
  rows: [['{"version":1}']],
};

function workbookWithOldSheets(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet({ name: '推荐表', rows: [['单位'], ['甲']] });
  excel.addSheet({ name: '校验报告', rows: [['旧报告']] });
  excel.addSheet({ name: RECORD_SHEET, visibility: 'VeryHidden', rows: [['旧记录']] });
  excel.addSheet({ name: '汇总（旧）', rows: [['旧汇总']] });
  return excel;
}

describe('officeWorkbook.replaceSheets', () => {
  test('replaces our sheets in place, after the officer’s, the record sheet very hidden', async () => {
    const excel = workbookWithOldSheets();
    await officeWorkbook(excel.host).replaceSheets(
      ['汇总（旧）'],
      [
        report([
          ['推荐表', 2, '单位超过 3 项'],
          ['推荐表', 5, '疑似重复'],
        ]),
        record,
      ],
    );
    expect(excel.state.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ['推荐表', 'Visible'],
      ['校验报告', 'Visible'],
      [RECORD_SHEET, 'VeryHidden'],
    ]);
    expect(excel.cell(RECORD_SHEET, 1, 1)!.value).toBe('{"version":1}');
  });

  test('lays out heading, table, footer, widths, frozen header, autofilter, print settings and emphasis', async () => {
    const excel = workbookWithOldSheets();
    await officeWorkbook(excel.host).replaceSheets(
      [],
      [
        report([
          ['推荐表', 2, '单位超过 3 项'],
          ['推荐表', 5, null],
        ]),
      ],
    );
    const value = (row: number, column: number) => excel.cell('校验报告', row, column)?.value ?? '';
    expect([value(1, 1), value(2, 1), value(3, 1)]).toEqual([
      '【推荐表校验助手生成】校验报告',
      '共 2 条',
      '',
    ]);
    expect([value(4, 1), value(4, 2), value(4, 3)]).toEqual(['工作表', '行', '说明']);
    expect([value(5, 1), value(5, 2), value(5, 3), value(6, 2), value(6, 3)]).toEqual([
      '推荐表',
      2,
      '单位超过 3 项',
      5,
      '',
    ]);
    expect(value(8, 1)).toBe('推荐单位（盖章）：');
    const sheet = excel.state.sheet('校验报告')!;
    expect(excel.cell('校验报告', 4, 1)!.font.bold).toBe(true);
    expect(excel.cell('校验报告', 4, 1)!.borders).toMatchObject({
      EdgeTop: 'Continuous',
      EdgeBottom: 'Continuous',
    });
    expect(sheet.columnWidths.get(2)).toBe(213.75);
    expect(excel.cell('校验报告', 5, 3)!.wrapText).toBe(true);
    // 推荐表 in a column 10 wide: a longer Chinese sheet name wraps instead of being cut.
    expect(excel.cell('校验报告', 5, 1)!.wrapText).toBe(true);
    expect(sheet.frozenRows).toBe(4);
    expect(sheet.autoFilter).toEqual({ rowIndex: 3, columnIndex: 0, rowCount: 3, columnCount: 3 });
    expect(sheet.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$4:$4',
      centerFooter: '&A　第 &P 页，共 &N 页',
    });
    expect(excel.cell('校验报告', 5, 3)!.fill).toMatchObject({ color: '#FFC7CE', pattern: 'Solid' });
    expect(excel.cell('校验报告', 6, 3)!.fill).toMatchObject({ color: '#FFEB9C', pattern: 'Solid' });
    expect(excel.cell('校验报告', 5, 2)!.fill.pattern).toBe('None');
  });

  test('keeps a total row out of the autofilter, and inside the borders', async () => {
    const excel = workbookWithOldSheets();
    const totalled = {
      ...report([
        ['推荐表', 2, '甲'],
        [null, 2, '合计'],
      ]),
      endsWithTotal: true,
    };
    await officeWorkbook(excel.host).replaceSheets([], [totalled]);
    const sheet = excel.state.sheet('校验报告')!;
    expect(sheet.autoFilter).toEqual({ rowIndex: 3, columnIndex: 0, rowCount: 2, columnCount: 3 });
    expect(excel.cell('校验报告', 6, 3)!.borders).toMatchObject({ EdgeBottom: 'Continuous' });
  });

  test.each(['=SUM(A1:A9)', '+86 10 1234 5678', '-某某有限公司', '@unit', '00123'])(
    'writes %s as text, never a formula',
    async (text) => {
      const excel = new FakeExcel();
      excel.addSheet({ name: '推荐表' });
      await officeWorkbook(excel.host).replaceSheets([], [report([[text, 1, text]])]);
      const cell = excel.cell('校验报告', 5, 1)!;
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(text);
      expect(excel.cell('校验报告', 5, 2)!.value).toBe(1);
    },
  );

  test('writes links to cells as HYPERLINK formulas showing their text', async () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: "张三's 表" });
    await officeWorkbook(excel.host).replaceSheets(
      [],
      [report([[{ text: '第 7 行', link: { sheet: "张三's 表", row: 7, column: 2 } }, 7, '"引号"']])],
    );
    const cell = excel.cell('校验报告', 5, 1)!;
    expect(cell.formula).toBe('=HYPERLINK("#\'张三\'\'s 表\'!B7","第 7 行")');
    expect(cell.value).toBe('第 7 行');
  });
});

describe('officeWorkbook.activate', () => {
  test('activates the sheet and selects the cell', async () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: '推荐表' });
    excel.addSheet({ name: '南山区' });
    await officeWorkbook(excel.host).activate({ sheet: '南山区', row: 7, column: 2 });
    expect(excel.state.activeSheet).toBe('南山区');
    expect(excel.state.selection).toEqual({ sheet: '南山区', rowIndex: 6, columnIndex: 1 });
  });
});
