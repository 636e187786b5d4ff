/// <reference types="office-js" />
import type { GridCell, SheetGrid, WorkbookGrid } from '../core/grid';
import { inBatches } from './batches';
import { hiddenLines } from './hidden-lines';
import { queueBlock, type BlockContent } from './read-block';
import { queueRect, rowBlocks, type Rect } from './rect';

/**
 * Cells read per sync. Each cell comes back as value, text, value type and number format, about 100 bytes for the
 * text of a recommendation table, so a batch answers with some 2 MB, under the 5 MB that Excel on the web allows a
 * response.
 */
const CELLS_PER_BATCH = 20_000;

const VISIBILITY = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;

/**
 * Every worksheet in tab order as the grid the core checks, with the meaning of the .xlsx reader. Two syncs find
 * the sheets and their used ranges (values only, so that formatting down to row 1,048,576 costs nothing); then
 * the used ranges are read in row blocks, `CELLS_PER_BATCH` cells a sync.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  withMerges: boolean,
): Promise<WorkbookGrid> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();
  const usedRects = worksheets.items.map((worksheet) => queueRect(worksheet.getUsedRangeOrNullObject(true)));
  await context.sync();

  const sheets = worksheets.items.map((worksheet, i) => ({ worksheet, used: usedRects[i]!() }));
  const steps = sheets.flatMap(({ worksheet, used }, sheet) =>
    used === null
      ? []
      : rowBlocks(used, Math.max(1, Math.floor(CELLS_PER_BATCH / used.columnCount))).map((rect) => ({
          cost: rect.rowCount * rect.columnCount,
          queue: () => {
            const read = queueBlock(worksheet, rect, withMerges);
            return () => ({ sheet, block: read() });
          },
        })),
  );
  const blocks = await inBatches(context, steps, CELLS_PER_BATCH);
  return {
    sheets: sheets.map(({ worksheet, used }, i) =>
      sheetGrid(
        worksheet,
        used,
        blocks.filter(({ sheet }) => sheet === i).map(({ block }) => block),
      ),
    ),
  };
}

function sheetGrid(
  worksheet: Excel.Worksheet,
  used: Rect | null,
  blocks: readonly BlockContent[],
): SheetGrid {
  const rows: (GridCell | undefined)[][] = [];
  for (let r = 0; r < (used === null ? 0 : used.rowIndex); r++) rows.push([]);
  for (const { rect, cells } of blocks) {
    for (const row of cells) rows.push(trimmed([...Array<undefined>(rect.columnIndex), ...row]));
  }
  return {
    name: worksheet.name,
    visibility: VISIBILITY[worksheet.visibility],
    rows,
    merges: blocks.flatMap((block) => block.merges),
    ...(used === null ? { hiddenRows: [], hiddenColumns: [] } : hiddenLines(used, blocks)),
  };
}

/** A row without its trailing empty cells, as the .xlsx reader gives it. */
function trimmed(row: (GridCell | undefined)[]): (GridCell | undefined)[] {
  let width = row.length;
  while (width > 0 && row[width - 1] === undefined) width--;
  row.length = width;
  return row;
}
