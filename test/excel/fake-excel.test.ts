/// <reference types="office-js" />
import { FakeExcel } from '../helpers/fake-excel';

/** The fake must be as strict as Excel where the adapter could go wrong unnoticed. */
describe('the fake Excel', () => {
  const withSheet = () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: 'A', rows: [['x']], visibility: 'VeryHidden' });
    return excel;
  };

  test('a property read before load and sync throws, as PropertyNotLoaded', async () => {
    await withSheet().host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('A').getRangeByIndexes(0, 0, 1, 1);
      range.load('values');
      expect(() => range.values).toThrow(/PropertyNotLoaded/u);
      await context.sync();
      expect(range.values).toEqual([['x']]);
    });
  });

  test('writes wait for the sync, and later reads see them', async () => {
    const excel = withSheet();
    await excel.host.run(async (context) => {
      context.workbook.worksheets.getItem('A').getRangeByIndexes(0, 0, 1, 1).values = [['y']];
      expect(excel.cell('A', 1, 1)!.value).toBe('x');
      await context.sync();
      expect(excel.cell('A', 1, 1)!.value).toBe('y');
    });
  });

  test('a very hidden sheet cannot be deleted, as Worksheet.delete documents', async () => {
    await withSheet().host.run(async (context) => {
      context.workbook.worksheets.getItem('A').delete();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
  });
});
