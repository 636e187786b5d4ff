import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { columnLetter } from '../../src/core/column-letter';
import { loadWorkbook, readWorkbook } from '../../src/xlsx/read-workbook';
import { editParts, xlsxBytes } from '../helpers/xlsx';

/** ExcelJS's own load, which checks every merged area against all before it. */
async function plainLoad(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/**
 * Everything ExcelJS holds of each sheet, cells and merged areas included, as it would write them; but data
 * validations, which loadWorkbook holds by range where ExcelJS holds one per cell (see validation-ranges.test.ts),
 * and the first page number, which loadWorkbook forgets where the sheet does not use it (see page-numbers.test.ts).
 */
const models = (workbook: ExcelJS.Workbook) =>
  workbook.worksheets.map((worksheet) => ({
    ...worksheet.model,
    dataValidations: undefined,
    pageSetup: { ...worksheet.pageSetup, firstPageNumber: undefined },
  }));

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

/** Each area that overlaps none before it, in order: what Excel's repair keeps of a file's merged areas. */
const firstOfOverlapping = (list: readonly Area[]) =>
  list.reduce<Area[]>(
    (kept, area) => (kept.some((other) => overlaps(other, area)) ? kept : [...kept, area]),
    [],
  );

/** Areas of at least two cells, some of them overlapping. */
const anyAreas = fc
  .array(
    fc.record({
      top: fc.integer({ min: 1, max: 40 }),
      left: fc.integer({ min: 1, max: 8 }),
      height: fc.integer({ min: 1, max: 5 }),
      width: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 30 },
  )
  .map((list) => list.filter((area) => area.height * area.width > 1));

/** Areas of at least two cells, the ones that overlap an earlier one left out. */
const areas = anyAreas.map(firstOfOverlapping);

const rangeOf = ({ top, left, height, width }: Area) =>
  `${columnLetter(left)}${top}:${columnLetter(left + width - 1)}${top + height - 1}`;

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

  it('reads a file whose merged areas overlap, keeping each that overlaps none before it, as Excel repairs it', async () => {
    await fc.assert(
      fc.asyncProperty(anyAreas, async (list) => {
        const table = await xlsxBytes((workbook) => {
          const sheet = workbook.addWorksheet('推荐汇总表');
          for (let r = 1; r <= 45; r++) sheet.getRow(r).values = [r, `单位${r}`, `项目${r}`];
        });
        const mergeCells = list.map((area) => `<mergeCell ref="${rangeOf(area)}"/>`).join('');
        const bytes = await editParts(table, {
          'xl/worksheets/sheet1.xml': (xml) =>
            xml.replace(
              '</sheetData>',
              `</sheetData><mergeCells count="${list.length}">${mergeCells}</mergeCells>`,
            ),
        });
        const [sheet] = (await readWorkbook(bytes)).sheets;
        const read = sheet!.merges.map(({ top, left, bottom, right }) => ({
          top,
          left,
          height: bottom - top + 1,
          width: right - left + 1,
        }));
        const kept = firstOfOverlapping(list);
        const byPlace = (a: Area, b: Area) => a.top - b.top || a.left - b.left;
        expect(read.sort(byPlace)).toEqual([...kept].sort(byPlace));
        // A cell is read unless a kept area covers it, so the cells of an area left unmerged keep their values.
        const covered = (r: number, c: number) =>
          kept.some(
            (area) =>
              (r > area.top || c > area.left) && overlaps(area, { top: r, left: c, height: 1, width: 1 }),
          );
        for (let r = 1; r <= 45; r++)
          for (let c = 1; c <= 3; c++)
            expect([r, c, sheet!.rows[r - 1]?.[c - 1] !== undefined]).toEqual([r, c, !covered(r, c)]);
      }),
      { numRuns: 30 },
    );
  });

  it('reads B2:C3 after A1:B2 as Excel repairs it: A1:B2 merged, C2, B3 and C3 as they are', async () => {
    const table = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('推荐汇总表');
      sheet.getCell('A1').value = '标题';
      sheet.getCell('C3').value = '保留';
      sheet.mergeCells('A1:B2');
    });
    const bytes = await editParts(table, {
      'xl/worksheets/sheet1.xml': (xml) =>
        xml
          .replace('<mergeCell ref="A1:B2"/>', '<mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/>')
          .replace('<mergeCells count="1">', '<mergeCells count="2">'),
    });
    await expect(plainLoad(bytes)).rejects.toThrow();
    const [sheet] = (await readWorkbook(bytes, '推荐表.xlsx')).sheets;
    expect(sheet!.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    expect(sheet!.rows[2]?.[2]?.value).toBe('保留');
  });
});
