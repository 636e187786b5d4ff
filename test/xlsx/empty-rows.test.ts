import { loadWorkbook } from '../../src/xlsx/read-workbook';
import { readThroughCopies } from '../helpers/write-back';
import { editParts, twoProjects, xlsxBytes } from '../helpers/xlsx';

/**
 * A table followed by rows without cells, as Excel writes them: row 5 hidden, row 6 filled yellow across, rows 7 and
 * 8 a group (组合), row 9 of no height.
 */
async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    const sheet = workbook.addWorksheet('推荐表');
    sheet.addRows(twoProjects());
    sheet.getCell('A6').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  });
  return editParts(bytes, {
    'xl/worksheets/sheet1.xml': (xml) => {
      const filled = /<row r="6"[^>]*><c r="A6" s="(\d+)"\/><\/row>/u.exec(xml);
      expect(filled).not.toBeNull();
      return xml.replace(
        filled![0],
        '<row r="5" hidden="1"/>' +
          `<row r="6" s="${filled![1]}" customFormat="1"/>` +
          '<row r="7" outlineLevel="1"/><row r="8" outlineLevel="1"/>' +
          '<row r="9" ht="0" customHeight="1"/>',
      );
    },
  });
}

/** Rows 4 to 9 of the first sheet as read: [row, hidden, outline level, fill colour]. */
async function emptyRowsOf(bytes: Uint8Array): Promise<[number, boolean, number, string | undefined][]> {
  const sheet = (await loadWorkbook(bytes)).worksheets[0]!;
  return [4, 5, 6, 7, 8, 9].map((r) => {
    const row = sheet.findRow(r);
    const fill = row?.fill;
    return [
      r,
      row?.hidden ?? false,
      row?.outlineLevel ?? 0,
      fill?.type === 'pattern' ? fill.fgColor?.argb : undefined,
    ];
  });
}

describe('the rows of a copy without cells', () => {
  it('stay hidden, grouped and filled as the original has them, through the marked copy and its clearing', async () => {
    const expected = [
      [4, false, 0, undefined],
      [5, true, 0, undefined],
      [6, false, 0, 'FFFFFF00'],
      [7, false, 1, undefined],
      [8, false, 1, undefined],
      [9, true, 0, undefined],
    ];
    expect(await readThroughCopies(await original(), emptyRowsOf)).toEqual([expected, expected, expected]);
  });
});
