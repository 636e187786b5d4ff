import type { Field } from '../fields';
import type { CellValue } from '../grid';

/** One field's cell on a project row, after merged cells are spread. */
export interface FieldCell {
  column: number;
  value: CellValue;
  /** The text as Excel displays it, trimmed. */
  text: string;
}

/** One project row of a sheet: the unit of everything the rules look at. */
export interface Entry {
  sheet: string;
  /** Excel's row number. */
  row: number;
  /** The row is hidden in Excel; it is still submitted, so it is still checked. */
  hidden: boolean;
  cells: Partial<Record<Field, FieldCell>>;
}

/** The trimmed display text of a field, or '' when the sheet has no such column or the cell is empty. */
export function fieldText(entry: Entry, field: Field): string {
  return entry.cells[field]?.text ?? '';
}
