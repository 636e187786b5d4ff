import JSZip from 'jszip';
import { InputFailure } from '../../src/core/input-failure';
import { detectFileKind, requireXlsx } from '../../src/xlsx/detect-file-kind';
import { zipOfTextFile } from '../helpers/cli-inputs';
import { latin1, xlsxBytes } from '../helpers/xlsx';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A minimal OLE2/CFB-like file: the signature, padding, and directory entries named in UTF-16LE. */
function cfb(...streamNames: string[]): Uint8Array {
  const entries = streamNames.map((name) => {
    const entry = new Array<number>(128).fill(0);
    [...name].forEach((ch, i) => (entry[2 * i] = ch.charCodeAt(0)));
    return entry;
  });
  return new Uint8Array([...CFB_SIGNATURE, ...new Array<number>(504).fill(0), ...entries.flat()]);
}

/** The text of an HTML table as office systems export it under an .xls name (导出Excel); `style` in its head. */
const htmlTable = (style: string) =>
  `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"><style>${style}</style></head>` +
  '<body><table><tr><td>申报单位</td><td>项目名称</td></tr><tr><td>华科智能</td><td>项目甲</td></tr></table></body></html>';

/** The text of an Excel "XML 电子表格 2003" file, `format` its one number format. */
const xmlSpreadsheet = (format: string) =>
  '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n' +
  '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
  `<Styles><Style ss:ID="s1"><NumberFormat ss:Format="${format}"/></Style></Styles>` +
  '<Worksheet ss:Name="推荐表"><Table><Row><Cell><Data ss:Type="String">申报单位</Data></Cell></Row></Table></Worksheet></Workbook>';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A zip of the given files, deflated or stored. */
async function zipOf(files: Record<string, Uint8Array | string>, compression: 'DEFLATE' | 'STORE') {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression });
}

/** Deterministic noise, standing in for a PDF or an image handed in by mistake. */
function noise(length: number): Uint8Array {
  let state = 12345;
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state >>> 24;
  });
}

function failureOf(action: () => void): InputFailure {
  try {
    action();
  } catch (error) {
    if (error instanceof InputFailure) return error;
    throw error;
  }
  throw new Error('no failure thrown');
}

describe('detectFileKind', () => {
  it('recognises an .xlsx package', async () => {
    const bytes = await xlsxBytes(
      (workbook) => (workbook.addWorksheet('表1').getCell('A1').value = '申报单位'),
    );
    expect(detectFileKind(bytes)).toBe('xlsx');
  });

  it('calls empty files and files of zero bytes empty', () => {
    expect(detectFileKind(new Uint8Array())).toBe('empty');
    expect(detectFileKind(new Uint8Array(4096))).toBe('empty');
  });

  it('tells an encrypted .xlsx (CFB with an EncryptedPackage stream) from a legacy .xls', () => {
    expect(detectFileKind(cfb('EncryptionInfo', 'EncryptedPackage'))).toBe('encrypted');
    expect(detectFileKind(cfb('Workbook', 'SummaryInformation'))).toBe('legacy-xls');
    expect(detectFileKind(cfb('Book', 'SummaryInformation'))).toBe('legacy-xls');
  });

  it('tells a Word .doc and a PowerPoint .ppt from a legacy .xls, and another OLE2 file is no workbook', () => {
    expect(detectFileKind(cfb('WordDocument', '1Table', 'SummaryInformation'))).toBe('word');
    expect(detectFileKind(cfb('PowerPoint Document'))).toBe('presentation');
    expect(detectFileKind(cfb('Contents', 'SummaryInformation'))).toBe('not-a-workbook');
  });

  it('tells the documents picked in place of a workbook: the stamped scan, a Word file, slides, an .xlsb', async () => {
    const cases: [Uint8Array, string][] = [
      [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), 'pdf'],
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image'],
      [new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), 'image'],
      [latin1('GIF89a'), 'image'],
      [new Uint8Array([0x49, 0x49, 0x2a, 0x00, 0x08]), 'image'],
      [new Uint8Array([0x4d, 0x4d, 0x00, 0x2a, 0x00]), 'image'],
      [await zipOfTextFile('word/document.xml'), 'word'],
      [await zipOfTextFile('ppt/presentation.xml'), 'presentation'],
      [await zipOfTextFile('xl/workbook.bin'), 'xlsb'],
      // An OpenDocument spreadsheet, which Excel and WPS open and save as .xlsx: no workbook, as the sentence says.
      [await zipOfTextFile('content.xml'), 'not-a-workbook'],
      // A CSV whose first field is PDF is still a CSV: the signature is %PDF-.
      [latin1('PDF,file\r\n1,2\r\n'), 'text'],
    ];
    for (const [bytes, kind] of cases) expect([kind, detectFileKind(bytes)]).toEqual([kind, kind]);
  });

  it('does not take the ASCII spelling of EncryptedPackage for the directory entry', () => {
    const asciiName = new Uint8Array([...cfb('Workbook'), ...latin1('EncryptedPackage')]);
    expect(detectFileKind(asciiName)).toBe('legacy-xls');
  });

  it('recognises CSV and TSV text, UTF-8 or GBK', () => {
    expect(detectFileKind(latin1('unit,project\r\nA,B\r\n'))).toBe('text');
    expect(detectFileKind(latin1('unit\tproject\nA\tB\n'))).toBe('text');
    const gbk = [0xc9, 0xea, 0xb1, 0xa8, 0xb5, 0xa5, 0xce, 0xbb, 0x2c, 0x31, 0x0d, 0x0a];
    expect(detectFileKind(new Uint8Array([...gbk, ...gbk]))).toBe('text');
  });

  it('tells an HTML table and an XML Spreadsheet 2003 file (saved as .xls) from CSV, with or without commas', () => {
    const cases: [Uint8Array, string][] = [
      [utf8(htmlTable('td{font-family:宋体, serif}')), 'html-table'],
      [utf8(htmlTable('td{font-family:宋体}')), 'html-table'],
      [utf8(`\uFEFF\r\n<!DOCTYPE html>${htmlTable('')}`), 'html-table'],
      [utf8('<table border="1"><tr><td>申报单位</td></tr></table>'), 'html-table'],
      [utf8(xmlSpreadsheet('#,##0')), 'xml-spreadsheet'],
      [utf8(xmlSpreadsheet('0')), 'xml-spreadsheet'],
      // A CSV whose cells hold markup is still a CSV.
      [utf8('申报单位,说明\r\n华科,<table>\r\n'), 'text'],
    ];
    for (const [bytes, kind] of cases) expect([kind, detectFileKind(bytes)]).toEqual([kind, kind]);
  });

  it('tells a zip that holds a workbook (a mail attachment), stored or deflated, from a workbook that embeds one', async () => {
    const workbook = await xlsxBytes((book) => (book.addWorksheet('S').getCell('A1').value = '申报单位'));
    for (const compression of ['STORE', 'DEFLATE'] as const) {
      expect(detectFileKind(await zipOf({ '推荐表.xlsx': workbook }, compression))).toBe('zipped-workbook');
      const folder = { '湖北/推荐表.XLSX': workbook, '湖北/推荐函.pdf': '%PDF-1.7' };
      expect(detectFileKind(await zipOf(folder, compression))).toBe('zipped-workbook');
    }
    const embedding = await JSZip.loadAsync(workbook);
    embedding.file('xl/embeddings/Microsoft_Excel_Worksheet.xlsx', workbook);
    expect(detectFileKind(await embedding.generateAsync({ type: 'uint8array' }))).toBe('xlsx');
    expect(detectFileKind(await zipOf({ '说明.txt': '无' }, 'DEFLATE'))).toBe('not-a-workbook');
  });

  it('calls a JSON file (our own report, picked by mistake) no workbook, though its commas would make it a CSV', () => {
    const report = JSON.stringify({ version: 1, findings: [{ rule: 'uscc-invalid', row: 4 }] }, null, 2);
    expect(detectFileKind(utf8(report))).toBe('not-a-workbook');
    expect(detectFileKind(utf8('[1, 2, 3]'))).toBe('not-a-workbook');
    // A CSV whose first cell starts with a bracket is still a CSV.
    expect(detectFileKind(utf8('[1],申报单位,项目名称\r\n1,甲,乙\r\n'))).toBe('text');
  });

  it('calls a zip cut short that names a part of an .xlsx damaged, wherever it was cut', async () => {
    const bytes = await xlsxBytes((workbook) => workbook.addWorksheet('S').addRow(['申报单位', '项目名称']));
    for (const end of [bytes.length - 1, bytes.length - 30, Math.floor(bytes.length / 2), 1200])
      expect([end, detectFileKind(bytes.subarray(0, end))]).toEqual([end, 'damaged']);
  });

  it('calls other bytes no workbook: noise, text without delimiters, a zip without xl/workbook.xml', () => {
    expect(detectFileKind(noise(4096))).toBe('not-a-workbook');
    expect(detectFileKind(latin1('just a note'))).toBe('not-a-workbook');
    expect(detectFileKind(latin1('PK\x03\x04\x14\x00\x00\x00word/document.xml'))).toBe('not-a-workbook');
  });
});

describe('requireXlsx', () => {
  it('throws the failure for each kind, naming the file', async () => {
    const cases: [Uint8Array, string][] = [
      [new Uint8Array(), 'file-empty'],
      [new Uint8Array(4096), 'file-empty'],
      [cfb('EncryptedPackage'), 'encrypted'],
      [cfb('Workbook'), 'legacy-xls'],
      [noise(100), 'not-a-workbook'],
      [await zipOfTextFile('xl/workbook.bin'), 'xlsb-workbook'],
      [await zipOf({ '推荐表.xlsx': await xlsxBytes(() => undefined) }, 'DEFLATE'), 'zipped-workbook'],
    ];
    for (const [bytes, key] of cases) {
      const failure = failureOf(() => requireXlsx(bytes, '汇总表.xlsx'));
      expect([failure.key, failure.values]).toEqual([key, { file: '汇总表.xlsx' }]);
    }
  });

  it('names the format of a text saved under a workbook’s name', () => {
    const cases: [Uint8Array, string][] = [
      [latin1('a,b\n1,2\n'), 'csv'],
      [utf8(htmlTable('')), 'html'],
      [utf8(xmlSpreadsheet('0')), 'xml-2003'],
    ];
    for (const [bytes, format] of cases) {
      const failure = failureOf(() => requireXlsx(bytes, '汇总表.xls'));
      expect([failure.key, failure.values]).toEqual(['text-as-workbook', { file: '汇总表.xls', format }]);
    }
  });

  it('names the document picked in place of the workbook, with or without its file name', () => {
    const pdf = latin1('%PDF-1.4\n');
    const named = failureOf(() => requireXlsx(pdf, '推荐表（盖章）.pdf'));
    expect([named.key, named.values]).toEqual([
      'other-document',
      { file: '推荐表（盖章）.pdf', document: 'pdf' },
    ]);
    const unnamed = failureOf(() => requireXlsx(cfb('WordDocument')));
    expect([unnamed.key, unnamed.values]).toEqual(['other-document', { document: 'word' }]);
  });

  it.each([
    '~$推荐表.xlsx',
    '.~推荐表.xlsx',
    'C:\\Users\\张三\\Desktop\\~$推荐表.xlsx',
    '/home/a/~$commendations.xlsx',
  ])('tells the owner file of an open workbook, %s, from a workbook', (name) => {
    const failure = failureOf(() => requireXlsx(new Uint8Array(165), name));
    expect([failure.key, failure.values]).toEqual(['owner-file', { file: name }]);
    expect(failureOf(() => requireXlsx(noise(165), name)).key).toBe('owner-file');
  });

  it('reads a workbook whose name only looks like an owner file’s, and tells no other file by its ~', async () => {
    const bytes = await xlsxBytes((workbook) => workbook.addWorksheet('S'));
    expect(() => requireXlsx(bytes, '~$推荐表.xlsx')).not.toThrow();
    expect(failureOf(() => requireXlsx(noise(165), '推荐表~$.xlsx')).key).toBe('not-a-workbook');
  });

  it('passes no values without a file name, and nothing happens for an .xlsx', async () => {
    expect(failureOf(() => requireXlsx(new Uint8Array())).values).toEqual({});
    const bytes = await xlsxBytes((workbook) => workbook.addWorksheet('S'));
    expect(() => requireXlsx(bytes, 'a.xlsx')).not.toThrow();
  });
});
