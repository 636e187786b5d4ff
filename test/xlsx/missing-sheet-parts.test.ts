import JSZip from 'jszip';
import { listsMissingSheetPart } from '../../src/xlsx/missing-sheet-parts';
import { xlsxBytes } from '../helpers/xlsx';

const RELS = 'xl/_rels/workbook.xml.rels';

/** A two-sheet package, its workbook relationships' targets rewritten by `retarget`, without the parts `lost`. */
async function packageOf(retarget: (rels: string) => string, ...lost: string[]): Promise<JSZip> {
  const bytes = await xlsxBytes((workbook) => {
    workbook.addWorksheet('南山区').getCell('A1').value = '申报单位';
    workbook.addWorksheet('福田区').getCell('A1').value = '申报单位';
  });
  const zip = await JSZip.loadAsync(bytes);
  zip.file(RELS, retarget(await zip.file(RELS)!.async('string')));
  for (const part of lost) zip.remove(part);
  return zip;
}

describe('listsMissingSheetPart', () => {
  test('tells a listed worksheet whose part is gone, the first, the second or both', async () => {
    const same = (rels: string) => rels;
    expect(await listsMissingSheetPart(await packageOf(same))).toBe(false);
    expect(await listsMissingSheetPart(await packageOf(same, 'xl/worksheets/sheet1.xml'))).toBe(true);
    expect(await listsMissingSheetPart(await packageOf(same, 'xl/worksheets/sheet2.xml'))).toBe(true);
    const both = await packageOf(same, 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml');
    expect(await listsMissingSheetPart(both)).toBe(true);
  });

  test('finds a part named in another case, through ./ and ../, or from the package root', async () => {
    const retargeted = (rels: string) =>
      rels
        .replace('Target="worksheets/sheet1.xml"', 'Target="Worksheets/Sheet1.xml"')
        .replace('Target="worksheets/sheet2.xml"', 'Target="./worksheets/../worksheets/sheet2.xml"');
    expect(await listsMissingSheetPart(await packageOf(retargeted))).toBe(false);
    const rooted = (rels: string) =>
      rels.replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/sheet1.xml"');
    expect(await listsMissingSheetPart(await packageOf(rooted))).toBe(false);
  });
});
