import type { CellValue } from 'exceljs';
import type { GridCell } from '../../src/core/grid';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { xlsxBytes } from '../helpers/xlsx';

/** Reads each value back from a cell under a date format, as a column formatted for 推荐日期 would hold it. */
async function readUnderDateFormat(values: CellValue[]): Promise<(GridCell | undefined)[]> {
  const bytes = await xlsxBytes((workbook) => {
    const sheet = workbook.addWorksheet('S');
    values.forEach((value, i) => {
      const cell = sheet.getCell(1, i + 1);
      cell.value = value;
      cell.numFmt = 'yyyy"年"m"月"d"日"';
    });
  });
  const [sheet] = (await readWorkbook(bytes)).sheets;
  return sheet?.rows[0] ?? [];
}

describe('values under a date format that are no date', () => {
  it('reads a formula’s text, boolean or error result as itself', async () => {
    const cells = await readUnderDateFormat([
      { formula: 'IF(A2="","待定",A2)', result: '待定' },
      { formula: 'A2>0', result: true },
      { formula: 'NA()', result: { error: '#N/A' } },
    ]);
    expect(cells).toEqual([
      { value: '待定', text: '待定' },
      { value: true, text: 'TRUE' },
      { value: { error: '#N/A' }, text: '#N/A' },
    ]);
  });

  it('reads a number beyond Excel’s dates as the number, shown as # (a phone typed into a date column)', async () => {
    const cells = await readUnderDateFormat([13812345678, { formula: 'A2', result: 2283606658 }, -1]);
    expect(cells).toEqual([
      { value: 13812345678, text: '########' },
      { value: 2283606658, text: '########' },
      { value: -1, text: '########' },
    ]);
  });

  it('still reads a number within Excel’s dates as a date', async () => {
    const cells = await readUnderDateFormat([44260, { formula: 'A2', result: 44260 }]);
    expect(cells).toEqual([
      { value: { date: '2021-03-05' }, text: '2021年3月5日' },
      { value: { date: '2021-03-05' }, text: '2021年3月5日' },
    ]);
  });
});
