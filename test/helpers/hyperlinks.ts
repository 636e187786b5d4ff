import JSZip from 'jszip';
import { twoProjects, xlsxBytes } from './xlsx';

/**
 * A workbook of two sheets, 推荐表 (a table of two projects) and 说明, whose first sheet has the hyperlinks given as
 * `<hyperlink>` elements, as Excel writes them. A link to a web page names the relationship `rIdWeb`, which leads to
 * https://www.miit.gov.cn/.
 */
export async function withHyperlinks(links: string): Promise<Uint8Array> {
  const table = await xlsxBytes((workbook) => {
    workbook.addWorksheet('推荐表').addRows(twoProjects());
    workbook.addWorksheet('说明').getCell('A5').value = '填表说明';
  });
  const zip = await JSZip.loadAsync(table);
  const sheet = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(sheet)!.async('string');
  zip.file(sheet, xml.replace('<pageMargins', `<hyperlinks>${links}</hyperlinks><pageMargins`));
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdWeb" ' +
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" ' +
      'Target="https://www.miit.gov.cn/" TargetMode="External"/></Relationships>',
  );
  return zip.generateAsync({ type: 'uint8array' });
}
