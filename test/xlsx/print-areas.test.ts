import JSZip from 'jszip';
import { clearBytes, markBytes } from '../helpers/write-back';
import { twoProjects, xlsxBytes } from '../helpers/xlsx';

/** A sheet whose print area Excel wrote, its rows and columns absolute. */
async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    workbook.addWorksheet('推荐表').addRows(twoProjects());
  });
  const zip = await JSZip.loadAsync(bytes);
  const path = 'xl/workbook.xml';
  const names =
    '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">推荐表!$A$1:$C$3</definedName></definedNames>';
  const xml = await zip.file(path)!.async('string');
  expect(xml).toContain('<calcPr');
  zip.file(path, xml.replace('<calcPr', `${names}<calcPr`));
  return zip.generateAsync({ type: 'uint8array' });
}

/** The print area of the first sheet, its sheet's name unquoted. */
async function printAreaOf(bytes: Uint8Array): Promise<string | undefined> {
  const xml = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
  const name = /<definedName name="_xlnm\.Print_Area" localSheetId="0">([^<]*)</u.exec(xml)?.[1];
  return name?.replace(/&apos;|'/gu, '');
}

describe('a print area in a copy', () => {
  it('keeps its rows absolute, through the marked copy and its clearing', async () => {
    const bytes = await original();
    expect(await printAreaOf(bytes)).toBe('推荐表!$A$1:$C$3');
    const { bytes: marked, outcome } = await markBytes(bytes);
    expect(outcome.marked).toBeGreaterThan(0);
    expect(await printAreaOf(marked)).toBe('推荐表!$A$1:$C$3');
    expect(await printAreaOf((await clearBytes(marked)).bytes)).toBe('推荐表!$A$1:$C$3');
  });
});
