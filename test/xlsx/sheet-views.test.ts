import { readThroughCopies } from '../helpers/write-back';
import { editParts, tagAttributes, twoProjects, xlsxBytes } from '../helpers/xlsx';

/** The table's view, as Excel writes it with 零值 turned off and scrolled to row 2, at its default zoom. */
const TABLE_VIEW =
  '<sheetView showZeros="0" tabSelected="1" topLeftCell="A2" workbookViewId="0" zoomScaleSheetLayoutView="70">';
/** The notes' view, zoomed to 85%. */
const NOTES_VIEW = '<sheetView workbookViewId="0" zoomScale="85" zoomScaleNormal="85">';

/** A table of two projects and a sheet of notes, each with its view. */
async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    workbook.addWorksheet('推荐表').addRows(twoProjects());
    workbook.addWorksheet('说明').getCell('A1').value = '填表说明';
  });
  const withView = (view: string) => (xml: string) => {
    expect(xml).not.toContain('<sheetViews');
    return xml.replace(
      '<sheetFormatPr',
      `<sheetViews>${view}<selection activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr`,
    );
  };
  return editParts(bytes, {
    'xl/worksheets/sheet1.xml': withView(TABLE_VIEW),
    'xl/worksheets/sheet2.xml': withView(NOTES_VIEW),
  });
}

/** The attributes of each of the first two sheets' view, in order of name. */
async function viewsOf(bytes: Uint8Array): Promise<string[][]> {
  return Promise.all(
    ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'].map((path) =>
      tagAttributes(bytes, path, /<sheetView\b[^>]*>/u),
    ),
  );
}

describe('the views of a sheet in a copy', () => {
  it('say what the original’s say, with no zoom where it has none, through the marked copy and its clearing', async () => {
    const expected = [
      [
        'showZeros="0"',
        'tabSelected="1"',
        'topLeftCell="A2"',
        'workbookViewId="0"',
        'zoomScaleSheetLayoutView="70"',
      ],
      ['workbookViewId="0"', 'zoomScale="85"', 'zoomScaleNormal="85"'],
    ];
    expect(await readThroughCopies(await original(), viewsOf)).toEqual([expected, expected, expected]);
  });
});
