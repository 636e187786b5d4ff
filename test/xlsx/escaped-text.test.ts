import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { loadWorkbook, readWorkbook } from '../../src/xlsx/read-workbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { clearBytes, markBytes } from '../helpers/write-back';
import { editParts, partText, twoProjects, xlsxBytes } from '../helpers/xlsx';

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

/** Pieces of text that an escape could lose or make: line ends, control characters, and escapes' look-alikes. */
const trickyText = fc
  .array(
    fc.constantFrom(
      '甲',
      '\r',
      '\n',
      '\r\n',
      '\t',
      '\x01',
      '\x1F',
      '\x7F',
      '_x000D_',
      '_x005F_',
      '_x000d_',
      '_',
      'x',
    ),
    {
      maxLength: 8,
    },
  )
  .map((pieces) => pieces.join(''));

/** The bytes of a workbook loaded as the tools load it, with text put into its first sheet, and written again. */
async function writtenWith(put: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = await loadWorkbook(await sheetWith(''));
  put(workbook.worksheets[0]!);
  return new XlsxWorkbook(workbook).save();
}

/** A table whose second project was pasted from Windows; its unit, a branch, gets a mark. */
const rows = twoProjects();

describe('text written into a copy', () => {
  it('keeps a Windows line end of the original, through the marked copy and its clearing', async () => {
    const table = await xlsxBytes((workbook) => workbook.addWorksheet('区').addRows(rows));
    const original = await editParts(table, {
      'xl/sharedStrings.xml': (xml) => xml.replace('项目乙', '项目_x000D_\n乙'),
    });
    const projectOf = async (bytes: Uint8Array) => (await readWorkbook(bytes)).sheets[0]?.rows[2]?.[1]?.value;
    expect(await projectOf(original)).toBe('项目\r\n乙');
    const { bytes: marked, outcome } = await markBytes(original);
    expect(outcome.marked).toBeGreaterThan(0);
    expect(await projectOf(marked)).toBe('项目\r\n乙');
    expect(await projectOf((await clearBytes(marked)).bytes)).toBe('项目\r\n乙');
  });

  it('escapes a carriage return as Excel does, so that Excel reads it too', async () => {
    const bytes = await writtenWith((sheet) => (sheet.getCell('A1').value = '甲\r\n乙'));
    const strings = await partText(bytes, 'xl/sharedStrings.xml');
    expect(strings).toContain('<t xml:space="preserve">甲_x000D_\n乙</t>');
  });

  it('reads back as it was in strings, rich text, hyperlinks, formula results and notes', async () => {
    await fc.assert(
      fc.asyncProperty(trickyText, async (text) => {
        const bytes = await writtenWith((sheet) => {
          sheet.getCell('A1').value = text;
          sheet.getCell('B1').value = { richText: [{ text, font: { bold: true } }, { text: '乙' }] };
          sheet.getCell('C1').value = { text: `链接${text}`, hyperlink: 'https://www.miit.gov.cn/' };
          sheet.getCell('D1').value = { formula: 'A1', result: `结果${text}` };
          sheet.getCell('A1').note = `批注${text}`;
        });
        const sheet = (await loadWorkbook(bytes)).worksheets[0]!;
        expect(sheet.getCell('A1').value).toBe(text);
        expect(sheet.getCell('B1').value).toEqual({
          richText: [{ text, font: { bold: true } }, { text: '乙' }],
        });
        expect(sheet.getCell('C1').value).toEqual({
          text: `链接${text}`,
          hyperlink: 'https://www.miit.gov.cn/',
        });
        expect(sheet.getCell('D1').value).toEqual({ formula: 'A1', result: `结果${text}` });
        expect(sheet.getCell('A1').note).toBe(`批注${text}`);
      }),
      { numRuns: 40 },
    );
  });
});
