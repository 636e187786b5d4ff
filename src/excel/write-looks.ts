/// <reference types="office-js" />
import { sheetAddress } from '../workbook/cell-address';
import type { CellRef, LookChange } from '../workbook/port';
import { inBatches, inWriteBatches, OPERATION_BYTES, utf8Length, type Step } from './batches';
import { addressLists, cellKey, columnRuns, runAddress } from './cell-runs';
import { applyFormat, formatWrite, type FormatWrite } from './office-look';

/** Notes looked up per sync to learn which cells have one; each lookup is a request of some 200 bytes. */
const NOTE_LOOKUPS_PER_BATCH = 10_000;

/**
 * Sets fills, font colours and notes, never values. Cells that get the same fill and font colour are written
 * together through RangeAreas (`worksheet.getRanges`), with address strings under Excel's 8,192 characters. Notes
 * are written where ExcelApi 1.18 exists: one sync first learns which cells already have a note, so that an
 * existing note gets new content (keeping its author and size) and a new one is added.
 */
export async function writeLooks(
  context: Excel.RequestContext,
  changes: readonly LookChange[],
  withNotes: boolean,
): Promise<void> {
  // The last change of a cell wins, as if the changes were applied one by one.
  const latest = [...new Map(changes.map((change) => [cellKey(change.cell), change])).values()];
  const noted = withNotes
    ? await cellsWithNotes(
        context,
        latest.filter(({ look }) => look.note !== null).map(({ cell }) => cell),
      )
    : new Set<string>();
  await inWriteBatches(context, [
    ...formatSteps(context, latest),
    ...(withNotes ? latest.map((change) => noteStep(context, change, noted.has(cellKey(change.cell)))) : []),
  ]);
}

/** One step per address list of cells that share a sheet and a format write. */
function formatSteps(context: Excel.RequestContext, changes: readonly LookChange[]): Step<void>[] {
  const groups = new Map<string, { sheet: string; write: FormatWrite; cells: CellRef[] }>();
  for (const { cell, look } of changes) {
    const write = formatWrite(look);
    const key = JSON.stringify([cell.sheet, write]);
    const group = groups.get(key) ?? { sheet: cell.sheet, write, cells: [] };
    groups.set(key, group);
    group.cells.push(cell);
  }
  return [...groups.values()].flatMap(({ sheet, write, cells }) =>
    addressLists(columnRuns(cells).map(runAddress)).map((addresses) => ({
      cost: addresses.length + 3 * OPERATION_BYTES,
      queue: () => {
        applyFormat(context.workbook.worksheets.getItem(sheet).getRanges(addresses).format, write);
        return () => undefined;
      },
    })),
  );
}

function noteStep(context: Excel.RequestContext, { cell, look }: LookChange, exists: boolean): Step<void> {
  const address = sheetAddress(cell);
  return {
    cost: OPERATION_BYTES + utf8Length(address) + utf8Length(look.note ?? ''),
    queue: () => {
      const notes = context.workbook.notes;
      if (look.note === null) notes.getItemOrNullObject(address).delete();
      else if (exists) notes.getItem(address).content = look.note;
      else notes.add(address, look.note);
      return () => undefined;
    },
  };
}

/** The keys of the cells that have a note now. */
async function cellsWithNotes(
  context: Excel.RequestContext,
  cells: readonly CellRef[],
): Promise<Set<string>> {
  const steps = cells.map((cell) => ({
    cost: 1,
    queue: () => {
      const note = context.workbook.notes.getItemOrNullObject(sheetAddress(cell));
      note.load('authorName');
      return () => (note.isNullObject ? undefined : cellKey(cell));
    },
  }));
  const found = await inBatches(context, steps, NOTE_LOOKUPS_PER_BATCH);
  return new Set(found.filter((key) => key !== undefined));
}
