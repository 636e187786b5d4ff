import JSZip from 'jszip';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { failureOf } from '../helpers/failure';
import { xlsxBytes } from '../helpers/xlsx';

const RELS = 'xl/_rels/workbook.xml.rels';

/** Two district sheets, their workbook relationships' targets rewritten by `retarget`, without the parts `lost`. */
async function packageOf(retarget: (rels: string) => string, ...lost: string[]): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    workbook.addWorksheet('南山区').getCell('A1').value = '申报单位';
    workbook.addWorksheet('福田区').getCell('A1').value = '项目名称';
  });
  const zip = await JSZip.loadAsync(bytes);
  zip.file(RELS, retarget(await zip.file(RELS)!.async('string')));
  for (const part of lost) zip.remove(part);
  return zip.generateAsync({ type: 'uint8array' });
}

const same = (rels: string) => rels;

describe('a sheet that the workbook lists', () => {
  it('whose part is gone is named in the failure, instead of being left unchecked in silence', async () => {
    const cases: [string[], string][] = [
      [['xl/worksheets/sheet1.xml'], '南山区'],
      [['xl/worksheets/sheet2.xml'], '福田区'],
      [['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'], '南山区'],
    ];
    for (const [lost, sheet] of cases) {
      const failure = await failureOf(readWorkbook(await packageOf(same, ...lost), 'a.xlsx'));
      expect([lost, failure.key, failure.values]).toEqual([
        lost,
        'sheet-part-missing',
        { file: 'a.xlsx', sheet },
      ]);
    }
  });

  it('is found however its relationship spells the part: another case, ./ and ../, from the package root', async () => {
    const retargets = [
      (rels: string) =>
        rels
          .replace('Target="worksheets/sheet1.xml"', 'Target="Worksheets/Sheet1.xml"')
          .replace('Target="worksheets/sheet2.xml"', 'Target="./worksheets/../worksheets/sheet2.xml"'),
      (rels: string) =>
        rels.replace('Target="worksheets/sheet2.xml"', 'Target="../xl/worksheets/sheet2.xml"'),
      (rels: string) => rels.replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/sheet1.xml"'),
    ];
    for (const retarget of retargets) {
      const grid = await readWorkbook(await packageOf(retarget));
      expect(grid.sheets.map((sheet) => [sheet.name, sheet.rows[0]?.[0]?.value])).toEqual([
        ['南山区', '申报单位'],
        ['福田区', '项目名称'],
      ]);
    }
  });
});
