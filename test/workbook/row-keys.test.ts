import fc from 'fast-check';
import { check } from '../../src/core/check';
import { defaultProfile } from '../../src/core/profile';
import { checkedRowKey, rowKeys } from '../../src/workbook/row-keys';
import { loadWorkbook, workbookGrid } from '../../src/xlsx/read-workbook';
import { buildRandomWorkbook, randomSheets } from '../helpers/random-workbook';
import { xlsxBytes } from '../helpers/xlsx';

describe('row keys', () => {
  it('are the same read from the check’s columns (marking) as from the tables (clearing), row by row', async () => {
    const profile = defaultProfile();
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(randomSheets, async (sheets) => {
        const grid = workbookGrid(
          await loadWorkbook(await xlsxBytes((workbook) => buildRandomWorkbook(workbook, sheets))),
        );
        const checked = check(grid, { profile });
        if (!checked.ok) return;
        const keyOf = checkedRowKey(grid, checked.result);
        const names = checked.result.sheets.map((sheet) => sheet.name);
        const tables = rowKeys(grid, profile, new Set(names));
        for (const name of names) {
          const { firstDataRow, lastDataRow } = checked.result.sheets.find((sheet) => sheet.name === name)!;
          const keyAt = tables.get(name)!.keyAt;
          for (let row = firstDataRow; row <= lastDataRow; row++)
            if (keyAt.has(row)) {
              expect([name, row, keyOf(name, row)]).toEqual([name, row, keyAt.get(row)]);
              compared++;
            }
        }
      }),
      { numRuns: 25 },
    );
    expect(compared).toBeGreaterThan(100);
  }, 60_000);
});
