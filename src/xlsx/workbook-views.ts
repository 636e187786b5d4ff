import type { Workbook } from 'exceljs';
import { withTagsAsLoaded, type WrittenDefaults } from './start-tag-attributes';
import { hookRenderedParts, readWorkbookXml } from './step-hooks';

const VIEW = /<workbookView\b[^>]*>/gu;

const WRITTEN_DEFAULTS: WrittenDefaults = {
  // The window's place and size that ExcelJS makes up where the original says nothing.
  own: [' xWindow="0"', ' yWindow="0"', ' windowWidth="12000"', ' windowHeight="24000"'],
  // The sheet the workbook opens on and the first tab shown, kept by active-sheet.ts.
  keptElsewhere: ['activeTab', 'firstSheet'],
};

/**
 * Keeps what the workbook's window (`<workbookView>`) says that ExcelJS drops: whether the sheet tabs and the scroll
 * bars are shown (`showSheetTabs`, `showHorizontalScroll`, `showVerticalScroll`) and how wide the tab bar is
 * (`tabRatio`). So the copy showed the tabs and scroll bars the officer had hidden, and its tab bar took its default
 * width. Windows are matched by their order. Call before `workbook.xlsx.load`.
 */
export function keepWorkbookViews(workbook: Workbook): void {
  let loaded: string[] = [];
  readWorkbookXml(workbook, (xml) => (loaded = xml.match(VIEW) ?? []));
  hookRenderedParts(workbook, 'addWorkbook', (_, xml) =>
    withTagsAsLoaded(xml, loaded, VIEW, WRITTEN_DEFAULTS),
  );
}
