import { markBytes } from '../helpers/write-back';
import { editParts, partText, twoProjects, xlsxBytes } from '../helpers/xlsx';

/** A table whose sheet has the conditional formats given, as Excel writes them, and the two formats they use. */
async function withFormats(formats: string): Promise<Uint8Array> {
  const table = await xlsxBytes((workbook) => workbook.addWorksheet('推荐表').addRows(twoProjects()));
  return editParts(table, {
    'xl/worksheets/sheet1.xml': (xml) => xml.replace('<pageMargins', `${formats}<pageMargins`),
    'xl/styles.xml': (xml) =>
      xml.replace(
        '<dxfs count="0"/>',
        '<dxfs count="2"><dxf><font><color rgb="FF9C0006"/></font></dxf><dxf><font><b/></font></dxf></dxfs>',
      ),
  });
}

const duplicates = (priority: number) => `<cfRule type="duplicateValues" dxfId="0" priority="${priority}"/>`;
const tooLong = (priority: number) =>
  `<cfRule type="expression" dxfId="1" priority="${priority}"><formula>LEN(B2)&gt;30</formula></cfRule>`;

/** Each conditional format of the first sheet, as [sqref, its rules' types]. */
async function formatsOf(bytes: Uint8Array): Promise<[string, string[]][]> {
  const xml = await partText(bytes, 'xl/worksheets/sheet1.xml');
  return [
    ...xml.matchAll(/<conditionalFormatting sqref="([^"]*)"(?:\/>|>(.*?)<\/conditionalFormatting>)/gu),
  ].map(([, sqref, rules]) => [
    sqref!,
    [...(rules ?? '').matchAll(/<cfRule type="(\w+)"/gu)].map(([, type]) => type!),
  ]);
}

describe('conditional formats in a copy', () => {
  it('keep the rules ExcelJS writes, and leave out a format that had none of them, not write it empty', async () => {
    const original = await withFormats(
      `<conditionalFormatting sqref="B2:B200">${duplicates(3)}</conditionalFormatting>` +
        `<conditionalFormatting sqref="C2:C200">${duplicates(2)}${tooLong(1)}</conditionalFormatting>` +
        `<conditionalFormatting sqref="D2:D200">${tooLong(4)}</conditionalFormatting>`,
    );
    expect(await formatsOf(original)).toEqual([
      ['B2:B200', ['duplicateValues']],
      ['C2:C200', ['duplicateValues', 'expression']],
      ['D2:D200', ['expression']],
    ]);
    expect(await formatsOf((await markBytes(original)).bytes)).toEqual([
      ['C2:C200', ['expression']],
      ['D2:D200', ['expression']],
    ]);
  });
});
