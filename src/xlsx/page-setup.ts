import type { FrameEdit } from './sheet-frames';
import { startTagAsLoaded, type WrittenDefaults } from './start-tag-attributes';

const PAGE_SETUP = /<pageSetup\b[^>]*>/u;

const WRITTEN_DEFAULTS: WrittenDefaults = {
  // What Excel reads where the original says nothing.
  own: [' scale="100"', ' fitToWidth="1"', ' fitToHeight="1"', ' copies="1"'],
  // The printer's own settings (r:id), a part that ExcelJS drops, so that a link to it would lead nowhere; the first
  // page number, kept by page-numbers.ts.
  keptElsewhere: ['r:id', 'firstPageNumber', 'useFirstPageNumber'],
};

/**
 * Keeps what a sheet's page setup (页面设置) says that ExcelJS drops: notes printed as they are shown on the sheet
 * (`cellComments="asDisplayed"`, which ExcelJS misspells and so never writes) and a paper of the officer's own size
 * (`paperWidth`, `paperHeight`). So the cleared copy printed without the notes the officer had printed with the
 * table. And ExcelJS writes a scale, a fit and a number of copies where the original says nothing, which are
 * written here only where the original has them.
 */
export const keepPageSetup: FrameEdit = startTagAsLoaded(PAGE_SETUP, 'tail', WRITTEN_DEFAULTS);
