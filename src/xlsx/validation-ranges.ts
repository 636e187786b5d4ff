import type { Workbook } from 'exceljs';
import type JSZip from 'jszip';
import { rangeArea, rangeOf } from './cell-range';
import { hookReconcile } from './step-hooks';

/** A data validation's `sqref`, in its element's start tag: `sqref="E3:E1048576 G3:G200"`. */
const SQREF = /(<dataValidation\b[^>]*?\ssqref=)(["'])([^"']*)\2/gu;

/** What stands for `:` and for the spaces between ranges in a packed sqref, neither of them in any address. */
const TO = '.';
const AND = ',';

/**
 * Packs each data validation's ranges into one token that ExcelJS takes for an address, `E3:E1048576` into
 * `E3.E1048576`, in every worksheet, and says whether it changed any. ExcelJS reads a validation of a range as one
 * of each of its cells: a whole column is 1,048,576 of them, two seconds to load and twelve to write each, and past
 * eight million of them its loader all but stops (exceljs issues 1842, 2929); and when it writes them as ranges again
 * they overlap (E10:E200, then E3:E200; issue 2820), which LibreOffice and Numbers read as the first alone, so the
 * drop-down is gone from E3:E9. `keepValidationRanges` unpacks the tokens into the ranges, which ExcelJS writes as
 * they are. Call on a package before ExcelJS loads it.
 */
export async function packValidationRanges(zip: JSZip): Promise<boolean> {
  let packed = false;
  for (const path of Object.keys(zip.files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/u.test(path)) continue;
    const xml = await zip.file(path)!.async('string');
    const edited = xml.replace(SQREF, (whole, start: string, quote: string, sqref: string) =>
      /[:\s]/u.test(sqref)
        ? `${start}${quote}${sqref.trim().replace(/:/gu, TO).replace(/\s+/gu, AND)}${quote}`
        : whole,
    );
    if (edited === xml) continue;
    zip.file(path, edited);
    packed = true;
  }
  return packed;
}

/** The parts of ExcelJS's loaded model that this module reaches into: each sheet's validations, by address. */
interface LoadedModel {
  worksheets: { dataValidations?: Record<string, unknown> }[];
}

/** Each validation's ranges, keyed as ExcelJS keys one it writes as it is (`E3:E1048576`); a token as it is. */
function unpacked(validations: Record<string, unknown>): Record<string, unknown> {
  const byRange: Record<string, unknown> = {};
  for (const [key, validation] of Object.entries(validations)) {
    for (const part of key.split(AND)) {
      const area = rangeArea(part.split(TO).join(':'));
      byRange[area ? rangeOf(area) : part] = validation;
    }
  }
  return byRange;
}

/**
 * Gives each sheet's data validations, packed by `packValidationRanges`, back their ranges. Call before
 * `workbook.xlsx.load`.
 */
export function keepValidationRanges(workbook: Workbook): void {
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    for (const sheet of model.worksheets) {
      if (sheet.dataValidations) sheet.dataValidations = unpacked(sheet.dataValidations);
    }
    reconcile();
  });
}
