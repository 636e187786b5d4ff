import type { Field } from '../fields';
import { isCellError, type GridCell } from '../grid';

/**
 * One field's cell on a project row, after merged cells are spread: the grid's cell itself when its text needs no
 * trimming, as it mostly does not, so that reading a row copies nothing.
 */
export interface FieldCell extends GridCell {
  /** The text as Excel displays it, trimmed; the value as text where the cell's number format hides it. */
  text: string;
  /** The cell's number format hides its value (`;;;`): nothing shows or prints, yet the value is submitted. */
  hiddenByFormat?: true;
}

/** One project row of a sheet: the unit of everything the rules look at. */
export interface Entry {
  sheet: string;
  /** Excel's row number. */
  row: number;
  /**
   * The row's place, from 0, among the rows read together: a check numbers the rows of all its sheets in order, so
   * that what it works out about each row can sit in arrays. A template's example row, which is no checked row,
   * has -1.
   */
  index: number;
  /** The row is hidden in Excel; it is still submitted, so it is still checked. */
  hidden: boolean;
  cells: Partial<Record<Field, FieldCell>>;
}

/**
 * A row's cells from its fields' cells by their places in FIELDS, undefined where it has none: one object literal, so
 * that every row's object has one shape and every rule's read of a field stays a fixed-offset load. Rows whose objects
 * grew field by field would take many shapes, and filling them by a field's name held in a variable is a store the
 * engine must look up at each cell.
 */
export function cellsAt(byPlace: readonly (FieldCell | undefined)[]): Record<Field, FieldCell | undefined> {
  return {
    seq: byPlace[0],
    unit: byPlace[1],
    jointUnit: byPlace[2],
    uscc: byPlace[3],
    orgCode: byPlace[4],
    project: byPlace[5],
    direction: byPlace[6],
    category: byPlace[7],
    recommender: byPlace[8],
    region: byPlace[9],
    contact: byPlace[10],
    phone: byPlace[11],
    otherPhone: byPlace[12],
    choice: byPlace[13],
    rank: byPlace[14],
  };
}

/**
 * A row's cell of a field that a caller holds in a variable: a switch of fixed loads, not `cells[field]`. A look-up by
 * a name that changes from call to call goes through V8's global cache of handlers, several times slower, and slower
 * or not by the luck of where its entries collide, which differs from one process to the next; where the caller
 * names the field, the compiler keeps only that case's load.
 */
export function cellOf(cells: Entry['cells'], field: Field): FieldCell | undefined {
  switch (field) {
    case 'seq':
      return cells.seq;
    case 'unit':
      return cells.unit;
    case 'jointUnit':
      return cells.jointUnit;
    case 'uscc':
      return cells.uscc;
    case 'orgCode':
      return cells.orgCode;
    case 'project':
      return cells.project;
    case 'direction':
      return cells.direction;
    case 'category':
      return cells.category;
    case 'recommender':
      return cells.recommender;
    case 'region':
      return cells.region;
    case 'contact':
      return cells.contact;
    case 'phone':
      return cells.phone;
    case 'otherPhone':
      return cells.otherPhone;
    case 'choice':
      return cells.choice;
    case 'rank':
      return cells.rank;
  }
}

/**
 * The trimmed display text of a field as data: '' when the sheet has no such column, the cell is empty, or it holds
 * an error value such as #N/A (a failed VLOOKUP), which is no unit, code, direction or title.
 */
export function fieldText(entry: Entry, field: Field): string {
  const cell = cellOf(entry.cells, field);
  return cell === undefined || isCellError(cell.value) ? '' : cell.text;
}
