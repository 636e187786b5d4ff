import { readThroughCopies } from '../helpers/write-back';
import { editParts, filteredProjects, partText } from '../helpers/xlsx';

/**
 * A sheet's protection with a password, as Excel 2007 and WPS write its hash, and the projects' range left open to
 * editing (允许用户编辑区域).
 */
const PROTECTION =
  '<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>' +
  '<protectedRanges><protectedRange sqref="A2:C3" name="项目区"/></protectedRanges>';

/** A table of two projects under a filter, on a sheet protected so. */
async function original(): Promise<Uint8Array> {
  const bytes = await filteredProjects();
  return editParts(bytes, {
    'xl/worksheets/sheet1.xml': (xml) => {
      expect(xml).not.toContain('<sheetProtection');
      return xml.replace('</sheetData>', `</sheetData>${PROTECTION}`);
    },
  });
}

/** What stands between the first sheet's cells and its filter. */
async function protectionOf(bytes: Uint8Array): Promise<string> {
  const xml = await partText(bytes, 'xl/worksheets/sheet1.xml');
  return xml.slice(xml.indexOf('</sheetData>') + '</sheetData>'.length, xml.indexOf('<autoFilter'));
}

describe('the protection of a sheet (保护工作表) in a copy', () => {
  it('keeps its password and the ranges open to editing, through the marked copy and its clearing', async () => {
    expect(await readThroughCopies(await original(), protectionOf)).toEqual([
      PROTECTION,
      PROTECTION,
      PROTECTION,
    ]);
  });
});
