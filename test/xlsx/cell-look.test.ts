import type ExcelJS from 'exceljs';
import { readLook } from '../../src/xlsx/cell-look';
import { roundTrip } from '../helpers/xlsx';

/** The looks of cells as ExcelJS reads them back from a file, where every cell has a fill and a font. */
async function looksOf(build: (worksheet: ExcelJS.Worksheet) => void, addresses: string[]) {
  const worksheet = await roundTrip(build);
  return addresses.map((address) => readLook(worksheet.getCell(address)));
}

describe('readLook', () => {
  it('keeps only the host’s name where the plain values say it all', async () => {
    const [plain, solid] = await looksOf(
      (worksheet) => {
        worksheet.getCell('A1').value = '无格式';
        worksheet.getCell('B1').value = '红字';
        worksheet.getCell('B1').font = { color: { argb: 'FF9C0006' } };
        worksheet.getCell('B1').note = '单位已说明情况';
      },
      ['A1', 'B1'],
    );
    expect(plain).toEqual({ fill: null, fontColor: null, note: null, exact: { host: 'xlsx' } });
    expect(solid).toMatchObject({ fontColor: '#9C0006', note: '单位已说明情况', exact: { host: 'xlsx' } });
    expect(Object.keys(solid!.exact!)).not.toContain('fontColor');
  });

  it('keeps ExcelJS’s model of a theme colour, a fill with a background colour and a formatted note', async () => {
    const [look] = await looksOf(
      (worksheet) => {
        const cell = worksheet.getCell('A1');
        cell.value = '有格式';
        cell.font = { color: { theme: 4 } };
        cell.fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: 'FFDDEBF7' },
          bgColor: { argb: 'FFFFFFFF' },
        };
        cell.note = { texts: [{ text: '加粗', font: { bold: true } }] };
      },
      ['A1'],
    );
    expect(look).toMatchObject({ fill: '#DDEBF7', fontColor: 'other', note: '加粗' });
    expect(look!.exact).toMatchObject({
      fill: { fgColor: { argb: 'FFDDEBF7' }, bgColor: { argb: 'FFFFFFFF' } },
      fontColor: { theme: 4 },
      note: { texts: [{ text: '加粗', font: { bold: true } }] },
    });
  });
});
