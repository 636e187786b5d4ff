import type { Workbook } from 'exceljs';
import { hookPrepareModel } from './step-hooks';

/**
 * The conditional formats' rule types, as a sheet's XML names them, that ExcelJS 4.4 writes (cf-rule-xform.js). It
 * reads the others (duplicateValues, uniqueValues, beginsWith, endsWith, notContainsText…) but writes nothing of them.
 */
export const WRITABLE_RULE_TYPES: readonly string[] = [
  'expression',
  'cellIs',
  'top10',
  'aboveAverage',
  'dataBar',
  'colorScale',
  'iconSet',
  'containsText',
  'containsBlanks',
  'notContainsBlanks',
  'containsErrors',
  'notContainsErrors',
  'timePeriod',
];

interface ConditionalFormat {
  ref: string;
  rules: { type: string }[];
}
/** The parts of the model ExcelJS is about to write that this module reaches into. */
interface BookModel {
  worksheets: { conditionalFormattings?: ConditionalFormat[] }[];
}

/**
 * Leaves out of a written copy the conditional formats' rules that ExcelJS would not write, and the formats left
 * without one. ExcelJS wrote such a format as `<conditionalFormatting sqref="D3:D200"/>`, without rules, which the
 * schema does not allow (a format holds one rule at least). lostParts names what is left out. The workbook's own
 * formats are not changed.
 */
export function writeOnlyWritableConditionalFormats(workbook: Workbook): void {
  hookPrepareModel<BookModel>(workbook, (model, prepare) => {
    for (const sheet of model.worksheets) {
      sheet.conditionalFormattings = sheet.conditionalFormattings
        ?.map((format) => ({
          ...format,
          rules: format.rules.filter((rule) => WRITABLE_RULE_TYPES.includes(rule.type)),
        }))
        .filter((format) => format.rules.length > 0);
    }
    prepare();
  });
}
