import { cellAt } from '../../src/core/grid';
import { loadWorkbook, readWorkbook } from '../../src/xlsx/read-workbook';
import { editParts, firstSheet, xlsxBytes } from '../helpers/xlsx';

/**
 * zh-CN Excel and WPS name their Chinese date and time formats by built-in id alone (31 for
 * `yyyy"年"m"月"d"日"`, 58 for `m"月"d"日"`, …), with no definition in styles.xml.
 */
async function withBuiltInIds(formats: Record<string, number>): Promise<Uint8Array> {
  const codes = Object.keys(formats);
  const bytes = await xlsxBytes((workbook) => {
    const sheet = workbook.addWorksheet('S');
    codes.forEach((code, i) => {
      const cell = sheet.getCell(1, i + 1);
      cell.value = 44260.75;
      cell.numFmt = code;
    });
  });
  return editParts(bytes, {
    'xl/styles.xml': (xml) => {
      let edited = xml;
      for (const [code, id] of Object.entries(formats)) {
        const escaped = code.replaceAll('"', '&quot;');
        const definition = new RegExp(`<numFmt numFmtId="(\\d+)" formatCode="${escaped}"/>`, 'u');
        const custom = definition.exec(edited)?.[1];
        if (custom === undefined) throw new Error(`ExcelJS wrote no definition of ${code}`);
        edited = edited.replace(definition, '').replaceAll(`numFmtId="${custom}"`, `numFmtId="${id}"`);
      }
      return edited;
    },
  });
}

describe('zh-CN built-in formats named by id alone', () => {
  it('shows dates and times as zh-CN Excel does, and reads dates as dates', async () => {
    const bytes = await withBuiltInIds({
      'yyyy"年"m"月"d"日"': 31,
      'm"月"d"日"': 58,
      'yyyy"年"m"月"': 57,
      'h"时"mm"分"': 32,
      'AM/PM h"时"mm"分"': 34,
    });
    const [sheet] = (await readWorkbook(bytes)).sheets;
    if (sheet === undefined) throw new Error('no sheet');
    expect(sheet.rows[0]?.map((cell) => cell?.text)).toEqual([
      '2021年3月5日',
      '3月5日',
      '2021年3月',
      '18时00分',
      '下午 6时00分',
    ]);
    expect(cellAt(sheet, 1, 1)?.value).toEqual({ date: '2021-03-05T18:00:00' });
  });

  it('keeps the format in a copy written back (it was written as General: the date showed as 44260)', async () => {
    const loaded = await loadWorkbook(await withBuiltInIds({ 'yyyy"年"m"月"d"日"': 31 }));
    const copy = new Uint8Array(await loaded.xlsx.writeBuffer());
    const worksheet = await firstSheet(copy);
    expect(worksheet.getCell('A1').numFmt).toBe('yyyy"年"m"月"d"日"');
  });
});
