import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { packageParts } from '../../src/xlsx/package-parts';

const FIXED = new Date(Date.UTC(2026, 10, 25, 9, 30));
/** A 1×1 PNG, as a base64 data URL. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** A workbook with what our copies hold: text, styles, notes, merges, validation, a link, several sheets; an image. */
function workbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.created = FIXED;
  book.modified = FIXED;
  const sheet = book.addWorksheet('推荐汇总表');
  sheet.addRow(['序号', '申报单位', '项目名称']);
  sheet.addRow([1, '深圳市甲科技有限公司', '智能传感器研发']);
  sheet.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
  sheet.getCell('B2').note = '【推荐表校验助手】\n【错误】超过上限';
  sheet.mergeCells('A3:C3');
  sheet.getCell('C2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"是,否"'] };
  sheet.addImage(book.addImage({ base64: PIXEL, extension: 'png' }), 'E2:F4');
  const report = book.addWorksheet('校验报告');
  report.getCell('A1').value = {
    formula: 'HYPERLINK("#\'推荐汇总表\'!B2","推荐汇总表!B2")',
    result: '推荐汇总表!B2',
  };
  book.addWorksheet('quota-check-marks', { state: 'veryHidden' }).getCell('A1').value = '{"version":1}';
  return book;
}

const isMedia = (name: string) => name.startsWith('xl/media/');

/** The files of a package as text (binary parts as base64), folders left out. */
async function zipFiles(bytes: Uint8Array | ArrayBuffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const files: Record<string, string> = {};
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir) files[name] = await file.async(isMedia(name) ? 'base64' : 'string');
  return files;
}

describe('packageParts', () => {
  it('renders exactly the parts that ExcelJS’s writeBuffer zips', async () => {
    const expected = await zipFiles(await workbook().xlsx.writeBuffer());
    const parts = await packageParts(workbook());
    const rendered = Object.fromEntries(
      parts.map(({ name, data }) => [
        name,
        typeof data === 'string' ? data : Buffer.from(data).toString(isMedia(name) ? 'base64' : 'utf8'),
      ]),
    );
    expect(Object.keys(rendered).sort()).toEqual(Object.keys(expected).sort());
    expect(rendered).toEqual(expected);
    expect(parts.find((part) => isMedia(part.name))?.base64).toBe(true);
  });
});
