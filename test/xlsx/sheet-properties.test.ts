import { readThroughCopies } from '../helpers/write-back';
import { editParts, partText, twoProjects, xlsxBytes } from '../helpers/xlsx';

/** Attributes of a sheet's properties that Excel writes and ExcelJS does not read. */
const ATTRIBUTES =
  'codeName="Sheet1" enableFormatConditionsCalculation="0" syncHorizontal="1" syncRef="A1" transitionEvaluation="1"';

/**
 * A table of two projects whose sheet has no other properties that ExcelJS writes, and a sheet of notes with a tab
 * colour, which ExcelJS writes in the properties; both with the attributes above.
 */
async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    workbook.addWorksheet('推荐表').addRows(twoProjects());
    const notes = workbook.addWorksheet('说明', { properties: { tabColor: { argb: 'FFFF0000' } } });
    notes.getCell('A1').value = '填表说明';
  });
  return editParts(bytes, {
    'xl/worksheets/sheet1.xml': (xml) => {
      expect(xml).not.toContain('<sheetPr');
      return xml.replace(/<worksheet\b[^>]*>/u, (start) => `${start}<sheetPr ${ATTRIBUTES}/>`);
    },
    'xl/worksheets/sheet2.xml': (xml) => {
      expect(xml).toContain('<sheetPr>');
      return xml.replace('<sheetPr>', `<sheetPr ${ATTRIBUTES}>`);
    },
  });
}

/** Each of the first two sheets' properties: their attributes, in order of name, and whether the tab is coloured. */
async function propertiesOf(bytes: Uint8Array): Promise<{ attributes: string[]; tabColor: boolean }[]> {
  return Promise.all(
    ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'].map(async (path) => {
      const xml = await partText(bytes, path);
      const start = /<sheetPr\b[^>]*>/u.exec(xml)?.[0] ?? '';
      return {
        attributes: [...start.matchAll(/\s([\w:]+="[^"]*")/gu)].map(([, attribute]) => attribute!).sort(),
        tabColor: /<sheetPr\b[^>]*>\s*<tabColor\b/u.test(xml),
      };
    }),
  );
}

describe('the properties of a sheet in a copy', () => {
  it('keep their attributes, through the marked copy and its clearing', async () => {
    const attributes = ATTRIBUTES.split(' ').sort();
    const expected = [
      { attributes, tabColor: false },
      { attributes, tabColor: true },
    ];
    expect(await readThroughCopies(await original(), propertiesOf)).toEqual([expected, expected, expected]);
  });
});
