import { readWorkbook } from '../../src/xlsx/read-workbook';
import { editParts, xlsxBytes } from '../helpers/xlsx';

/**
 * Text in a package escapes characters that XML can't hold as `_xHHHH_` (ECMA-376 Part 1, 22.9.2.19): a carriage
 * return is `_x000D_`, and a literal `_x` sequence is escaped as `_x005F_x`. Apache POI's streaming writer, behind
 * many reporting systems' exports, writes inline strings so; Excel writes a formula's text result so.
 */
async function sheetWith(sheetData: string): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => (workbook.addWorksheet('S').getCell('A1').value = 0));
  return editParts(bytes, {
    'xl/worksheets/sheet1.xml': (xml) =>
      xml.replace(/<sheetData>.*<\/sheetData>/su, `<sheetData>${sheetData}</sheetData>`),
  });
}

describe('escaped characters in text', () => {
  it('are decoded in inline strings, plain string cells and formula text results, as in shared strings', async () => {
    const bytes = await sheetWith(
      '<row r="1">' +
        '<c r="A1" t="inlineStr"><is><t>人工智能_x000D_\n平台</t></is></c>' +
        '<c r="B1" t="str"><v>华科_x000D_智能</v></c>' +
        '<c r="C1" t="str"><f>A1&amp;CHAR(13)</f><v>项目_x000D_</v></c>' +
        '<c r="D1" t="inlineStr"><is><t>字面_x005F_x000D_</t></is></c>' +
        '</row>',
    );
    const [sheet] = (await readWorkbook(bytes)).sheets;
    expect(sheet?.rows[0]?.map((cell) => cell?.value)).toEqual([
      '人工智能\r\n平台',
      '华科\r智能',
      '项目\r',
      '字面_x000D_',
    ]);
  });
});
