import fc from 'fast-check';
import { RECORD_SHEET } from '../../src/core/our-sheets';
import { buildRandomWorkbook, randomSheets } from '../helpers/random-workbook';
import { workbookSnapshot, type SheetSnapshot } from '../helpers/workbook-snapshot';
import { clearBytes, markBytes } from '../helpers/write-back';
import { xlsxBytes } from '../helpers/xlsx';

const officers = (name: string) => name === '填表说明' || name.startsWith('区');

/** What clearing must give back. ExcelJS itself rewrites a few print flags on any save, so those are left out. */
function comparable(snapshot: SheetSnapshot[]) {
  return snapshot.map(({ pageSetup, ...rest }) => {
    const setup = pageSetup as Record<string, unknown>;
    return {
      ...rest,
      print: [setup.paperSize, setup.orientation, setup.fitToPage, setup.printArea, setup.printTitlesRow],
    };
  });
}

describe('check → mark → clear through saved .xlsx files', () => {
  it('gives back every value and format of the officer’s sheets, cell by cell, after one or two checks', async () => {
    await fc.assert(
      fc.asyncProperty(randomSheets, fc.boolean(), async (sheets, twice) => {
        const original = await xlsxBytes((workbook) => buildRandomWorkbook(workbook, sheets));
        let marked = (await markBytes(original)).bytes;
        if (twice) marked = (await markBytes(marked)).bytes;
        const cleared = await clearBytes(marked);
        expect(cleared.outcome.ok && cleared.outcome.lost).toEqual([]);
        const after = await workbookSnapshot(cleared.bytes);
        expect(after.map((sheet) => sheet.name)).not.toContain(RECORD_SHEET);
        expect(comparable(after.filter((sheet) => officers(sheet.name)))).toEqual(
          comparable(await workbookSnapshot(original, officers)),
        );
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('marks something on those workbooks, so that the property above is not vacuous', async () => {
    await fc.assert(
      fc.asyncProperty(randomSheets, async (sheets) => {
        const original = await xlsxBytes((workbook) => buildRandomWorkbook(workbook, sheets));
        const { outcome, result } = await markBytes(original);
        expect(outcome.marked > 0).toBe(result.findings.length > 0);
      }),
      { numRuns: 10 },
    );
  }, 60_000);
});
