/// <reference types="office-js" />
import { hasOurBlock } from '../workbook/note-block';

interface Position {
  row: number;
  column: number;
}

/**
 * Queues a load of each sheet's legacy notes (ExcelApi 1.18). After that sync, `locate` queues the location of
 * each note that carries our block, and needs one sync more only when there is one, so that reading a workbook
 * without our notes costs no sync; after it, `positions` gives each sheet's cells with such a note.
 */
export function queueOurNotes(worksheets: readonly Excel.Worksheet[]): {
  locate(): boolean;
  positions(): Position[][];
} {
  const collections = worksheets.map((worksheet) => worksheet.notes.load('items/content'));
  let locations: Excel.Range[][] = [];
  return {
    locate() {
      locations = collections.map((notes) =>
        notes.items
          .filter((note) => hasOurBlock(note.content))
          .map((note) => note.getLocation().load('rowIndex,columnIndex')),
      );
      return locations.some((ranges) => ranges.length > 0);
    },
    positions: () =>
      locations.map((ranges) =>
        ranges.map((range) => ({ row: range.rowIndex + 1, column: range.columnIndex + 1 })),
      ),
  };
}
