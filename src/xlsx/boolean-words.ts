import type { Workbook } from 'exceljs';
import type JSZip from 'jszip';
import { startTagChunks } from './start-tag-chunks';
import { hookWorksheetXml } from './step-hooks';

/**
 * The boolean attributes (xsd:boolean) that ExcelJS reads as the digit `1` (or `0`) alone, in the parts it reads:
 * the workbook's date system; a sheet's fit to page, print options, page setup, views, protection, header and
 * footer, and its conditional formats' options; a style's protection; a table's style options. A name here is a
 * boolean wherever SpreadsheetML uses it, or a number (`bottom` of the page margins), which is never a word. Not every
 * attribute is: a table column, a cell style or a defined name may be named "true", a rule look for the text "true".
 */
const BOOLEANS = [
  'date1904',
  'fitToPage',
  'headings',
  'gridLines',
  'horizontalCentered',
  'verticalCentered',
  'blackAndWhite',
  'draft',
  'useFirstPageNumber',
  'usePrinterDefaults',
  'rightToLeft',
  'tabSelected',
  'showRuler',
  'showRowColHeaders',
  'showGridLines',
  'sheet',
  'objects',
  'scenarios',
  'selectLockedCells',
  'selectUnlockedCells',
  'formatCells',
  'formatColumns',
  'formatRows',
  'insertColumns',
  'insertRows',
  'insertHyperlinks',
  'deleteColumns',
  'deleteRows',
  'sort',
  'autoFilter',
  'pivotTables',
  'differentFirst',
  'differentOddEven',
  'percent',
  'bottom',
  'aboveAverage',
  'reverse',
  'showValue',
  'border',
  'gradient',
  'negativeBarColorSameAsPositive',
  'negativeBarBorderColorSameAsPositive',
  'locked',
  'hidden',
  'hiddenButton',
  'showFirstColumn',
  'showLastColumn',
  'showRowStripes',
  'showColumnStripes',
];

const BOOLEAN_WORD = new RegExp(`(\\s(?:${BOOLEANS.join('|')})=)(["'])(true|false)\\2`, 'gu');
const ANY_WORD = /=(["'])(?:true|false)\1/u;
/** A start tag; text between tags holds no `<`. */
const START_TAG = /<[A-Za-z][^<>]*>/gu;

/** XML with the booleans of BOOLEANS written as words (`"true"`, `"false"`) written as digits, as Excel writes them. */
export function booleansAsDigits(xml: string): string {
  if (!ANY_WORD.test(xml)) return xml;
  return xml.replace(START_TAG, (tag) =>
    ANY_WORD.test(tag)
      ? tag.replace(
          BOOLEAN_WORD,
          (_, name: string, quote: string, word: string) =>
            `${name}${quote}${word === 'true' ? 1 : 0}${quote}`,
        )
      : tag,
  );
}

/**
 * LibreOffice writes booleans as words (`date1904="true"`), as xsd:boolean allows; ExcelJS takes most of them for
 * false, so the dates of a workbook in the 1904 date system were read and written 4 years and a day early, and the
 * copy lost the sheets' fit to page and print options, and cells' unlocking. Writes them, in the workbook, style and
 * table parts, as digits, and says whether it changed any part. Call on a package before ExcelJS loads it; the
 * sheets are done as ExcelJS reads them (readSheetBooleansAsDigits).
 */
export async function writeBooleansAsDigits(zip: JSZip): Promise<boolean> {
  let changed = false;
  for (const path of Object.keys(zip.files)) {
    if (!/^xl\/(?:workbook|styles|tables\/[^/]+)\.xml$/u.test(path)) continue;
    const xml = await zip.file(path)!.async('string');
    const digits = booleansAsDigits(xml);
    if (digits === xml) continue;
    zip.file(path, digits);
    changed = true;
  }
  return changed;
}

/** Reads the booleans of each sheet written as words as digits (see writeBooleansAsDigits). Call before loading. */
export function readSheetBooleansAsDigits(workbook: Workbook): void {
  hookWorksheetXml(workbook, startTagChunks(booleansAsDigits));
}
