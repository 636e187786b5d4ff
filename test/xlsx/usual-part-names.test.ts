import JSZip from 'jszip';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { xlsxBytes } from '../helpers/xlsx';

/** The bytes with parts moved to other names, and the workbook's relationships pointing at the new names. */
async function renameParts(bytes: Uint8Array, renames: Record<string, string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  for (const [from, to] of Object.entries(renames)) {
    zip.file(to, await zip.file(from)!.async('uint8array'));
    zip.remove(from);
    rels = rels.replace(`"${from.slice('xl/'.length)}"`, `"${to.slice('xl/'.length)}"`);
  }
  zip.file('xl/_rels/workbook.xml.rels', rels);
  return zip.generateAsync({ type: 'uint8array' });
}

/** Two district sheets, as the package ExcelJS writes names them: xl/worksheets/sheet1.xml and sheet2.xml. */
const twoSheets = () =>
  xlsxBytes((workbook) => {
    workbook.addWorksheet('南山区').getCell('A1').value = '申报单位';
    workbook.addWorksheet('福田区').getCell('A1').value = '项目名称';
  });

describe('parts under other names than the usual ones', () => {
  it('are found through the workbook’s relationships, as Excel finds them (ClosedXML names the first sheet sheet.xml)', async () => {
    const bytes = await renameParts(await twoSheets(), {
      'xl/worksheets/sheet1.xml': 'xl/worksheets/sheet.xml',
      'xl/sharedStrings.xml': 'xl/SharedStrings.xml',
    });
    const grid = await readWorkbook(bytes);
    expect(grid.sheets.map((sheet) => [sheet.name, sheet.rows[0]?.[0]?.value])).toEqual([
      ['南山区', '申报单位'],
      ['福田区', '项目名称'],
    ]);
  });
});

/** The bytes with parts' zip entries renamed, and the workbook's relationships left as they were. */
async function renameEntries(bytes: Uint8Array, renames: Record<string, string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [from, to] of Object.entries(renames)) {
    zip.file(to, await zip.file(from)!.async('uint8array'));
    zip.remove(from);
  }
  return zip.generateAsync({ type: 'uint8array' });
}

describe('parts whose zip entry is named in another case than their relationship says', () => {
  it('are found, as part names in a package are compared in any case (Sheet2.xml, SharedStrings.xml)', async () => {
    const bytes = await renameEntries(await twoSheets(), {
      'xl/worksheets/sheet2.xml': 'xl/worksheets/Sheet2.xml',
      'xl/sharedStrings.xml': 'xl/SharedStrings.xml',
    });
    const grid = await readWorkbook(bytes);
    expect(grid.sheets.map((sheet) => [sheet.name, sheet.rows[0]?.[0]?.value])).toEqual([
      ['南山区', '申报单位'],
      ['福田区', '项目名称'],
    ]);
  });
});
