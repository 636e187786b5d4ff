import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { zipPackage } from '../../src/cli/zip-package';
import type { PackagePart } from '../../src/xlsx/package-parts';
import { packageParts } from '../../src/xlsx/package-parts';

/** A workbook of Chinese text with a note: parts that deflate well, and tiny ones that do not. */
function workbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('推荐汇总表');
  for (let r = 1; r <= 200; r++) sheet.addRow([r, `深圳市第${r}科技有限公司`, '智能传感器研发']);
  sheet.getCell('B2').note = '批注';
  book.addWorksheet('校验报告').getCell('A1').value = '校验报告';
  return book;
}

const text = (part: PackagePart) =>
  typeof part.data === 'string' ? part.data : Buffer.from(part.data).toString('utf8');

describe('zipPackage', () => {
  it('zips the parts into a package that JSZip reads back whole, every CRC checked, and ExcelJS opens', async () => {
    const parts = await packageParts(workbook());
    const bytes = await zipPackage(parts);

    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(parts.map((part) => part.name));
    for (const part of parts) expect(await zip.file(part.name)!.async('string')).toBe(text(part));
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(read.worksheets.map((sheet) => sheet.name)).toEqual(['推荐汇总表', '校验报告']);
    expect(read.getWorksheet('推荐汇总表')!.getCell('B200').value).toBe('深圳市第200科技有限公司');
  });

  it('deflates as well as ExcelJS does', async () => {
    const book = workbook();
    const own = await book.xlsx.writeBuffer();
    expect((await zipPackage(await packageParts(book))).length).toBeLessThan(own.byteLength * 1.02);
  });

  it('keeps bytes and base64 parts (media) as they are', async () => {
    const image = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 255, 7]);
    const bytes = await zipPackage([
      { name: 'xl/media/image1.png', data: image, base64: false },
      { name: 'xl/media/image2.png', data: Buffer.from(image).toString('base64'), base64: true },
    ]);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    for (const name of ['xl/media/image1.png', 'xl/media/image2.png'])
      expect(await zip.file(name)!.async('uint8array')).toEqual(image);
  });
});
