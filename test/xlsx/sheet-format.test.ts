import { readThroughCopies } from '../helpers/write-back';
import { editParts, partText, twoProjects, xlsxBytes } from '../helpers/xlsx';

/**
 * The default format of a sheet whose rows below the table the officer hid, as Excel writes it: rows are hidden
 * unless listed, and columns of no width of their own are based on 10 characters.
 */
const FORMAT = '<sheetFormatPr baseColWidth="10" defaultRowHeight="14.25" zeroHeight="1"/>';

/** A table of two projects with an empty row below it that is shown, listed as Excel lists it, in that sheet. */
async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => workbook.addWorksheet('推荐表').addRows(twoProjects()));
  return editParts(bytes, {
    'xl/worksheets/sheet1.xml': (xml) => {
      expect(xml).toMatch(/<sheetFormatPr\b[^>]*\/>/u);
      return xml
        .replace(/<sheetFormatPr\b[^>]*\/>/u, FORMAT)
        .replace('</sheetData>', '<row r="4"/></sheetData>');
    },
  });
}

/** The first sheet's default format, its attributes in order of name, and the rows it lists. */
async function formatOf(bytes: Uint8Array): Promise<{ format: string[]; rows: string[] }> {
  const xml = await partText(bytes, 'xl/worksheets/sheet1.xml');
  const format = /<sheetFormatPr\b[^>]*>/u.exec(xml)?.[0] ?? '';
  return {
    format: [...format.matchAll(/\s([\w:]+="[^"]*")/gu)].map(([, attribute]) => attribute!).sort(),
    rows: [...xml.matchAll(/<row r="(\d+)"/gu)].map(([, row]) => row!),
  };
}

describe('the default format of a sheet’s rows and columns in a copy', () => {
  it('says what the original’s says, with its shown rows listed, through the marked copy and its clearing', async () => {
    const expected = {
      format: ['baseColWidth="10"', 'defaultRowHeight="14.25"', 'zeroHeight="1"'],
      rows: ['1', '2', '3', '4'],
    };
    expect(await readThroughCopies(await original(), formatOf)).toEqual([expected, expected, expected]);
  });
});
