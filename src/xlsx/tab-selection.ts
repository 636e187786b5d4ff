import type { FrameEdit } from './sheet-frames';

const FIRST_VIEW = /<sheetView\b[^>]*>/u;
const SELECTED = /\stabSelected="(?:1|true)"/u;

/**
 * Keeps each sheet's tab selected (`<sheetView tabSelected="1">`) as the officer left it, the one open and any
 * grouped with it. ExcelJS keeps which sheet the workbook opens on (`activeTab`) but not which tabs are selected,
 * so the copy named an active sheet whose tab was not selected, which Excel itself never saves.
 */
export const keepTabSelection: FrameEdit = (written, loaded) => {
  if (!SELECTED.test(FIRST_VIEW.exec(loaded.head)?.[0] ?? '')) return written;
  const view = FIRST_VIEW.exec(written.head)?.[0];
  if (view === undefined || SELECTED.test(view)) return written;
  return {
    ...written,
    head: written.head.replace(view, view.replace(/^<sheetView\b/u, '<sheetView tabSelected="1"')),
  };
};
