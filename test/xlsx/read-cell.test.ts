import { FormulaType, type CellValue } from 'exceljs';
import { readCell } from '../../src/xlsx/read-cell';
import { roundTrip } from '../helpers/xlsx';

/** A credit code typed into a cell as a number (written from a string: the literal would lose precision). */
const CODE_AS_NUMBER = Number('911201163000123456');

/** Writes one value (and format) into A1, saves and reloads the workbook, and reads A1 back. */
async function read(value: CellValue, numFmt?: string) {
  const worksheet = await roundTrip((sheet) => {
    const cell = sheet.getCell('A1');
    cell.value = value;
    if (numFmt !== undefined) cell.numFmt = numFmt;
  });
  return readCell(worksheet.getCell('A1'));
}

describe('readCell', () => {
  it('reads strings, numbers and booleans with their display text', async () => {
    expect(await read('华科智能')).toEqual({ value: '华科智能', text: '华科智能' });
    expect(await read(CODE_AS_NUMBER)).toEqual({ value: CODE_AS_NUMBER, text: '9.11201E+17' });
    expect(await read(1234, '000000')).toEqual({ value: 1234, text: '001234' });
    expect(await read(0.25, '0.0%')).toEqual({ value: 0.25, text: '25.0%' });
    expect(await read(true)).toEqual({ value: true, text: 'TRUE' });
  });

  it('reads a code kept as text under the text format', async () => {
    expect(await read('911201163000123456', '@')).toEqual({
      value: '911201163000123456',
      text: '911201163000123456',
    });
  });

  it('reads dates as ISO dates, with the time only when there is one', async () => {
    expect(await read(new Date(Date.UTC(2021, 10, 16)), 'yyyy"年"m"月"d"日"')).toEqual({
      value: { date: '2021-11-16' },
      text: '2021年11月16日',
    });
    expect(await read(new Date(Date.UTC(2021, 10, 16, 14, 5, 9)), 'yyyy-mm-dd hh:mm:ss')).toEqual({
      value: { date: '2021-11-16T14:05:09' },
      text: '2021-11-16 14:05:09',
    });
  });

  it('reads a formula as its cached result, shown through the cell format', async () => {
    expect(await read({ formula: 'A2*2', result: 0.5 }, '0%')).toEqual({ value: 0.5, text: '50%' });
    expect(await read({ formula: 'B1&C1', result: '北京' })).toEqual({ value: '北京', text: '北京' });
    expect(await read({ formula: 'A2>1', result: false })).toEqual({ value: false, text: 'FALSE' });
    expect(
      await read({ formula: 'DATE(2021,1,2)', result: new Date(Date.UTC(2021, 0, 2)) }, 'yyyy/m/d'),
    ).toEqual({
      value: { date: '2021-01-02' },
      text: '2021/1/2',
    });
  });

  it('reads a formula with an error result as the error', async () => {
    expect(await read({ formula: 'VLOOKUP(A2,B:C,2,0)', result: { error: '#N/A' } })).toEqual({
      value: { error: '#N/A' },
      text: '#N/A',
    });
  });

  it('reads a formula without a cached result as null', async () => {
    expect(await read({ formula: 'A2' })).toEqual({ value: null, text: '' });
  });

  it('reads shared formulas as their own cached results', async () => {
    const worksheet = await roundTrip((sheet) => sheet.fillFormula('A1:A3', 'ROW()*10', [10, 20, 30]));
    expect(worksheet.getCell('A2').formulaType).toBe(FormulaType.Shared);
    expect(['A1', 'A2', 'A3'].map((address) => readCell(worksheet.getCell(address)))).toEqual([
      { value: 10, text: '10' },
      { value: 20, text: '20' },
      { value: 30, text: '30' },
    ]);
  });

  it('flattens rich text to its plain text', async () => {
    const richText = [
      { text: '人工智能' },
      { text: '（重点）', font: { bold: true, color: { argb: 'FFFF0000' } } },
    ];
    expect(await read({ richText })).toEqual({ value: '人工智能（重点）', text: '人工智能（重点）' });
  });

  it('reads a hyperlink as its text, also when the text is rich', async () => {
    expect(await read({ text: '申报系统', hyperlink: 'https://example.org' })).toEqual({
      value: '申报系统',
      text: '申报系统',
    });
    const richText = { richText: [{ text: '申报' }, { text: '系统', font: { bold: true } }] };
    // ExcelJS's types want a string here, but it writes and reads rich hyperlink text.
    expect(await read({ text: richText as unknown as string, hyperlink: 'https://example.org' })).toEqual({
      value: '申报系统',
      text: '申报系统',
    });
  });

  it('reads an error value as the error code', async () => {
    expect(await read({ error: '#REF!' })).toEqual({ value: { error: '#REF!' }, text: '#REF!' });
  });

  it('reads an empty cell with only a style as no cell', async () => {
    const worksheet = await roundTrip((sheet) => {
      sheet.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      sheet.getCell('B1').value = 'x';
    });
    expect(readCell(worksheet.getCell('A1'))).toBeUndefined();
  });
});
