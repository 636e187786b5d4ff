import type { Borders, Cell, Style, Workbook, Worksheet } from 'exceljs';
import { linkFormula } from '../workbook/cell-address';
import { MARK_LOOKS } from '../workbook/mark-look';
import { HEADER_FILL, ourSheetLayout } from '../workbook/our-sheet-layout';
import type { OurCellValue, OurSheet } from '../workbook/port';

const THIN = { style: 'thin' } as const;
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** One style object per kind of cell: ExcelJS writes each style object once, however many cells share it. */
const HEADER_STYLE: Partial<Style> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${HEADER_FILL.slice(1)}` } },
  border: BORDER,
  alignment: { vertical: 'middle', wrapText: true },
};
const BODY_STYLE: Partial<Style> = { border: BORDER, alignment: { vertical: 'top', wrapText: true } };
const EMPHASIS_STYLES = Object.fromEntries(
  (['error', 'warning'] as const).map((severity) => {
    const look = MARK_LOOKS[severity];
    const style: Partial<Style> = {
      ...BODY_STYLE,
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

function writeTable(
  worksheet: Worksheet,
  sheet: OurSheet,
  { headerRow, bodyRow, filterEndRow }: { headerRow: number; bodyRow: number; filterEndRow: number },
): void {
  sheet.columns.forEach(({ header, width }, i) => {
    worksheet.getColumn(i + 1).width = width;
    const cell = worksheet.getCell(headerRow, i + 1);
    cell.value = header;
    cell.style = HEADER_STYLE;
  });
  sheet.rows.forEach((values, r) => {
    values.forEach((value, c) => {
      const cell = worksheet.getCell(bodyRow + r, c + 1);
      setValue(cell, value);
      cell.style = BODY_STYLE;
    });
  });
  for (const { row, column, severity } of sheet.emphasis ?? [])
    worksheet.getCell(bodyRow + row, column + 1).style = EMPHASIS_STYLES[severity];
  worksheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: filterEndRow, column: sheet.columns.length },
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
  if (sheet.pageFooter !== undefined) worksheet.headerFooter = { oddFooter: `&C${sheet.pageFooter}` };
}

/** Adds one of our sheets at the end of the workbook: heading lines, then the table, then the footer lines. */
export function writeOurSheet(workbook: Workbook, sheet: OurSheet): void {
  const worksheet = workbook.addWorksheet(sheet.name, { state: sheet.visibility });
  sheet.heading.forEach((line, i) => setValue(worksheet.getCell(i + 1, 1), line));
  if (sheet.heading.length > 0) worksheet.getCell(1, 1).font = { bold: true, size: 14 };
  const layout = ourSheetLayout(sheet);
  const { headerRow, bodyRow, filterEndRow, footerRow } = layout;
  if (headerRow === undefined) {
    sheet.rows.forEach((values, r) =>
      values.forEach((value, c) => setValue(worksheet.getCell(bodyRow + r, c + 1), value)),
    );
    return;
  }
  writeTable(worksheet, sheet, { headerRow, bodyRow, filterEndRow });
  (sheet.footer ?? []).forEach((line, i) => setValue(worksheet.getCell(footerRow + i, 1), line));
}
