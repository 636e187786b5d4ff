import type { CellValue } from 'exceljs';
import type { GridCell } from '../../src/core/grid';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { editParts, xlsxBytes } from '../helpers/xlsx';

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

  it('reads a hyperlinked number or formula result that is no date as itself', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const cell = workbook.addWorksheet('S').getCell('A1');
      cell.value = { text: '电话', hyperlink: 'tel:13812345678' };
      cell.numFmt = 'yyyy"年"m"月"d"日"';
    });
    // A1 holds a number, and B1, under the same link and format, a formula's text result.
    const edited = await editParts(bytes, {
      'xl/worksheets/sheet1.xml': (xml) =>
        xml
          .replace(/<c r="A1" s="(\d+)" t="s"><v>0<\/v><\/c>/u, (_, style: string) =>
            [
              `<c r="A1" s="${style}"><v>13812345678</v></c>`,
              `<c r="B1" s="${style}" t="str"><f>"待定"</f><v>待定</v></c>`,
            ].join(''),
          )
          .replace(/<hyperlink ref="A1"( r:id="\w+")\/>/u, '<hyperlink ref="A1"$1/><hyperlink ref="B1"$1/>'),
    });
    const [sheet] = (await readWorkbook(edited)).sheets;
    expect(sheet?.rows[0]).toEqual([
      { value: 13812345678, text: '########' },
      { value: '待定', text: '待定' },
    ]);
  });
});
