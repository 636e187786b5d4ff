import type { Workbook } from 'exceljs';
import type JSZip from 'jszip';
import { hookReconcile } from './step-hooks';

/** A table part's start tag: `<table xmlns="…" id="1" name="表1" ref="A2:G5" totalsRowShown="0">`. */
const TABLE_TAG = /<table\b[^>]*>/u;

/**
 * Writes out, in each table part (套用表格格式), the header row that Excel leaves unsaid: it writes `headerRowCount`
 * only when a table has no header row, as the schema's default is one. ExcelJS takes a missing count for none, so
 * the copy said `headerRowCount="0"`, and the table's header row became a row of its data. Says whether it changed
 * any part. Call on a package before ExcelJS loads it.
 */
export async function stateTableHeaderRows(zip: JSZip): Promise<boolean> {
  let stated = false;
  for (const path of Object.keys(zip.files)) {
    if (!/^xl\/tables\/[^/]+\.xml$/u.test(path)) continue;
    const xml = await zip.file(path)!.async('string');
    const tag = TABLE_TAG.exec(xml)?.[0];
    if (tag === undefined || /\sheaderRowCount=/u.test(tag)) continue;
    zip.file(path, xml.replace(tag, tag.replace(/^<table\b/u, '<table headerRowCount="1"')));
    stated = true;
  }
  return stated;
}

/** The parts of ExcelJS's loaded model that this module reaches into: the tables, by part. */
interface LoadedModel {
  tables: Record<string, { autoFilterRef?: string; columns?: { filterButton?: boolean }[] }>;
}

/**
 * Shows the filter buttons of a table whose filter lists no column: Excel writes a `<filterColumn>` only for a column
 * that it filters or whose button it hides, and nothing when every button shows; ExcelJS took nothing for hidden, so
 * the copy's table had no filter buttons. (Where the filter lists columns, ExcelJS gives the n-th one listed to the
 * n-th column, whatever its colId, and that is left as it is.) Call before `workbook.xlsx.load`.
 */
export function keepTableFilterButtons(workbook: Workbook): void {
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    for (const table of Object.values(model.tables)) {
      const columns = table.columns ?? [];
      if (table.autoFilterRef === undefined || columns.some((column) => column.filterButton !== undefined))
        continue;
      for (const column of columns) column.filterButton = true;
    }
    reconcile();
  });
}
