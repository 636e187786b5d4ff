import type { Borders, Cell, Style, Workbook, Worksheet } from 'exceljs';
import { linkFormula } from '../workbook/cell-address';
import { MARK_LOOKS } from '../workbook/mark-look';
import type { OurCellValue, OurSheet } from '../workbook/port';

const THIN = { style: 'thin' } as const;
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } } as const;
/** Columns this wide hold sentences: their text wraps instead of running across the next column. */
const WRAP_FROM_WIDTH = 28;
/** One style object per kind of cell: ExcelJS writes each style object once, however many cells share it. */
const HEADER_STYLE: Partial<Style> = {
  font: { bold: true },
  fill: HEADER_FILL,
  border: BORDER,
  alignment: { vertical: 'middle', wrapText: true },
};
const BODY_STYLES: Record<'wrap' | 'plain', Partial<Style>> = {
  wrap: { border: BORDER, alignment: { vertical: 'top', wrapText: true } },
  plain: { border: BORDER, alignment: { vertical: 'top', wrapText: false } },
};
const EMPHASIS_STYLES = Object.fromEntries(
  (['error', 'warning'] as const).map((severity) => {
    const look = MARK_LOOKS[severity];
    const style: Partial<Style> = {
      ...BODY_STYLES.plain,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${look.fill.slice(1)}` } },
      font: { color: { argb: `FF${look.fontColor.slice(1)}` } },
    };
    return [severity, style];
  }),
) as Record<'error' | 'warning', Partial<Style>>;

/**
 * Sets a value of ours. Text is always a string value, which ExcelJS writes as text: `=SUM(…)` in a unit name stays
 * those characters. Only our own links are formulas, built with their text quoted.
 */
function setValue(cell: Cell, value: OurCellValue): void {
  if (value === null) return;
  cell.value =
    typeof value === 'object' ? { formula: linkFormula(value.link, value.text), result: value.text } : value;
}

/** The row where the table's header sits: below the heading and a blank line, or none without a table. */
export function tableHeaderRow(sheet: OurSheet): number | undefined {
  return sheet.columns.length === 0 ? undefined : sheet.heading.length + 2;
}

function writeTable(worksheet: Worksheet, sheet: OurSheet, headerRow: number): void {
  sheet.columns.forEach(({ header, width }, i) => {
    worksheet.getColumn(i + 1).width = width;
    const cell = worksheet.getCell(headerRow, i + 1);
    cell.value = header;
    cell.style = HEADER_STYLE;
  });
  const columnStyles = sheet.columns.map(
    ({ width }) => BODY_STYLES[width >= WRAP_FROM_WIDTH ? 'wrap' : 'plain'],
  );
  sheet.rows.forEach((values, r) => {
    values.forEach((value, c) => {
      const cell = worksheet.getCell(headerRow + 1 + r, c + 1);
      setValue(cell, value);
      cell.style = columnStyles[c] ?? BODY_STYLES.plain;
    });
  });
  for (const { row, column, severity } of sheet.emphasis ?? [])
    worksheet.getCell(headerRow + 1 + row, column + 1).style = EMPHASIS_STYLES[severity];
  const lastRow = headerRow + sheet.rows.length;
  worksheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: lastRow, column: sheet.columns.length },
  };
  worksheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
  };
}

/** Adds one of our sheets at the end of the workbook: heading lines, then the table, then the footer lines. */
export function writeOurSheet(workbook: Workbook, sheet: OurSheet): void {
  const worksheet = workbook.addWorksheet(sheet.name, { state: sheet.visibility });
  sheet.heading.forEach((line, i) => setValue(worksheet.getCell(i + 1, 1), line));
  if (sheet.heading.length > 0) worksheet.getCell(1, 1).font = { bold: true, size: 14 };
  const headerRow = tableHeaderRow(sheet);
  if (headerRow === undefined) {
    sheet.rows.forEach((values, r) =>
      values.forEach((value, c) => setValue(worksheet.getCell(sheet.heading.length + 1 + r, c + 1), value)),
    );
    return;
  }
  writeTable(worksheet, sheet, headerRow);
  const footerRow = headerRow + sheet.rows.length + 2;
  (sheet.footer ?? []).forEach((line, i) => setValue(worksheet.getCell(footerRow + i, 1), line));
}
