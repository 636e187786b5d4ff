import { ValueType, type Workbook } from 'exceljs';
import { columnNumber } from '../core/column-letter';
import { startTagChunks } from './start-tag-chunks';
import { hookReconcile, hookWorksheetXml } from './step-hooks';

/** A cell whole: its start tag's attributes and its content, or a cell of no content (`<c r="A1" s="3"/>`). */
const CELL = /<c(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/gu;
const FORMULA = /<f\b[^>]*?(?:\/>|>[^<]*<\/f>)/u;
const VALUE = /<v\b[^>]*?(?:\/>|>([^<]*)<\/v>)/u;
const TYPE = /\st=(["'])([^"']*)\1/u;
const EMPTY_VALUE = /<v\b[^>]*?(?:\/>|><\/v>)/u;
/** The error that a formula without a result is given while ExcelJS loads it, to be known by; none of Excel's own. */
const NO_RESULT = '#QUOTA-CHECK:NO-RESULT';

/**
 * Where the cells of a text that comes in chunks end whole: before the last cell's start while that cell has not
 * ended, else before the last `<` (see startTagCutter).
 */
function wholeCellsEnd(text: string): number {
  let start = text.lastIndexOf('<c');
  while (start >= 0 && !/^<c(?:[\s/>]|$)/u.test(text.slice(start, start + 3)))
    start = start === 0 ? -1 : text.lastIndexOf('<c', start - 1);
  if (start < 0) return text.lastIndexOf('<');
  const tagEnd = text.indexOf('>', start);
  const ended = tagEnd >= 0 && (text[tagEnd - 1] === '/' || text.includes('</c>', tagEnd));
  return ended ? text.lastIndexOf('<') : start;
}

/**
 * Whether a cell's content is a formula whose result the file does not hold: no `<v>`, or an empty one where the
 * result is no text. Excel writes every formula's result, a result of "" as `t="str"` and `<v></v>`.
 */
function holdsNoResult(attributes: string, content: string): boolean {
  if (!FORMULA.test(content)) return false;
  const value = VALUE.exec(content);
  if (value === null) return true;
  return !value[1] && TYPE.exec(attributes)?.[2] !== 'str';
}

/**
 * Whole cells' XML with each formula without a result given the error NO_RESULT as its result; `onMarked` is told
 * when there is one.
 */
function markResultless(xml: string, onMarked: () => void): string {
  if (!xml.includes('<f')) return xml;
  return xml.replace(CELL, (cell, attributes: string, content: string | undefined) => {
    if (content === undefined || !holdsNoResult(attributes, content)) return cell;
    onMarked();
    const formula = FORMULA.exec(content)![0];
    const marked = content.replace(EMPTY_VALUE, '').replace(formula, () => `${formula}<v>${NO_RESULT}</v>`);
    return `<c${attributes.replace(TYPE, '')} t="e">${marked}</c>`;
  });
}

/** A cell of the model that ExcelJS loaded, before it makes cells of it. */
interface CellModel {
  type: ValueType;
  address?: string;
  result?: unknown;
}
/** The parts of ExcelJS's loaded model that this module reaches into. */
interface LoadedModel {
  worksheets: ({ name?: string; rows?: { number: number; cells?: CellModel[] }[] } | undefined)[];
}

const firstBySheet = new WeakMap<Workbook, Map<string, { row: number; column: number }>>();

/**
 * Notes, in each sheet, the first formula whose result the file does not hold (see holdsNoResult), as Apache POI,
 * EasyExcel and excelize write them by default, not asking Excel to calculate them: Excel and WPS calculate them on
 * opening, and ExcelJS reads them as empty, as it reads a result of "". Each such formula is loaded with a result
 * it is known by, which is taken away again before ExcelJS builds the sheets, so the cell and a copy of the workbook
 * hold no result, as the file. Call before `workbook.xlsx.load`; see resultlessFormulas.
 */
export function noteResultlessFormulas(workbook: Workbook): void {
  let any = false;
  const mark = (xml: string) => markResultless(xml, () => (any = true));
  hookWorksheetXml(workbook, startTagChunks(mark, wholeCellsEnd));
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    reconcile();
    // Most files hold every result: their cells, a million in a large workbook, need no second look.
    if (!any) return;
    const first = new Map<string, { row: number; column: number }>();
    for (const sheet of model.worksheets) {
      for (const row of sheet?.rows ?? []) {
        for (const cell of row.cells ?? []) {
          if (cell.type !== ValueType.Formula || (cell.result as { error?: unknown })?.error !== NO_RESULT)
            continue;
          delete cell.result;
          const name = sheet?.name;
          if (name === undefined || first.has(name)) continue;
          const column = columnNumber(/^[A-Z]+/iu.exec(cell.address ?? '')?.[0] ?? '');
          first.set(name, { row: row.number, column });
        }
      }
    }
    firstBySheet.set(workbook, first);
  });
}

/** The first formula whose result the file does not hold of each sheet that has one, by the sheet's name. */
export function resultlessFormulas(workbook: Workbook): ReadonlyMap<string, { row: number; column: number }> {
  return firstBySheet.get(workbook) ?? new Map();
}
