import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cellAt } from '../../src/core/grid';
import { detectFileKind } from '../../src/xlsx/detect-file-kind';
import { loadWorkbook, readWorkbook, workbookGrid } from '../../src/xlsx/read-workbook';
import { failureOf } from '../helpers/failure';
import { editParts, firstSheet, latin1, partText, xlsxBytes } from '../helpers/xlsx';

/** A credit code typed into a cell as a number (written from a string: the literal would lose precision). */
const CODE_AS_NUMBER = Number('911201163000123456');

describe('readWorkbook', () => {
  it('reads every sheet in tab order with its visibility', async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.addWorksheet('汇总');
      workbook.addWorksheet('海淀区', { state: 'hidden' });
      workbook.addWorksheet('记录', { state: 'veryHidden' });
      workbook.addWorksheet('朝阳区');
    });
    const grid = await readWorkbook(bytes);
    expect(grid.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ['汇总', 'visible'],
      ['海淀区', 'hidden'],
      ['记录', 'veryHidden'],
      ['朝阳区', 'visible'],
    ]);
  });

  it('reads a typical sheet: title, header, codes typed as numbers, formats', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('推荐汇总表');
      sheet.getCell('A1').value = '人工智能产业创新任务推荐汇总表';
      sheet.addRow([]);
      sheet.addRow(['序号', '申报单位', '统一社会信用代码', '邮编', '占比', '推荐日期']);
      const row = sheet.addRow([
        1,
        '华科智能有限公司',
        CODE_AS_NUMBER,
        8001,
        0.125,
        new Date(Date.UTC(2021, 10, 16)),
      ]);
      row.getCell(4).numFmt = '000000';
      row.getCell(5).numFmt = '0.0%';
      row.getCell(6).numFmt = 'yyyy"年"m"月"d"日"';
    });
    const [sheet] = (await readWorkbook(bytes)).sheets;
    if (sheet === undefined) throw new Error('no sheet');
    expect(sheet.rows.map((row) => row.map((cell) => cell?.text))).toEqual([
      ['人工智能产业创新任务推荐汇总表'],
      [],
      ['序号', '申报单位', '统一社会信用代码', '邮编', '占比', '推荐日期'],
      ['1', '华科智能有限公司', '9.11201E+17', '008001', '12.5%', '2021年11月16日'],
    ]);
    expect(cellAt(sheet, 4, 3)?.value).toBe(CODE_AS_NUMBER);
    expect(cellAt(sheet, 4, 6)?.value).toEqual({ date: '2021-11-16' });
  });

  it('keeps rows dense: gaps hold undefined, and a row ends at its last cell with a value', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.getCell('A2').value = 'a';
      sheet.getCell('D2').value = 'd';
      sheet.getCell('F2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    });
    const [sheet] = (await readWorkbook(bytes)).sheets;
    const row = sheet?.rows[1];
    expect(sheet?.rows[0]).toEqual([]);
    expect(row).toHaveLength(4);
    expect(row?.map((cell) => cell?.value)).toEqual(['a', undefined, undefined, 'd']);
    expect(row !== undefined && 1 in row).toBe(true);
  });

  it('reads rows with a style-only cell in the last column (XFD) as their cells alone', async () => {
    const rowCount = 2000;
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('S');
      for (let r = 1; r <= rowCount; r++) {
        sheet.getCell(r, 1).value = `单位${r}`;
        sheet.getCell(r, 16_384).numFmt = '@';
      }
    });
    // Walking all 16,384 columns of every row took 1.5 s here (and 4 GB at 20,000 rows); its cells take 10 ms.
    const [sheet] = workbookGrid(await loadWorkbook(bytes)).sheets;
    expect(sheet?.rows).toHaveLength(rowCount);
    expect(sheet?.rows[rowCount - 1]).toEqual([{ value: `单位${rowCount}`, text: `单位${rowCount}` }]);
  });

  describe('formulas without results', () => {
    /**
     * Two sheets, the second with two formulas: C3's result "", as Excel writes one (`t="str"`, `<v></v>`), and
     * B4's result left out unless `result` is given.
     */
    const formulaBytes = (fullCalcOnLoad: boolean, result?: string) =>
      xlsxBytes((workbook) => {
        workbook.calcProperties.fullCalcOnLoad = fullCalcOnLoad;
        workbook.addWorksheet('Plain').getCell('A1').value = '填表说明';
        const sheet = workbook.addWorksheet('Formulas');
        sheet.getCell('A1').value = '序号';
        sheet.getCell('C3').value = { formula: 'IF(A3>0,"","否")', result: '', date1904: false };
        sheet.getCell('B4').value =
          result === undefined
            ? { formula: 'A4', date1904: false }
            : { formula: 'A4', result, date1904: false };
      });

    it('are noted, at a sheet’s first formula, when the writer calculated none and asked Excel to (openpyxl)', async () => {
      const [plain, formulas] = (await readWorkbook(await formulaBytes(true))).sheets;
      expect(plain?.uncalculated).toBeUndefined();
      expect(formulas?.uncalculated).toEqual({ row: 3, column: 3 });
    });

    it('are results of "" where the cell holds an empty text result, as Excel writes them', async () => {
      const bytes = await formulaBytes(false, '');
      expect(await partText(bytes, 'xl/worksheets/sheet2.xml')).toMatch(
        /<c r="B4" t="str"><f>A4<\/f><v><\/v><\/c>/u,
      );
      const [, formulas] = (await readWorkbook(bytes)).sheets;
      expect(formulas?.rows[3]?.[1]).toEqual({ value: null, text: '' });
    });

    /**
     * A sheet as Apache POI (SXSSF, EasyExcel) and excelize write it by default: formulas with no saved result at all
     * (`<c r="B3"><f>B2</f></c>`: no `<v>`) and no request to recalculate; Excel and WPS calculate them on opening.
     * `cell` is the formula cell's XML, put in place of C3.
     */
    const unsavedResultBytes = async (cell: string) =>
      editParts(
        await xlsxBytes((workbook) => {
          workbook.addWorksheet('填表说明').getCell('A1').value = '填表说明';
          const sheet = workbook.addWorksheet('深圳');
          sheet.addRow(['序号', '申报单位', '项目名称']);
          sheet.addRow([1, '甲公司', '云端芯片']);
          sheet.addRow([2, '乙公司', '占位']);
          sheet.getCell('D2').value = { formula: 'C2', result: '云端芯片', date1904: false };
        }),
        {
          'xl/worksheets/sheet2.xml': (xml) => xml.replace(/<c r="C3"[^>]*>.*?<\/c>/u, () => cell),
        },
      );

    it.each([
      ['a formula without <v> (POI, EasyExcel, excelize)', '<c r="C3"><f>C2</f></c>'],
      ['a shared formula without <v>', '<c r="C3"><f t="shared" ref="C3:C3" si="0">C2</f></c>'],
      ['a formula of text type without <v>', '<c r="C3" t="str"><f>C2</f></c>'],
      ['a formula with an empty number <v/> (openpyxl)', '<c r="C3"><f>C2</f><v/></c>'],
      ['a pretty-printed formula without <v>', '<c r="C3">\n  <f>C2</f>\n</c>'],
    ])('are noted at %s, where the workbook asks no recalculation', async (_, cell) => {
      const [plain, sheet] = (await readWorkbook(await unsavedResultBytes(cell))).sheets;
      expect(plain?.uncalculated).toBeUndefined();
      expect(sheet?.uncalculated).toEqual({ row: 3, column: 3 });
    });

    it('are noted in a sheet read in many chunks, where cells are cut between two', async () => {
      const rows = 3000;
      const bytes = await editParts(
        await xlsxBytes((workbook) => {
          const sheet = workbook.addWorksheet('深圳');
          for (let r = 1; r <= rows; r++)
            sheet.getCell(r, 3).value = { formula: `A${r}`, result: `单位${r}`, date1904: false };
        }),
        {
          'xl/worksheets/sheet1.xml': (xml) =>
            xml.replace(/(<c r="C2999"[^>]*><f>[^<]*<\/f>)<v>[^<]*<\/v>/u, '$1'),
        },
      );
      const [sheet] = (await readWorkbook(bytes)).sheets;
      expect(sheet?.uncalculated).toEqual({ row: 2999, column: 3 });
      const texts = sheet?.rows.map((cells) => cells[2]?.text);
      expect(texts?.filter((text, r) => text !== (r === 2998 ? '' : `单位${r + 1}`))).toEqual([]);
    });

    it('are results where every formula holds one, an empty text result too', async () => {
      const bytes = await unsavedResultBytes('<c r="C3" t="str"><f>C2</f><v></v></c>');
      const [, sheet] = (await readWorkbook(bytes)).sheets;
      expect(sheet?.uncalculated).toBeUndefined();
      expect(sheet?.rows[2]?.[2]).toEqual({ value: null, text: '' });
    });

    it('stay without a result in a copy of the workbook, the formula as it was', async () => {
      const workbook = await loadWorkbook(await unsavedResultBytes('<c r="C3"><f>C2</f></c>'));
      const copy = await partText(
        new Uint8Array(await workbook.xlsx.writeBuffer()),
        'xl/worksheets/sheet2.xml',
      );
      expect(/<c r="C3"[^>]*>.*?<\/c>/u.exec(copy)?.[0]).toBe('<c r="C3"><f>C2</f></c>');
      expect(/<c r="D2"[^>]*>.*?<\/c>/u.exec(copy)?.[0]).toMatch(/<v>云端芯片<\/v>/u);
    });

    it('are results of "" where another formula of the workbook holds its result', async () => {
      const [, formulas] = (await readWorkbook(await formulaBytes(true, '是'))).sheets;
      expect(formulas?.uncalculated).toBeUndefined();
    });

    /**
     * A sheet as XlsxWriter writes it (worksheet.py `_write_cell`): each formula with the placeholder `<v>0</v>` and
     * no `t`, and `<calcPr calcId="124519" fullCalcOnLoad="1"/>`, unless `calculated` (as after Excel saved it: real
     * results, and no request to recalculate). `others` adds formulas of other results.
     */
    const xlsxWriterBytes = async (
      options: {
        calculated?: boolean;
        date1904?: boolean;
        others?: { formula: string; result: unknown }[];
      } = {},
    ) => {
      const bytes = await xlsxBytes((workbook) => {
        workbook.properties.date1904 = options.date1904 ?? false;
        const sheet = workbook.addWorksheet('深圳');
        sheet.addRow(['序号', '申报单位', '项目名称', '是否推荐', '申报日期']);
        for (let r = 2; r <= 4; r++) {
          sheet.addRow([r - 1, `单位${r}`, `项目${r}`]);
          const result = options.calculated ? '是' : 0;
          sheet.getCell(r, 4).value = { formula: `IF(A${r}>0,"是","否")`, result, date1904: false };
          sheet.getCell(r, 5).value = {
            formula: 'TODAY()',
            result: options.calculated ? 45000 : 0,
            date1904: false,
          };
          sheet.getCell(r, 5).numFmt = 'yyyy/m/d';
        }
        for (const [i, other] of (options.others ?? []).entries())
          sheet.getCell(6 + i, 6).value = { ...other, date1904: false } as ExcelJS.CellFormulaValue;
      });
      if (options.calculated) return bytes;
      return editParts(bytes, {
        'xl/workbook.xml': (xml) =>
          xml.replace(/<calcPr[^>]*\/>/u, '<calcPr calcId="124519" fullCalcOnLoad="1"/>'),
      });
    };

    it('are noted where XlsxWriter stored its placeholder 0 as every result', async () => {
      const bytes = await xlsxWriterBytes();
      const sheetXml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')?.async('string');
      expect(sheetXml).toMatch(/<c r="D2"><f>IF\(A2&gt;0,[^<]*\)<\/f><v>0<\/v><\/c>/u);
      expect((await readWorkbook(bytes)).sheets[0]?.uncalculated).toEqual({ row: 2, column: 4 });
    });

    it('are noted in the 1904 date system too, where a date-formatted 0 is 1904-01-01', async () => {
      const [sheet] = (await readWorkbook(await xlsxWriterBytes({ date1904: true }))).sheets;
      expect(sheet?.uncalculated).toEqual({ row: 2, column: 4 });
    });

    it.each([
      ['a text result (t="str")', '是'],
      ['a number other than 0', 3],
      ['a boolean FALSE (t="b", <v>0</v>)', false],
      ['a text "0" (t="str")', '0'],
    ])('are results where one formula holds %s beside the placeholders', async (_, result) => {
      const bytes = await xlsxWriterBytes({ others: [{ formula: 'B2', result }] });
      expect((await readWorkbook(bytes)).sheets[0]?.uncalculated).toBeUndefined();
    });

    it('are results once Excel or WPS saved the workbook: real results, no request to recalculate', async () => {
      const [sheet] = (await readWorkbook(await xlsxWriterBytes({ calculated: true }))).sheets;
      expect(sheet?.uncalculated).toBeUndefined();
      expect(sheet?.rows[1]?.[3]).toEqual({ value: '是', text: '是' });
    });

    it('are results of 0 where the workbook asks no recalculation, as Excel writes a 0 it calculated', async () => {
      const bytes = await xlsxBytes((workbook) => {
        workbook.addWorksheet('S').getCell('A1').value = { formula: 'B1*2', result: 0, date1904: false };
      });
      const [sheet] = (await readWorkbook(bytes)).sheets;
      expect(sheet?.uncalculated).toBeUndefined();
      expect(sheet?.rows[0]?.[0]).toEqual({ value: 0, text: '0' });
    });

    it('still ask Excel to recalculate in a copy of the workbook', async () => {
      const workbook = await loadWorkbook(await formulaBytes(true));
      const copy = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
      expect(await copy.file('xl/workbook.xml')?.async('string')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/u);
    });
  });

  it('reads a unit merged over three project rows as one merge, the value in its top cell only', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.getCell('A1').value = '推荐汇总表';
      sheet.mergeCells('A1:C1');
      sheet.getCell('A2').value = 1;
      sheet.getCell('B2').value = '华科智能有限公司';
      sheet.mergeCells('B2:B4');
      for (const r of [2, 3, 4]) sheet.getCell(`C${r}`).value = `项目${r}`;
      sheet.mergeCells('D6:E7');
    });
    const [sheet] = (await readWorkbook(bytes)).sheets;
    if (sheet === undefined) throw new Error('no sheet');
    expect(sheet.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 2, left: 2, bottom: 4, right: 2 },
      { top: 6, left: 4, bottom: 7, right: 5 },
    ]);
    expect([2, 3, 4].map((r) => cellAt(sheet, r, 2)?.value)).toEqual([
      '华科智能有限公司',
      undefined,
      undefined,
    ]);
    expect(sheet.rows[0]).toHaveLength(1);
  });

  it('lists hidden rows and columns by their Excel numbers', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('S');
      for (let r = 1; r <= 6; r++) sheet.getRow(r).values = [r, `单位${r}`, `项目${r}`, 'x'];
      sheet.getRow(3).hidden = true;
      sheet.getRow(5).hidden = true;
      sheet.getColumn(2).hidden = true;
      sheet.getColumn(4).hidden = true;
    });
    const [sheet] = (await readWorkbook(bytes)).sheets;
    expect(sheet?.hiddenRows).toEqual([3, 5]);
    expect(sheet?.hiddenColumns).toEqual([2, 4]);
    expect(sheet?.rows[2]?.[1]?.value).toBe('单位3');
  });

  it('lists rows of no height and columns of no width as hidden: they are as invisible, also in a copy', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('S');
      for (let r = 1; r <= 4; r++) sheet.getRow(r).values = [r, `单位${r}`, `项目${r}`];
    });
    const edited = await editParts(bytes, {
      'xl/worksheets/sheet1.xml': (xml) =>
        xml
          .replace('<row r="3"', '<row r="3" ht="0" customHeight="1"')
          .replace('<sheetData>', '<cols><col min="2" max="2" width="0" customWidth="1"/></cols><sheetData>'),
    });
    const [sheet] = (await readWorkbook(edited)).sheets;
    expect([sheet?.hiddenRows, sheet?.hiddenColumns]).toEqual([[3], [2]]);
    const copy = new Uint8Array(await (await loadWorkbook(edited)).xlsx.writeBuffer());
    expect((await firstSheet(copy)).getRow(3).hidden).toBe(true);
  });

  it('reads a sheet without cells or column definitions as empty', async () => {
    const bytes = await xlsxBytes((workbook) => workbook.addWorksheet('空表'));
    expect((await readWorkbook(bytes)).sheets).toEqual([
      { name: '空表', visibility: 'visible', rows: [], merges: [], hiddenRows: [], hiddenColumns: [] },
    ]);
  });

  it('fails with empty-workbook for a workbook without worksheets', async () => {
    const failure = await failureOf(readWorkbook(await xlsxBytes(() => undefined), 'a.xlsx'));
    expect([failure.key, failure.values]).toEqual(['empty-workbook', { file: 'a.xlsx' }]);
  });

  it('fails with workbook-damaged for an .xlsx package cut short, told before loading it', async () => {
    const bytes = await xlsxBytes((workbook) => (workbook.addWorksheet('S').getCell('A1').value = 'x'));
    const truncated = bytes.subarray(0, bytes.length - 200);
    expect(detectFileKind(truncated)).toBe('damaged');
    const failure = await failureOf(readWorkbook(truncated, 'a.xlsx'));
    expect([failure.key, failure.values]).toEqual(['workbook-damaged', { file: 'a.xlsx' }]);
  });

  it.each([
    ['a sheet', 'xl/worksheets/sheet1.xml'],
    ['the shared strings', 'xl/sharedStrings.xml'],
    ['the workbook', 'xl/workbook.xml'],
  ])('fails with workbook-damaged where the XML of %s is broken off', async (_, part) => {
    const bytes = await xlsxBytes(
      (workbook) => (workbook.addWorksheet('S').getCell('A1').value = '申报单位'),
    );
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file(part)!.async('string');
    zip.file(part, xml.slice(0, Math.floor(xml.length / 2)));
    const broken = await zip.generateAsync({ type: 'uint8array' });
    expect(detectFileKind(broken)).toBe('xlsx');
    expect((await failureOf(readWorkbook(broken, 'a.xlsx'))).key).toBe('workbook-damaged');
  });

  it('fails as the sniffed file kind before loading', async () => {
    expect((await failureOf(readWorkbook(latin1('unit,project\n1,2\n')))).key).toBe('text-as-workbook');
    expect((await failureOf(readWorkbook(new Uint8Array(0), 'a.xlsx'))).values).toEqual({ file: 'a.xlsx' });
    expect((await failureOf(readWorkbook(latin1('PK\x03\x04word/document.xml')))).key).toBe('not-a-workbook');
  });
});
