import { readThroughCopies } from '../helpers/write-back';
import { editParts, tagAttributes, twoProjects, xlsxBytes } from '../helpers/xlsx';

/** A page setup as Excel writes it for A4 across, with the notes printed as they are shown on the sheet. */
const SETUP =
  '<pageSetup paperSize="9" orientation="landscape" cellComments="asDisplayed" horizontalDpi="600" verticalDpi="600"/>';

/** A table of two projects with that page setup. */
async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => workbook.addWorksheet('推荐表').addRows(twoProjects()));
  return editParts(bytes, {
    'xl/worksheets/sheet1.xml': (xml) => {
      expect(xml).toMatch(/<pageSetup\b[^>]*\/>/u);
      return xml.replace(/<pageSetup\b[^>]*\/>/u, SETUP);
    },
  });
}

/** The attributes of the first sheet's page setup, in order of name. */
const setupOf = (bytes: Uint8Array) =>
  tagAttributes(bytes, 'xl/worksheets/sheet1.xml', /<pageSetup\b[^>]*>/u);

describe('the page setup of a sheet (页面设置) in a copy', () => {
  it('says what the original’s says, notes printed as shown, through the marked copy and its clearing', async () => {
    const expected = [
      'cellComments="asDisplayed"',
      'horizontalDpi="600"',
      'orientation="landscape"',
      'paperSize="9"',
      'verticalDpi="600"',
    ];
    expect(await readThroughCopies(await original(), setupOf)).toEqual([expected, expected, expected]);
  });
});
