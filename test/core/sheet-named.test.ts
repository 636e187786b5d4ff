import fc from 'fast-check';
import { check } from '../../src/core/check';
import { defaultProfile } from '../../src/core/profile';
import { sheetNamed } from '../../src/core/sheet-named';
import { distinctRow, HEADER, sheet, workbook } from '../helpers/grid';

/** A sheet with one clean project row, under a name. */
const tableSheet = (name: string) => sheet(name, [HEADER, distinctRow(0)]);

describe('sheetNamed', () => {
  test('finds a sheet by its name in any case of its letters, as Excel does', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'SheetＡｂ南山区 1'), minLength: 1, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (name, upper) => {
          const typed = [...name].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join('');
          expect(sheetNamed(workbook(tableSheet('其他'), tableSheet(name)), typed)).toBe(name);
        },
      ),
    );
  });

  test('takes the sheet whose name is written exactly so first, and finds no sheet of another name', () => {
    const grid = workbook(tableSheet('SHEET1'), tableSheet('Sheet1'));
    expect(sheetNamed(grid, 'Sheet1')).toBe('Sheet1');
    expect(sheetNamed(grid, 'Sheet 1')).toBeUndefined();
    expect(sheetNamed(grid, 'Sheet12')).toBeUndefined();
  });

  test('finds a sheet typed with spaces around its name, a full-width one from the input method included', () => {
    const grid = workbook(tableSheet('推荐表'), tableSheet('Sheet1'), tableSheet(' 南山区 '));
    expect(sheetNamed(grid, '推荐表\u3000')).toBe('推荐表');
    expect(sheetNamed(grid, ' sheet1 ')).toBe('Sheet1');
    expect(sheetNamed(grid, '南山区')).toBe(' 南山区 ');
    expect(sheetNamed(grid, '推荐 表')).toBeUndefined();
  });
});

describe('check with sheets chosen by name', () => {
  test('reads Sheet1 when the officer typed sheet1 (quota-check --sheet sheet1)', () => {
    const outcome = check(workbook(tableSheet('Sheet1'), tableSheet('Sheet2')), {
      profile: defaultProfile(),
      sheets: ['sheet1'],
    });
    expect(outcome.ok && outcome.result.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});
