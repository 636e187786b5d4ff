import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { loadWorkbook } from '../../src/xlsx/read-workbook';
import { failureOf } from '../helpers/failure';
import { xlsxBytes } from '../helpers/xlsx';

/** ExcelJS's own load, which checks every merged area against all before it. */
async function plainLoad(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/** Everything ExcelJS holds of each sheet, cells and merged areas included, as it would write them. */
const models = (workbook: ExcelJS.Workbook) => workbook.worksheets.map((worksheet) => worksheet.model);

interface Area {
  top: number;
  left: number;
  height: number;
  width: number;
}

const overlaps = (a: Area, b: Area) =>
  a.top < b.top + b.height &&
  b.top < a.top + a.height &&
  a.left < b.left + b.width &&
  b.left < a.left + a.width;

/** Areas of at least two cells, the ones that overlap an earlier one left out. */
const areas = fc
  .array(
    fc.record({
      top: fc.integer({ min: 1, max: 40 }),
      left: fc.integer({ min: 1, max: 8 }),
      height: fc.integer({ min: 1, max: 5 }),
      width: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 30 },
  )
  .map((list) =>
    list
      .filter((area) => area.height * area.width > 1)
      .reduce<Area[]>(
        (kept, area) => (kept.some((other) => overlaps(other, area)) ? kept : [...kept, area]),
        [],
      ),
  );

describe('loading merged areas in linear time', () => {
  it('leaves every sheet exactly as ExcelJS leaves it, for any set of merged areas', async () => {
    await fc.assert(
      fc.asyncProperty(areas, areas, async (first, second) => {
        const bytes = await xlsxBytes((workbook) => {
          for (const [name, list] of [
            ['区县一', first],
            ['区县二', second],
          ] as const) {
            const sheet = workbook.addWorksheet(name);
            for (let r = 1; r <= 45; r++) sheet.getRow(r).values = [r, `单位${r}`, `项目${r}`];
            for (const { top, left, height, width } of list)
              sheet.mergeCells(top, left, top + height - 1, left + width - 1);
          }
        });
        const ours = await loadWorkbook(bytes);
        expect(models(ours)).toEqual(models(await plainLoad(bytes)));
        expect(ours.worksheets.map((sheet) => sheet.model.merges.length)).toEqual([
          first.length,
          second.length,
        ]);
      }),
      { numRuns: 30 },
    );
  });

  it('reads the bundled sample as ExcelJS does', async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '../../samples/recommendation-sample.xlsx')));
    const ours = await loadWorkbook(bytes);
    expect(ours.worksheets.some((sheet) => sheet.model.merges.length > 0)).toBe(true);
    expect(models(ours)).toEqual(models(await plainLoad(bytes)));
  });

  it('refuses a file whose merged areas overlap, as ExcelJS does', async () => {
    const valid = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('推荐汇总表');
      sheet.getCell('A1').value = '标题';
      sheet.mergeCells('A1:B2');
    });
    const zip = await JSZip.loadAsync(valid);
    const path = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(path)!.async('string');
    const broken = xml.replace(
      '<mergeCell ref="A1:B2"/>',
      '<mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/>',
    );
    expect(broken).not.toBe(xml);
    zip.file(path, broken.replace('<mergeCells count="1">', '<mergeCells count="2">'));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(plainLoad(bytes)).rejects.toThrow();
    expect(await failureOf(loadWorkbook(bytes, '推荐表.xlsx'))).toMatchObject({ key: 'not-a-workbook' });
  });
});
