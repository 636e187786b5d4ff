/// <reference types="office-js" />
import { MARK_LOOKS } from '../workbook/mark-look';
import type { OurCellValue, OurSheet } from '../workbook/port';
import { inWriteBatches, OPERATION_BYTES, utf8Length, type Step } from './batches';
import { addressLists, columnRuns, runAddress } from './cell-runs';
import { HEADER_FILL, ourSheetLayout, type OurSheetLayout } from '../workbook/our-sheet-layout';
import { cellInput, columnWidthPoints } from './cell-input';

/** Bytes of values per written block of rows; several blocks share a batch. */
const BLOCK_BYTES = 250_000;
const TABLE_BORDERS = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
] as const;

/**
 * Removes the named sheets and writes ours, each replacing any sheet of its name, added in order after the sheets
 * already there. One sync learns which sheets exist (a very hidden one must be unhidden before Excel deletes it);
 * the writes follow in batches under the request budget.
 */
export async function replaceSheets(
  context: Excel.RequestContext,
  remove: readonly string[],
  write: readonly OurSheet[],
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();
  const doomed = new Set([...remove, ...write.map((sheet) => sheet.name)]);
  const existing = worksheets.items.filter((worksheet) => doomed.has(worksheet.name));
  const removal: Step<void> = {
    cost: existing.length * 2 * OPERATION_BYTES,
    queue: () => {
      for (const worksheet of existing) {
        if (worksheet.visibility === 'VeryHidden') worksheet.visibility = 'Hidden';
        worksheet.delete();
      }
      return () => undefined;
    },
  };
  await inWriteBatches(context, [removal, ...write.flatMap((sheet) => sheetSteps(context, sheet))]);
}

/** The steps that write one sheet: adding and laying it out, its values in blocks of rows, its emphasis. */
function sheetSteps(context: Excel.RequestContext, sheet: OurSheet): Step<void>[] {
  const layout = ourSheetLayout(sheet);
  const worksheet = () => context.workbook.worksheets.getItem(sheet.name);
  const padded = (row: readonly OurCellValue[]) =>
    Array.from({ length: layout.width }, (_, c) => row[c] ?? null);
  const blocks: { row: number; rows: OurCellValue[][] }[] = [
    { row: 1, rows: sheet.heading.map((line) => padded([line])) },
    ...(layout.headerRow === undefined
      ? []
      : [{ row: layout.headerRow, rows: [padded(sheet.columns.map((column) => column.header))] }]),
    ...rowBlocks(layout.bodyRow, sheet.rows.map(padded)),
    { row: layout.footerRow, rows: (sheet.footer ?? []).map((line) => padded([line])) },
  ].filter((block) => block.rows.length > 0);
  return [
    {
      cost: 20 * OPERATION_BYTES,
      queue: () => {
        context.workbook.worksheets.add(sheet.name);
        layOut(worksheet(), sheet, layout);
        return () => undefined;
      },
    },
    ...blocks.map((block) => valuesStep(worksheet, block.row, block.rows)),
    ...emphasisSteps(worksheet, sheet, layout),
  ];
}

/** Body rows in blocks of about `BLOCK_BYTES`, each with the Excel row it starts at. */
function rowBlocks(firstRow: number, rows: OurCellValue[][]): { row: number; rows: OurCellValue[][] }[] {
  const blocks: { row: number; rows: OurCellValue[][] }[] = [];
  let bytes = 0;
  rows.forEach((row, i) => {
    const last = blocks[blocks.length - 1];
    const rowBytes = utf8Length(JSON.stringify(row));
    if (last === undefined || bytes + rowBytes > BLOCK_BYTES) {
      blocks.push({ row: firstRow + i, rows: [row] });
      bytes = rowBytes;
    } else {
      last.rows.push(row);
      bytes += rowBytes;
    }
  });
  return blocks;
}

/** Writes a block of rows from column A: number formats first, so that text lands as text. */
function valuesStep(worksheet: () => Excel.Worksheet, row: number, rows: OurCellValue[][]): Step<void> {
  const inputs = rows.map((cells) => cells.map(cellInput));
  const numberFormat = inputs.map((cells) => cells.map((input) => input.numberFormat));
  const values = inputs.map((cells) => cells.map((input) => input.value));
  return {
    cost: utf8Length(JSON.stringify(values)) + utf8Length(JSON.stringify(numberFormat)) + 3 * OPERATION_BYTES,
    queue: () => {
      const range = worksheet().getRangeByIndexes(row - 1, 0, rows.length, rows[0]!.length);
      range.numberFormat = numberFormat;
      range.values = values;
      return () => undefined;
    },
  };
}

/** Column widths, the heading's and the table's formats, the frozen header, the autofilter, the print layout. */
function layOut(worksheet: Excel.Worksheet, sheet: OurSheet, layout: OurSheetLayout): void {
  if (sheet.heading.length > 0) worksheet.getRange('A1').format.font.set({ bold: true, size: 14 });
  const { headerRow, filterEndRow } = layout;
  if (headerRow !== undefined) {
    const columns = sheet.columns.length;
    sheet.columns.forEach(({ width }, c) => {
      worksheet.getRangeByIndexes(headerRow - 1, c, sheet.rows.length + 1, 1).format.columnWidth =
        columnWidthPoints(width);
    });
    const header = worksheet.getRangeByIndexes(headerRow - 1, 0, 1, columns);
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    header.format.verticalAlignment = 'Center';
    const table = worksheet.getRangeByIndexes(headerRow - 1, 0, sheet.rows.length + 1, columns);
    for (const side of TABLE_BORDERS) table.format.borders.getItem(side).style = 'Continuous';
    // A Chinese rule name or sheet name is often wider than its column: wrapped, it is never cut on paper.
    table.format.wrapText = true;
    worksheet.autoFilter.apply(
      worksheet.getRangeByIndexes(headerRow - 1, 0, filterEndRow - headerRow + 1, columns),
    );
    worksheet.freezePanes.freezeRows(headerRow);
    worksheet.pageLayout.setPrintTitleRows(`$${headerRow}:$${headerRow}`);
    if (sheet.pageFooter !== undefined)
      worksheet.pageLayout.headersFooters.defaultForAllPages.centerFooter = sheet.pageFooter;
  }
  worksheet.pageLayout.orientation = 'Landscape';
  worksheet.pageLayout.paperSize = 'A4';
  worksheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (sheet.visibility === 'veryHidden') worksheet.visibility = 'VeryHidden';
}

/** Emphasised table cells in the marks' colours, grouped by severity into RangeAreas. */
function emphasisSteps(
  worksheet: () => Excel.Worksheet,
  sheet: OurSheet,
  layout: OurSheetLayout,
): Step<void>[] {
  return (['error', 'warning'] as const).flatMap((severity) => {
    const cells = (sheet.emphasis ?? [])
      .filter((emphasis) => emphasis.severity === severity)
      .map(({ row, column }) => ({ sheet: sheet.name, row: layout.bodyRow + row, column: column + 1 }));
    return addressLists(columnRuns(cells).map(runAddress)).map((addresses) => ({
      cost: addresses.length + 3 * OPERATION_BYTES,
      queue: () => {
        const format = worksheet().getRanges(addresses).format;
        format.fill.color = MARK_LOOKS[severity].fill;
        format.font.color = MARK_LOOKS[severity].fontColor;
        return () => undefined;
      },
    }));
  });
}
