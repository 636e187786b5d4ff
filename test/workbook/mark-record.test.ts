import ExcelJS from 'exceljs';
import { RECORD_SHEET } from '../../src/core/our-sheets';
import { readRecord, recordSheet, type MarkRecord } from '../../src/workbook/mark-record';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { writeOurSheet } from '../../src/xlsx/write-our-sheet';

function record(marks: number): MarkRecord {
  return {
    version: 1,
    markedAt: '2026-11-25 09:30',
    marks: Array.from({ length: marks }, (_, i) => ({
      sheet: '南山区',
      row: i + 6,
      column: 2,
      key: `深圳市某科技有限公司${i}|某项目${i}`,
      original: { fill: null, fontColor: null, note: `原批注 ${'很长'.repeat(40)}` },
      mark: { fill: '#FFC7CE', fontColor: '#9C0006', noteDigest: '1h6k2x9q0ab' },
    })),
  };
}

async function throughFile(sheet: ReturnType<typeof recordSheet>) {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('南山区');
  writeOurSheet(workbook, sheet);
  return readWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

describe('the mark record', () => {
  it('splits its JSON into cells under Excel’s 32,767-character limit and reads back whole from a file', async () => {
    const big = record(2000);
    const sheet = recordSheet(big);
    expect(sheet.rows.length).toBeGreaterThan(3);
    for (const [piece] of sheet.rows) expect(String(piece).length).toBeLessThanOrEqual(32_767);
    const grid = await throughFile(sheet);
    expect(grid.sheets.find((s) => s.name === RECORD_SHEET)?.visibility).toBe('veryHidden');
    expect(readRecord(grid)).toEqual({ kind: 'found', record: big });
  });

  it('is none without the record sheet, and damaged when its JSON is cut or is not a record', async () => {
    expect(readRecord({ sheets: [] })).toEqual({ kind: 'none' });
    const cut = recordSheet(record(3));
    cut.rows = [[String(cut.rows[0]![0]).slice(0, 100)]];
    expect(readRecord(await throughFile(cut))).toEqual({ kind: 'damaged' });
    const alien = recordSheet(record(1));
    alien.rows = [[JSON.stringify({ version: 2, marks: [] })]];
    expect(readRecord(await throughFile(alien))).toEqual({ kind: 'damaged' });
  });
});
