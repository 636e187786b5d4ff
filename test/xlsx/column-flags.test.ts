import { readThroughCopies } from '../helpers/write-back';
import { editParts, partText, twoProjects, xlsxBytes } from '../helpers/xlsx';

/**
 * Columns B and C in a group (组合) collapsed beside column D, as Excel writes them, and column E set to 9
 * characters in a sheet whose columns are 12 wide by default.
 */
const COLUMNS =
  '<cols><col min="2" max="3" width="12" hidden="1" outlineLevel="1" customWidth="1"/>' +
  '<col min="4" max="4" width="12" collapsed="1" customWidth="1"/><col min="5" max="5" width="9" customWidth="1"/></cols>';

async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => workbook.addWorksheet('推荐表').addRows(twoProjects()));
  return editParts(bytes, {
    'xl/worksheets/sheet1.xml': (xml) => {
      expect(xml).not.toContain('<cols>');
      return xml
        .replace(
          /<sheetFormatPr\b[^>]*\/>/u,
          '<sheetFormatPr defaultColWidth="12" defaultRowHeight="15" outlineLevelCol="1"/>',
        )
        .replace('<sheetData>', `${COLUMNS}<sheetData>`);
    },
  });
}

/** Columns B to E of the first sheet as [column, width, hidden, outline level, collapsed beside it]. */
async function columnsOf(bytes: Uint8Array): Promise<[number, string, boolean, string, boolean][]> {
  const xml = await partText(bytes, 'xl/worksheets/sheet1.xml');
  return [2, 3, 4, 5].map((column) => {
    const tag =
      [...xml.matchAll(/<col\b[^>]*>/gu)].find(([col]) => {
        const [min, max] = [/\smin="(\d+)"/u, /\smax="(\d+)"/u].map((at) => Number(at.exec(col)?.[1]));
        return min! <= column && column <= max!;
      })?.[0] ?? '';
    return [
      column,
      /\swidth="([^"]*)"/u.exec(tag)?.[1] ?? 'default',
      /\shidden="1"/u.test(tag),
      /\soutlineLevel="(\d)"/u.exec(tag)?.[1] ?? '0',
      /\scollapsed="1"/u.test(tag),
    ];
  });
}

describe('the columns of a copy', () => {
  it('keep their group collapsed and their width of 9, through the marked copy and its clearing', async () => {
    const expected = [
      [2, '12', true, '1', false],
      [3, '12', true, '1', false],
      [4, '12', false, '0', true],
      [5, '9', false, '0', false],
    ];
    expect(await readThroughCopies(await original(), columnsOf)).toEqual([expected, expected, expected]);
  });
});
