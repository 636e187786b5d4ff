/// <reference types="office-js" />
import type { GridCell } from '../core/grid';
import { isDateNumberFormat, isoDateOfSerial } from './serial-date';

/**
 * One cell as Office.js hands it over (`values`, `text`, `valueTypes`, `numberFormat` at the same index) as a
 * GridCell with the meaning of the .xlsx reader: errors as `{error}`, numbers under a date format as `{date}`,
 * undefined for an empty cell (including the cells a merge covers beyond its top-left one).
 */
export function gridCell(
  value: unknown,
  text: string,
  valueType: Excel.RangeValueType | `${Excel.RangeValueType}`,
  numberFormat: string,
): GridCell | undefined {
  switch (valueType) {
    case 'Empty':
      return undefined;
    case 'Error':
      return { value: { error: String(value) }, text };
    case 'Double':
    case 'Integer':
      return {
        value: isDateNumberFormat(numberFormat)
          ? { date: isoDateOfSerial(value as number) }
          : (value as number),
        text,
      };
    case 'Boolean':
      return { value: value as boolean, text };
    default:
      // String, and the rich values (data types) that Office.js flattens to their text.
      return { value: typeof value === 'string' ? value : text, text };
  }
}
