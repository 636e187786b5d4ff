import { markBytes, readThroughCopies } from '../helpers/write-back';
import { editParts, partText, twoProjects, xlsxBytes } from '../helpers/xlsx';

/** Page breaks as Excel writes them after a sheet's headers and footers: before row 3, and before column C. */
const BREAKS =
  '<rowBreaks count="1" manualBreakCount="1"><brk id="2" max="16383" man="1"/></rowBreaks>' +
  '<colBreaks count="1" manualBreakCount="1"><brk id="2" max="1048575" man="1"/></colBreaks>';

/** The recommendation table with page breaks inserted by hand. */
async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    const sheet = workbook.addWorksheet('推荐表');
    sheet.addRows(twoProjects());
    sheet.headerFooter.oddFooter = '第 &P 页';
    workbook.addWorksheet('说明').getCell('A1').value = '填表说明';
  });
  return editParts(bytes, {
    'xl/worksheets/sheet1.xml': (xml) => {
      expect(xml).toContain('</headerFooter>');
      return xml.replace('</headerFooter>', `</headerFooter>${BREAKS}`);
    },
  });
}

/** Each break of the first sheet as [rows or columns, before which, up to where, set by hand]. */
async function breaksOf(bytes: Uint8Array): Promise<[string, string, string, string][]> {
  const xml = await partText(bytes, 'xl/worksheets/sheet1.xml');
  return [...xml.matchAll(/<(rowBreaks|colBreaks)\b[\s\S]*?<\/\1>/gu)].flatMap(([list, kind]) =>
    [...list.matchAll(/<brk id="(\d+)" max="(\d+)" man="(\d)"\/>/gu)].map(
      ([, id, max, man]): [string, string, string, string] => [kind!, id!, max!, man!],
    ),
  );
}

/** The names of the first sheet's elements after its cells, in their order. */
async function tailOf(bytes: Uint8Array): Promise<string[]> {
  const xml = await partText(bytes, 'xl/worksheets/sheet1.xml');
  const tail = xml.slice(xml.indexOf('</sheetData>'));
  return [...tail.matchAll(/<(\w+)\b/gu)].map(([, name]) => name!).filter((name) => name !== 'brk');
}

const EXPECTED = [
  ['rowBreaks', '2', '16383', '1'],
  ['colBreaks', '2', '1048575', '1'],
];

describe('page breaks inserted by hand (分页符) in a copy', () => {
  it('are kept, rows and columns, through the marked copy and its clearing', async () => {
    const bytes = await original();
    expect(await readThroughCopies(bytes, breaksOf)).toEqual([EXPECTED, EXPECTED, EXPECTED]);
  });

  it('stand where the schema puts them: after the headers and footers, before the drawing of the notes', async () => {
    const { bytes: marked } = await markBytes(await original());
    const tail = await tailOf(marked);
    expect(tail).toContain('legacyDrawing');
    const at = (name: string) => tail.indexOf(name);
    expect(at('headerFooter')).toBeLessThan(at('rowBreaks'));
    expect(at('rowBreaks')).toBe(at('colBreaks') - 1);
    expect(at('colBreaks')).toBeLessThan(at('legacyDrawing'));
  });

  it('are not given to a sheet that had none', async () => {
    const { bytes: marked } = await markBytes(await original());
    const xml = await partText(marked, 'xl/worksheets/sheet2.xml');
    expect(xml).not.toMatch(/<(?:rowBreaks|colBreaks)\b/u);
  });
});
