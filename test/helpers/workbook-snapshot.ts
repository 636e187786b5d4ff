import ExcelJS from 'exceljs';

/** Everything of a worksheet that clearing must give back, as plain data to compare with toEqual. */
export interface SheetSnapshot {
  name: string;
  state: string;
  merges: string[];
  columns: { width?: number; hidden: boolean }[];
  rows: { row: number; hidden: boolean; height?: number }[];
  cells: Record<string, { value: unknown; style: unknown; note: unknown }>;
  views: unknown;
  pageSetup: unknown;
  dataValidations: unknown;
  conditionalFormattings: unknown;
}

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null));

/** A snapshot of one worksheet as ExcelJS reads it. */
export function sheetSnapshot(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const cells: SheetSnapshot['cells'] = {};
  const rows: SheetSnapshot['rows'] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, r) => {
    rows.push({ row: r, hidden: row.hidden, ...(row.height === undefined ? {} : { height: row.height }) });
    row.eachCell({ includeEmpty: true }, (cell) => {
      const empty = cell.type === ExcelJS.ValueType.Null && cell.note === undefined;
      const style = plain(cell.style) as Record<string, unknown>;
      if (empty && Object.keys(style).length === 0) return;
      cells[cell.address] = { value: plain(cell.value), style, note: plain(cell.note) };
    });
  });
  const model = worksheet.model as unknown as {
    merges?: string[];
    dataValidations?: unknown;
    conditionalFormattings?: unknown;
  };
  return {
    name: worksheet.name,
    state: worksheet.state,
    merges: [...(model.merges ?? [])].sort(),
    columns: ((worksheet.columns as ExcelJS.Column[] | null) ?? []).map((column) => ({
      ...(column.width === undefined ? {} : { width: column.width }),
      hidden: column.hidden,
    })),
    rows,
    cells,
    views: plain(worksheet.views),
    pageSetup: plain(worksheet.pageSetup),
    dataValidations: plain(model.dataValidations),
    conditionalFormattings: plain(model.conditionalFormattings),
  };
}

/** Snapshots of the named sheets (all when omitted), in tab order, from .xlsx bytes. */
export async function workbookSnapshot(
  bytes: Uint8Array,
  only?: (name: string) => boolean,
): Promise<SheetSnapshot[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets.filter((ws) => !only || only(ws.name)).map(sheetSnapshot);
}
