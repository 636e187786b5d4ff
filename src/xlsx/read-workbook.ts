import ExcelJS, { ValueType, type Cell, type Worksheet } from 'exceljs';
import type { GridCell, MergeRange, SheetGrid, WorkbookGrid } from '../core/grid';
import { InputFailure, type InputFailureValues } from '../core/input-failure';
import { keepActiveSheet } from './active-sheet';
import { readSheetBooleansAsDigits } from './boolean-words';
import { keepCalcProperties } from './calc-properties';
import { keepColumnFlags } from './column-flags';
import { keepDefinedNames } from './defined-names';
import { requireXlsx } from './detect-file-kind';
import { decodeEscapedText, encodeEscapedText } from './escaped-text';
import { keepEmptyRows } from './empty-rows';
import { keepDynamicArrays } from './dynamic-arrays';
import { keepExternalLinks } from './external-links';
import { keepFilterCriteria } from './filter-criteria';
import { readFullWidthPrintTitles } from './full-width-titles';
import { writeFilterDatabaseNames } from './filter-database';
import { keepHeaderFooterOptions } from './header-footer-options';
import { numberImplicitAddresses } from './implicit-addresses';
import { keepIgnoredErrors } from './ignored-errors';
import { keepInternalLinks, writeInternalLinks } from './internal-links';
import { readIsoDateCells } from './iso-date-cells';
import { keepLinkTooltips } from './link-tooltips';
import { requireListedSheets } from './listed-sheets';
import { applyMerges, deferMerges } from './linear-merges';
import { defineLocaleFormats } from './locale-formats';
import { watchWorksheets } from './lost-parts';
import { normalPackage, type NormalPackage } from './normal-package';
import { keepNotesOfEmptyCells } from './notes-of-empty-cells';
import { keepPageBreaks } from './page-breaks';
import { keepPageNumbering } from './page-numbers';
import { keepPageSetup } from './page-setup';
import { isPlaceholderResult } from './placeholder-result';
import { writePrintNames } from './print-areas';
import { noteText } from './cell-look';
import { readCell } from './read-cell';
import { noteResultlessFormulas, resultlessFormulas } from './resultless-formulas';
import { keepRowFlags } from './row-flags';
import { keepSheetFormat } from './sheet-format';
import { keepSheetFrames } from './sheet-frames';
import { keepSheetProperties } from './sheet-properties';
import { keepSheetProtection } from './sheet-protection';
import { keepSheetViews } from './sheet-views';
import { keepSortState } from './sort-state';
import { keepTabSelection } from './tab-selection';
import { keepTableFilterCriteria } from './table-filter-criteria';
import { keepUndatedValues } from './undated-values';
import { keepValidationRanges } from './validation-ranges';
import { keepWorkbookProtection } from './workbook-protection';
import { keepWorkbookViews } from './workbook-views';
import { hasOurBlock } from '../workbook/note-block';
import { writeOnlyWritableConditionalFormats } from './writable-conditional-formats';
import { hideZeroHeightRows } from './zero-height-rows';

/**
 * What a workbook is loaded for: to be read as a grid only, or also to be written back as a copy, marked or cleared.
 * Most hooks below keep, for the copy, something that ExcelJS would lose on writing; a check that writes nothing
 * needs only those that decide what the cells hold and show.
 */
export type LoadPurpose = 'read' | 'copy';

/** The hooks that make the grid what Excel shows: addresses, number formats, dates, escaped text, hidden rows. */
function readAsExcelShows(workbook: ExcelJS.Workbook): void {
  // Each of these wraps ExcelJS's reconcile step around the ones set before it, so its own work before that step
  // runs before theirs: text is decoded before keepUndatedValues keeps a text result aside.
  numberImplicitAddresses(workbook);
  defineLocaleFormats(workbook);
  keepUndatedValues(workbook);
  readIsoDateCells(workbook);
  decodeEscapedText(workbook);
  hideZeroHeightRows(workbook);
  // Last: it reads the sheets' cells as the file has them, and takes its mark away once the others are done.
  noteResultlessFormulas(workbook);
}

/** The hooks that keep in a written copy what ExcelJS would drop or alter (README: what the copy keeps). */
function keepForCopy(workbook: ExcelJS.Workbook, normal: NormalPackage): void {
  // What the copy will lack is looked for as the sheets are loaded (lostParts).
  watchWorksheets(workbook);
  readSheetBooleansAsDigits(workbook);
  keepPageNumbering(workbook);
  keepValidationRanges(workbook);
  keepNotesOfEmptyCells(workbook);
  keepInternalLinks(workbook);
  keepLinkTooltips(workbook);
  keepSheetFrames(workbook, [
    keepPageBreaks,
    keepIgnoredErrors,
    keepTabSelection,
    keepHeaderFooterOptions,
    keepFilterCriteria,
    keepSortState,
    keepSheetProperties,
    keepSheetViews,
    keepSheetFormat,
    keepSheetProtection,
    keepPageSetup,
    keepColumnFlags,
  ]);
  keepRowFlags(workbook);
  keepEmptyRows(workbook);
  keepDefinedNames(workbook, normal.externalLinks.length > 0);
  readFullWidthPrintTitles(workbook);
  keepWorkbookProtection(workbook);
  keepCalcProperties(workbook);
  keepWorkbookViews(workbook);
  keepActiveSheet(workbook);
  // What is decoded on reading is escaped again when the workbook is written as a copy.
  encodeEscapedText(workbook);
  writeOnlyWritableConditionalFormats(workbook);
  writeInternalLinks(workbook);
  writeFilterDatabaseNames(workbook);
  writePrintNames(workbook);
  keepTableFilterCriteria(workbook, normal.tableFilters);
  keepExternalLinks(workbook, normal.externalLinks);
  keepDynamicArrays(workbook, normal.sheetMetadata);
}

/**
 * Loads an .xlsx file with ExcelJS, for reading only or for writing a copy too (`purpose`, a copy by default). Throws
 * an InputFailure naming the file for bytes that are no .xlsx (see requireXlsx), `workbook-damaged` for an .xlsx
 * package that can't be read, `sheet-part-missing` for a listed sheet without its part (requireListedSheets), and
 * `empty-workbook` for a workbook without worksheets.
 */
export async function loadWorkbook(
  bytes: Uint8Array,
  fileName?: string,
  purpose: LoadPurpose = 'copy',
): Promise<ExcelJS.Workbook> {
  requireXlsx(bytes, fileName);
  const values: InputFailureValues = fileName === undefined ? {} : { file: fileName };
  const workbook = new ExcelJS.Workbook();
  try {
    const normal = await normalPackage(bytes);
    requireListedSheets(workbook, values);
    readAsExcelShows(workbook);
    if (purpose === 'copy') keepForCopy(workbook, normal);
    const merges = deferMerges(workbook);
    // ExcelJS types the data as its own ArrayBuffer-like Buffer; JSZip underneath reads any Uint8Array.
    await workbook.xlsx.load(normal.bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    applyMerges(workbook, merges);
    // Kept, so that a marked copy still asks Excel to calculate what its writer did not.
    if (normal.fullCalcOnLoad) workbook.calcProperties.fullCalcOnLoad = true;
  } catch (error) {
    if (error instanceof InputFailure) throw error;
    // The bytes are an .xlsx package (requireXlsx), so what fails to load is a damaged one: cut short, most often.
    throw new InputFailure('workbook-damaged', values);
  }
  if (workbook.worksheets.length === 0) throw new InputFailure('empty-workbook', values);
  return workbook;
}

/**
 * Every worksheet of a loaded workbook, in tab order, as the grid the core checks: each cell's value and display
 * text, the merged areas, hidden rows and columns, and whether the sheet is hidden. Which sheets hold data is the
 * core's decision.
 */
export function workbookGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  const date1904 = workbook.properties.date1904 ?? false;
  const read = workbook.worksheets.map((worksheet) => readSheet(worksheet, date1904));
  const sheets = read.map(({ sheet }) => sheet);
  // A writer that does not calculate leaves every formula without a result (openpyxl, POI, excelize) or with a
  // placeholder 0 (XlsxWriter), and may ask Excel to calculate on opening; Excel and WPS calculate, and Excel clears
  // the request when it saves. Excel writes a result for every formula, and a result of "" as such.
  const uncalculated =
    workbook.calcProperties.fullCalcOnLoad && read.every(({ formulas }) => formulas.calculated === 0);
  const resultless = resultlessFormulas(workbook);
  return {
    sheets: sheets.map((sheet, i) => {
      const first = uncalculated ? read[i]!.formulas.first : resultless.get(sheet.name);
      return first ? { ...sheet, uncalculated: first } : sheet;
    }),
  };
}

/** Reads an .xlsx file into the grid the core checks (loadWorkbook for reading, then workbookGrid). */
export async function readWorkbook(bytes: Uint8Array, fileName?: string): Promise<WorkbookGrid> {
  return workbookGrid(await loadWorkbook(bytes, fileName, 'read'));
}

/**
 * A row's cells as ExcelJS keeps them, by column index. One cell far to the right (a style-only cell in column XFD,
 * on every row of some sheets) makes the array 16,384 long and sparse, and then every walk over its indices, or
 * ExcelJS's own `eachCell`, costs 16,384 lookups a row; its keys are only the cells.
 */
interface RowInternals {
  _cells: (Cell | undefined)[];
}

/** A sheet's formulas: the first one's place, and how many hold a result that is no placeholder. */
interface Formulas {
  first?: { row: number; column: number };
  calculated: number;
}

/** One worksheet, in a single pass over its cells, and what its formulas hold. */
function readSheet(worksheet: Worksheet, date1904: boolean): { sheet: SheetGrid; formulas: Formulas } {
  const rows: (GridCell | undefined)[][] = [];
  const hiddenRows: number[] = [];
  // Merged areas come from the cells: ExcelJS's own list is private, or built by `worksheet.model`, which copies
  // every row. A merge's top-left cell comes first in row order and the cells it covers point back to it.
  const merges = new Map<Cell, MergeRange>();
  const formulas: Formulas = { calculated: 0 };
  const ourNotes: { row: number; column: number }[] = [];
  const rowCount = worksheet.rowCount;
  for (let r = 1; r <= rowCount; r++) {
    const row = worksheet.findRow(r);
    const cells: (GridCell | undefined)[] = [];
    rows.push(cells);
    if (row === undefined) continue;
    if (row.hidden) hiddenRows.push(r);
    const found = (row as unknown as RowInternals)._cells;
    for (const key of Object.keys(found)) {
      const c = Number(key) + 1;
      const cell = found[c - 1];
      if (cell === undefined) continue;
      if (cell.type === ValueType.Merge) {
        const merge = merges.get(cell.master);
        if (merge !== undefined) {
          if (r > merge.bottom) merge.bottom = r;
          if (c > merge.right) merge.right = c;
        }
        continue;
      }
      if (cell.isMerged) merges.set(cell, { top: r, left: c, bottom: r, right: c });
      if (hasOurBlock(noteText(cell.note))) ourNotes.push({ row: r, column: c });
      if (cell.type === ValueType.Formula) {
        formulas.first ??= { row: r, column: c };
        if (cell.result !== undefined && !isPlaceholderResult(cell.result, date1904)) formulas.calculated++;
      }
      const gridCell = readCell(cell);
      if (gridCell === undefined) continue;
      while (cells.length < c - 1) cells.push(undefined);
      cells.push(gridCell);
    }
  }
  const sheet: SheetGrid = {
    name: worksheet.name,
    visibility:
      worksheet.state === 'hidden' || worksheet.state === 'veryHidden' ? worksheet.state : 'visible',
    rows,
    merges: [...merges.values()],
    hiddenRows,
    hiddenColumns: hiddenColumns(worksheet),
    ...(ourNotes.length > 0 ? { ourNotes } : {}),
  };
  return { sheet, formulas };
}

/** Excel numbers of the hidden columns, read from the column definitions without creating columns. */
function hiddenColumns(worksheet: Worksheet): number[] {
  // Typed as always present, but null when the sheet defines no columns.
  const columns = worksheet.columns as typeof worksheet.columns | null;
  const hidden: number[] = [];
  columns?.forEach((column, i) => {
    // A column of no width is as invisible as a hidden one, and as submitted.
    if (column.hidden || column.width === 0) hidden.push(i + 1);
  });
  return hidden;
}
