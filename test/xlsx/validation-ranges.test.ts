import fc from 'fast-check';
import { columnLetter } from '../../src/core/column-letter';
import { loadWorkbook } from '../../src/xlsx/read-workbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { readThroughCopies } from '../helpers/write-back';
import { editParts, partText, twoProjects, xlsxBytes } from '../helpers/xlsx';

/**
 * Data validations (下拉列表 and the like) list the ranges they apply to in `sqref`, often a whole column from the
 * first data row down (E3:E1048576). ExcelJS reads them as one validation per cell and writes them as ranges that
 * overlap; the copy must list them as the original did.
 */

/** A table of three projects, whose sheet is given the validations, as Excel writes them. */
async function withValidations(validations: string): Promise<Uint8Array> {
  const table = await xlsxBytes((workbook) =>
    workbook
      .addWorksheet('推荐表')
      .addRows([...twoProjects(), ['深圳市丙声学有限公司', '项目丙', '智能传感器']]),
  );
  return editParts(table, {
    'xl/worksheets/sheet1.xml': (xml) =>
      xml.replace('<pageMargins', `<dataValidations>${validations}</dataValidations><pageMargins`),
  });
}

const list = (sqref: string, choices = '"智能传感器,机器翻译系统"') =>
  `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${sqref}">` +
  `<formula1>${choices}</formula1></dataValidation>`;

/** The validations of the first sheet of a package, as [range, first formula] pairs, in order of range. */
async function validationsOf(bytes: Uint8Array): Promise<[string, string][]> {
  const xml = await partText(bytes, 'xl/worksheets/sheet1.xml');
  const pairs: [string, string][] = [];
  for (const [, sqref, formula] of xml.matchAll(
    /<dataValidation\b[^>]*\ssqref="([^"]*)"[^>]*><formula1>(.*?)</gu,
  ))
    for (const range of sqref!.split(' ')) pairs.push([range, formula!.replace(/&quot;/gu, '"')]);
  return pairs.sort(([a], [b]) => a.localeCompare(b));
}

interface Area {
  top: number;
  left: number;
  height: number;
  width: number;
}

describe('data validations in a copy', () => {
  it('keep the ranges the original lists, through the marked copy and its clearing', async () => {
    const original = await withValidations(
      list('C2:C200') + list('D2:D200 F2:F9', '$K$1:$K$3') + list('E5') + list('G2:G1048576', '方向列表'),
    );
    const expected: [string, string][] = [
      ['C2:C200', '"智能传感器,机器翻译系统"'],
      ['D2:D200', '$K$1:$K$3'],
      ['E5', '"智能传感器,机器翻译系统"'],
      ['F2:F9', '$K$1:$K$3'],
      ['G2:G1048576', '方向列表'],
    ];
    expect(await readThroughCopies(original, validationsOf)).toEqual([expected, expected, expected]);
  }, 120_000);

  it('of a whole column are held as one range, not one validation per cell', async () => {
    const workbook = await loadWorkbook(await withValidations(list('E2:E1048576')));
    // ExcelJS's own model of a sheet's validations, keyed by address: not in its typings.
    const worksheet = workbook.worksheets[0] as unknown as {
      dataValidations: { model: Record<string, unknown> };
    };
    const { model } = worksheet.dataValidations;
    expect(Object.keys(model)).toEqual(['E2:E1048576']);
  });

  it('are kept whole where ExcelJS cuts the sheet into chunks inside their tags', async () => {
    // ExcelJS's loader parses a sheet's XML in chunks of 16,384 characters: a comment before the validations puts the
    // cut at each place of the start tag in turn.
    const table = await withValidations(list('E2:E1048576'));
    const xml = await partText(table, 'xl/worksheets/sheet1.xml');
    const tag = xml.indexOf('<dataValidation ');
    const tagLength = xml.indexOf('>', tag) + 1 - tag;
    for (const into of [1, 16, 33, tagLength - 1]) {
      const pad = 16_384 - tag - into - '<!---->'.length;
      const bytes = await editParts(table, {
        'xl/worksheets/sheet1.xml': (sheet) =>
          sheet.replace('<dataValidations>', `<!--${'x'.repeat(pad)}--><dataValidations>`),
      });
      const workbook = await loadWorkbook(bytes);
      const { model } = (workbook.worksheets[0] as unknown as { dataValidations: { model: object } })
        .dataValidations;
      expect([into, Object.keys(model)]).toEqual([into, ['E2:E1048576']]);
    }
  });

  it('keep any set of ranges that do not overlap, each with its own list', async () => {
    const area = fc.record({
      top: fc.integer({ min: 1, max: 30 }),
      left: fc.integer({ min: 1, max: 8 }),
      height: fc.integer({ min: 1, max: 12 }),
      width: fc.integer({ min: 1, max: 2 }),
    });
    const apart = (a: Area, b: Area) =>
      a.top + a.height <= b.top ||
      b.top + b.height <= a.top ||
      a.left + a.width <= b.left ||
      b.left + b.width <= a.left;
    const rangeOf = ({ top, left, height, width }: Area) =>
      height === 1 && width === 1
        ? `${columnLetter(left)}${top}`
        : `${columnLetter(left)}${top}:${columnLetter(left + width - 1)}${top + height - 1}`;
    await fc.assert(
      fc.asyncProperty(fc.array(area, { maxLength: 8 }), async (areas) => {
        const kept = areas.reduce<Area[]>(
          (all, a) => (all.every((b) => apart(a, b)) ? [...all, a] : all),
          [],
        );
        const expected = kept
          .map((a, i): [string, string] => [rangeOf(a), `"选项${i}"`])
          .sort(([a], [b]) => a.localeCompare(b));
        const original = await withValidations(
          expected.map(([range, choices]) => list(range, choices)).join(''),
        );
        const copy = await new XlsxWorkbook(await loadWorkbook(original)).save();
        expect(await validationsOf(copy)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});
