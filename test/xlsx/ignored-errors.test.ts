import { readThroughCopies } from '../helpers/write-back';
import { editParts, partText, twoProjects, xlsxBytes } from '../helpers/xlsx';

/** The project names, taken by Excel for numbers kept as text, whose error the officer told Excel to ignore. */
const IGNORED = '<ignoredErrors><ignoredError sqref="B2:B3" numberStoredAsText="1"/></ignoredErrors>';

/** A table of two projects with its ignored errors where Excel writes them, after the page setup. */
async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => workbook.addWorksheet('推荐表').addRows(twoProjects()));
  return editParts(bytes, {
    'xl/worksheets/sheet1.xml': (xml) => {
      expect(xml).toMatch(/<pageSetup\b[^>]*\/><\/worksheet>/u);
      return xml.replace('</worksheet>', `${IGNORED}</worksheet>`);
    },
  });
}

/**
 * The first sheet's ignored errors, and whether they stand where the schema puts them: after the page setup, before
 * the drawing of the notes that a marked copy adds.
 */
async function ignoredOf(bytes: Uint8Array): Promise<{ ignored?: string; inPlace: boolean }> {
  const xml = await partText(bytes, 'xl/worksheets/sheet1.xml');
  const at = xml.indexOf('<ignoredErrors');
  const notes = xml.indexOf('<legacyDrawing');
  return {
    ignored: /<ignoredErrors\b[\s\S]*?<\/ignoredErrors>/u.exec(xml)?.[0],
    inPlace: at > xml.indexOf('<pageSetup') && (notes < 0 || at < notes),
  };
}

describe('the errors a sheet ignores (忽略错误) in a copy', () => {
  it('are kept where the schema puts them, through the marked copy and its clearing', async () => {
    const expected = { ignored: IGNORED, inPlace: true };
    expect(await readThroughCopies(await original(), ignoredOf)).toEqual([expected, expected, expected]);
  });
});
