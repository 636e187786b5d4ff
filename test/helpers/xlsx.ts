import ExcelJS from 'exceljs';

/** The bytes of an .xlsx file built in memory with ExcelJS, as a host would read them from disk. */
export async function xlsxBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** An ExcelJS worksheet read back from the bytes of a workbook with one sheet, built as `xlsxBytes` builds it. */
export async function roundTrip(build: (worksheet: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  const bytes = await xlsxBytes((workbook) => build(workbook.addWorksheet('Sheet1')));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const worksheet = workbook.worksheets[0];
  if (worksheet === undefined) throw new Error('the workbook lost its sheet');
  return worksheet;
}

/** Bytes of ASCII or Latin-1 text, one byte per character. */
export const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
