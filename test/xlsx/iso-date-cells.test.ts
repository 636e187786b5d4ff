import fc from 'fast-check';
import type { GridCell } from '../../src/core/grid';
import { loadWorkbook, readWorkbook } from '../../src/xlsx/read-workbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { editParts, partText, xlsxBytes } from '../helpers/xlsx';

/**
 * Date cells (`t="d"`, an ISO 8601 text in place of a serial number), as some tools and newer Excel write them: read
 * and shown as the date Excel shows, and written into a copy as that date.
 */

const SHEET = 'xl/worksheets/sheet1.xml';

/**
 * A workbook whose row 1 holds one date cell for each of `cells`, under its format, with its ISO text; the cell is
 * written as a number, then made a date cell, as ExcelJS writes none.
 */
async function dateCells(cells: { iso: string; numFmt?: string; formula?: string }[], date1904 = false) {
  const bytes = await xlsxBytes((workbook) => {
    if (date1904) workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('S');
    cells.forEach(({ numFmt, formula }, i) => {
      const cell = sheet.getCell(1, i + 1);
      cell.value = formula ? { formula, result: i + 1 } : i + 1;
      if (numFmt) cell.numFmt = numFmt;
    });
  });
  return editParts(bytes, {
    [SHEET]: (xml) =>
      cells.reduce(
        (edited, { iso }, i) =>
          edited.replace(
            new RegExp(`(<c r="[A-Z]+1"[^>]*)>((?:<f>[^<]*</f>)?)<v>${i + 1}</v>`, 'u'),
            `$1 t="d">$2<v>${iso}</v>`,
          ),
        xml,
      ),
  });
}

const rowOne = async (bytes: Uint8Array): Promise<(GridCell | undefined)[]> =>
  (await readWorkbook(bytes)).sheets[0]?.rows[0] ?? [];

describe('a date cell (t="d")', () => {
  it('reads as its date and shows as Excel shows it under the cell’s format', async () => {
    const cells = await rowOne(
      await dateCells([
        { iso: '2021-06-30', numFmt: 'yyyy"年"m"月"d"日"' },
        { iso: '2021-06-30T09:30:00Z', numFmt: 'yyyy/m/d h:mm' },
        { iso: '2021-06-30T00:00:00.000', numFmt: 'yyyy-mm-dd' },
        { iso: 'T12:00:00', numFmt: 'h:mm' },
        { iso: '2021-06-30' },
      ]),
    );
    expect(cells).toEqual([
      { value: { date: '2021-06-30' }, text: '2021年6月30日' },
      { value: { date: '2021-06-30T09:30:00' }, text: '2021/6/30 9:30' },
      { value: { date: '2021-06-30' }, text: '2021-06-30' },
      { value: { date: '1899-12-30T12:00:00' }, text: '12:00' },
      // A date cell without a date format is its serial number, as a number typed there.
      { value: 44377, text: '44377' },
    ]);
  });

  it("reads a date cell whose type is written in single quotes (t='d') as the same date", async () => {
    const bytes = await dateCells([{ iso: '2021-06-30', numFmt: 'yyyy-mm-dd' }]);
    const singleQuoted = await editParts(bytes, { [SHEET]: (xml) => xml.replace(' t="d"', " t='d'") });
    await expect(partText(singleQuoted, SHEET)).resolves.toContain("t='d'");
    expect(await rowOne(singleQuoted)).toEqual([{ value: { date: '2021-06-30' }, text: '2021-06-30' }]);
  });

  it('reads a formula’s date result as that date', async () => {
    const cells = await rowOne(
      await dateCells([{ iso: '2021-06-30', numFmt: 'yyyy-mm-dd', formula: 'TODAY()' }]),
    );
    expect(cells).toEqual([{ value: { date: '2021-06-30' }, text: '2021-06-30' }]);
  });

  it('reads the same date in a workbook of the 1904 date system', async () => {
    const cells = await rowOne(await dateCells([{ iso: '2021-06-30', numFmt: 'yyyy-mm-dd' }], true));
    expect(cells).toEqual([{ value: { date: '2021-06-30' }, text: '2021-06-30' }]);
  });

  it('keeps a text that is no date as that text', async () => {
    const cells = await rowOne(await dateCells([{ iso: '2021年6月30日', numFmt: 'yyyy-mm-dd' }]));
    expect(cells).toEqual([{ value: '2021年6月30日', text: '2021年6月30日' }]);
  });

  it('is written into a copy as its date, never as the year alone', async () => {
    const bytes = await dateCells([
      { iso: '2021-06-30', numFmt: 'yyyy-mm-dd' },
      { iso: '2021-06-30T12:00:00' },
    ]);
    const copy = await new XlsxWorkbook(await loadWorkbook(bytes)).save();
    const xml = await partText(copy, SHEET);
    expect(
      [...xml.matchAll(/<c r="([A-Z]+1)"[^>]*><v>([^<]*)<\/v>/gu)].map(([, cell, v]) => [cell, v]),
    ).toEqual([
      ['A1', '44377'],
      ['B1', '44377.5'],
    ]);
  });

  it('reads as the serial number of the same date would, for any date Excel holds', async () => {
    // From 1900-03-01, after the day that Excel's 1900 system holds and the calendar has not (1900-02-29).
    const days = fc.integer({ min: 61, max: 2_958_465 });
    await fc.assert(
      fc.asyncProperty(days, async (serial) => {
        const iso = new Date((serial - 25_569) * 86_400_000).toISOString().slice(0, 10);
        const numFmt = 'yyyy"年"m"月"d"日"';
        const serialBytes = await xlsxBytes((workbook) => {
          const cell = workbook.addWorksheet('S').getCell('A1');
          cell.value = serial;
          cell.numFmt = numFmt;
        });
        expect(await rowOne(await dateCells([{ iso, numFmt }]))).toEqual(await rowOne(serialBytes));
      }),
      { numRuns: 20 },
    );
  });
});
