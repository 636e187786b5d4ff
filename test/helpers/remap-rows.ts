import ExcelJS from 'exceljs';

/**
 * What an officer's sort, insertion or deletion of rows leaves, built as a fresh copy of a workbook: every cell of
 * every sheet is copied with its value, style and note, and the rows of one sheet move to where `to` says (or go,
 * when it says undefined). ExcelJS's own spliceRows drops notes, which Excel never does, so it can't stand in.
 */
export async function remapRows(
  bytes: Uint8Array,
  sheet: string,
  to: (row: number) => number | undefined,
  extra?: (worksheet: ExcelJS.Worksheet) => void,
): Promise<Uint8Array> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const target = new ExcelJS.Workbook();
  for (const worksheet of source.worksheets) {
    const copy = target.addWorksheet(worksheet.name, { state: worksheet.state });
    worksheet.eachRow({ includeEmpty: false }, (row, r) => {
      const at = worksheet.name === sheet ? to(r) : r;
      if (at === undefined) return;
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const dest = copy.getCell(at, c);
        dest.value = cell.value;
        dest.style = cell.style;
        if (cell.note !== undefined) dest.note = cell.note;
      });
    });
    if (worksheet.name === sheet) extra?.(copy);
  }
  return new Uint8Array(await target.xlsx.writeBuffer());
}
