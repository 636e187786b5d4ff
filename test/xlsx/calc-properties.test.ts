import { readThroughCopies } from '../helpers/write-back';
import { editParts, tagAttributes, twoProjects, xlsxBytes } from '../helpers/xlsx';

/** A workbook that calculates with the precision shown, iterates circular references and shows R1C1 references. */
const CALCULATION =
  '<calcPr calcId="191029" fullPrecision="0" iterate="1" iterateCount="50" refMode="R1C1"/>';

async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => workbook.addWorksheet('推荐表').addRows(twoProjects()));
  return editParts(bytes, {
    'xl/workbook.xml': (xml) => {
      expect(xml).toMatch(/<calcPr\b[^>]*\/>/u);
      return xml.replace(/<calcPr\b[^>]*\/>/u, CALCULATION);
    },
  });
}

/** The attributes of the workbook's calculation, in order of name, but for the number of the engine that wrote it. */
const calculationOf = (bytes: Uint8Array) =>
  tagAttributes(bytes, 'xl/workbook.xml', /<calcPr\b[^>]*>/u, ['calcId']);

describe('how a workbook calculates (公式选项) in a copy', () => {
  it('is kept, through the marked copy and its clearing', async () => {
    const expected = ['fullPrecision="0"', 'iterate="1"', 'iterateCount="50"', 'refMode="R1C1"'];
    expect(await readThroughCopies(await original(), calculationOf)).toEqual([expected, expected, expected]);
  });
});
