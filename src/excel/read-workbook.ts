/// <reference types="office-js" />
import type { GridCell, SheetGrid, WorkbookGrid } from '../core/grid';
import { OUR_SIGNATURE, RECORD_SHEET } from '../core/our-sheets';
import { inBatches } from './batches';
import { hiddenLines } from './hidden-lines';
import { queueBlock, type BlockContent } from './read-block';
import { queueOurNotes } from './read-our-notes';
import { queueRect, rangeOf, rowBlocks, type Rect } from './rect';
import { gridCell } from './grid-cell';

/**
 * Cells read per sync. Each cell comes back as value, text, value type and number format, about 100 bytes for the
 * text of a recommendation table, so a batch answers with some 2 MB, under the 5 MB that Excel on the web allows a
 * response. A batch is made of blocks of `CELLS_PER_BLOCK`, so that one Excel still finds too large can be halved.
 */
const CELLS_PER_BATCH = 20_000;
const CELLS_PER_BLOCK = 2_000;
/**
 * A cell of the record sheet holds up to 32,767 characters of JSON: read one at a time, it counts as this many
 * cells of the budget, so that some 25 of them make a batch.
 */
const RECORD_CELL_COST = 800;

const VISIBILITY = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;

/**
 * Every worksheet in tab order as the grid the core checks, with the meaning of the .xlsx reader. Two syncs find
 * the sheets, their used ranges (values only, so that formatting down to row 1,048,576 costs nothing), their A1
 * and, `withNotes`, their notes (one sync more finds the cells of those that carry our block, where there are any);
 * then the used ranges of the officer's sheets are read in row blocks, `CELLS_PER_BATCH` cells a sync, and the
 * record's cells a few at a time. Of our report and summary sheets only A1 is kept: they are never data.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  withMerges: boolean,
  withNotes: boolean,
): Promise<WorkbookGrid> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();
  const usedRects = worksheets.items.map((worksheet) => queueRect(worksheet.getUsedRangeOrNullObject(true)));
  const firstCells = worksheets.items.map((worksheet) => queueFirstCell(worksheet));
  const notes = withNotes ? queueOurNotes(worksheets.items) : undefined;
  await context.sync();
  if (notes?.locate()) await context.sync();
  const ourNotes = notes?.positions() ?? [];

  const sheets = worksheets.items.map((worksheet, i) => {
    const first = firstCells[i]!();
    const kind: SheetKind =
      worksheet.name === RECORD_SHEET ? 'record' : first?.text.startsWith(OUR_SIGNATURE) ? 'ours' : 'data';
    return { worksheet, used: usedRects[i]!(), first, kind };
  });
  const steps = sheets.flatMap(({ worksheet, used, kind }, sheet) => {
    if (used === null || kind === 'ours') return [];
    if (kind === 'record') return recordSteps(worksheet, used, sheet);
    return rowBlocks(used, Math.max(1, Math.floor(CELLS_PER_BLOCK / used.columnCount))).map((rect) => ({
      cost: rect.rowCount * rect.columnCount,
      queue: () => {
        const read = queueBlock(worksheet, rect, withMerges);
        return () => ({ sheet, block: read() });
      },
    }));
  });
  const blocks = await inBatches(context, steps, CELLS_PER_BATCH);
  return {
    sheets: sheets.map(({ worksheet, used, first, kind }, i) => {
      const grid =
        kind === 'ours'
          ? ourSheet(worksheet, first)
          : sheetGrid(
              worksheet,
              used,
              blocks.filter(({ sheet }) => sheet === i).map(({ block }) => block),
            );
      const notes = ourNotes[i] ?? [];
      return notes.length > 0 ? { ...grid, ourNotes: notes } : grid;
    }),
  };
}

/** A data sheet is read whole; of our own sheets only A1 (our signature) matters, and the record's column A. */
type SheetKind = 'data' | 'ours' | 'record';

/** Queues a load of a sheet's A1, which tells our sheets apart. */
function queueFirstCell(worksheet: Excel.Worksheet): () => GridCell | undefined {
  const cell = worksheet.getRangeByIndexes(0, 0, 1, 1);
  cell.load('values,text,valueTypes,numberFormat');
  return () => gridCell(cell.values[0]![0], cell.text[0]![0] as string, cell.valueTypes[0]![0]!, '');
}

/** The record's column A, one cell a step: its cells are too long to read many at once. */
function recordSteps(worksheet: Excel.Worksheet, used: Rect, sheet: number) {
  return rowBlocks({ ...used, columnIndex: 0, columnCount: 1 }, 1).map((rect) => ({
    cost: RECORD_CELL_COST,
    queue: () => {
      const range = rangeOf(worksheet, rect);
      range.load('values');
      return (): { sheet: number; block: BlockContent } => {
        const value = range.values[0]![0];
        const cells = typeof value === 'string' && value !== '' ? [[{ value, text: value }]] : [[undefined]];
        return { sheet, block: { rect, cells, visible: [rect], merges: [] } };
      };
    },
  }));
}

/** One of our report or summary sheets, as far as checking needs it: its A1. */
function ourSheet(worksheet: Excel.Worksheet, first: GridCell | undefined): SheetGrid {
  return {
    name: worksheet.name,
    visibility: VISIBILITY[worksheet.visibility],
    rows: [[first]],
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
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
