import { readThroughCopies } from '../helpers/write-back';
import { editParts, tagAttributes, twoProjects, xlsxBytes } from '../helpers/xlsx';

/** The workbook's window as Excel writes it, with the sheet tabs hidden and a wider tab bar. */
const VIEW =
  '<workbookView xWindow="240" yWindow="120" windowWidth="18000" windowHeight="9000" tabRatio="800" showSheetTabs="0" activeTab="0"/>';

async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => workbook.addWorksheet('推荐表').addRows(twoProjects()));
  return editParts(bytes, {
    'xl/workbook.xml': (xml) => {
      expect(xml).not.toContain('<bookViews');
      return xml.replace('<sheets>', `<bookViews>${VIEW}</bookViews><sheets>`);
    },
  });
}

/** The attributes of the workbook's window, in order of name, but for the tab it opens on. */
const viewOf = (bytes: Uint8Array) =>
  tagAttributes(bytes, 'xl/workbook.xml', /<workbookView\b[^>]*>/u, ['activeTab']);

describe('the window of a workbook in a copy', () => {
  it('hides the sheet tabs and keeps its tab bar’s width as the original, through the marked copy and its clearing', async () => {
    const expected = [
      'showSheetTabs="0"',
      'tabRatio="800"',
      'windowHeight="9000"',
      'windowWidth="18000"',
      'xWindow="240"',
      'yWindow="120"',
    ];
    expect(await readThroughCopies(await original(), viewOf)).toEqual([expected, expected, expected]);
  });
});
