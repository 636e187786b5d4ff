import { parse } from 'papaparse';
import type { GridCell, WorkbookGrid } from '../core/grid';
import { InputFailure, type InputFailureKey } from '../core/input-failure';
import { decodeTextFile } from './decode-text';
import { isEmptyFile, isZip } from './detect-file-kind';
import { readWorkbook } from './read-workbook';
import { extensionOf, stemOf } from './file-name';

/** The field delimiter of each text extension that a list may come in, or how to tell it from the text. */
const DELIMITERS: Readonly<Record<string, string | ((text: string) => string)>> = {
  csv: csvDelimiter,
  tsv: '\t',
  txt: txtDelimiter,
};

/** The delimiters a .csv may use, the default first. */
const CSV_DELIMITERS = [',', '\t', ';'];

/**
 * A .csv is comma-separated, but a list exported as tab-separated text and named .csv is met too, and Excel saves
 * one separated by semicolons where the comma is the decimal mark: read with commas, each line would be one field and
 * the list would match nothing. Its first line that holds one of them (a title line may come before the header)
 * tells which: the one it holds most of, commas where as many.
 */
function csvDelimiter(text: string): string {
  const first = text.split(/\r\n|\r|\n/u).find((line) => /[\t,;]/u.test(line)) ?? '';
  const counts = CSV_DELIMITERS.map((delimiter) => first.split(delimiter).length);
  return CSV_DELIMITERS[counts.indexOf(Math.max(...counts))]!;
}

/**
 * A .txt is tab-separated, as Excel saves 文本文件（制表符分隔）, and a list of one direction a line has no
 * delimiter at all; but a comma-separated list saved under .txt is met too. Commas separate its fields only where
 * no line holds a tab and most lines hold a comma (a title line may hold none), so that a comma in one line of a
 * one-column list stays in its text.
 */
function txtDelimiter(text: string): string {
  if (text.includes('\t')) return '\t';
  const lines = text.split(/\r\n|\r|\n/u).filter((line) => line.trim() !== '');
  const withCommas = lines.filter((line) => line.includes(',')).length;
  return lines.length > 1 && 2 * withCommas > lines.length ? ',' : '\t';
}

/**
 * What an .xlsx list can be that the list's own sentence ("give an .xlsx or .csv file") would not explain, since the
 * officer did give an .xlsx: a workbook locked with an opening password, a legacy .xls under an .xlsx name, or an
 * .xlsx damaged or cut short. Their own sentences name the file and say how to get a readable one.
 */
const TOLD_AS_THEMSELVES: ReadonlySet<InputFailureKey> = new Set([
  'encrypted',
  'legacy-xls',
  'workbook-damaged',
]);

/**
 * Extensions read as a workbook. A list published as a legacy .xls (or WPS's .et) is told to be saved as .xlsx, as
 * the workbook itself would be, and an .xlsx misnamed .xls is read.
 */
const WORKBOOK_EXTENSIONS: ReadonlySet<string> = new Set(['xlsx', 'xlsm', 'xls', 'et']);

/**
 * Reads one of the officer's side files (the previous winners list, the direction list) as a workbook grid: an
 * .xlsx through readWorkbook; a .csv, or a tab-separated .txt/.tsv, as one sheet named after the file (as Excel
 * names it on opening), every non-empty field a text cell. Row numbers are the file's line numbers, blank lines
 * included; a zip package is read as a workbook, whatever its name. Any failure, an unknown extension included, throws
 * `failureKey` naming the file, except an empty file (`file-empty`), unbalanced quotes in a CSV, which throw
 * `csv-quotes` naming the line, and a password, a legacy .xls or a damaged .xlsx (TOLD_AS_THEMSELVES).
 */
export async function readTableFile(
  bytes: Uint8Array,
  fileName: string,
  failureKey: 'winners-unreadable' | 'directions-unreadable',
): Promise<WorkbookGrid> {
  const failure = new InputFailure(failureKey, { file: fileName });
  if (isEmptyFile(bytes)) throw new InputFailure('file-empty', { file: fileName });
  const extension = extensionOf(fileName);
  // A workbook saved under a .csv name is read as the workbook it is: decoded as text, it would be garbage.
  if (WORKBOOK_EXTENSIONS.has(extension) || isZip(bytes)) {
    try {
      return await readWorkbook(bytes, fileName);
    } catch (error) {
      throw error instanceof InputFailure && TOLD_AS_THEMSELVES.has(error.key) ? error : failure;
    }
  }
  const delimiterOf = DELIMITERS[extension];
  if (delimiterOf === undefined) throw failure;
  const text = decodeTextFile(bytes, fileName);
  const delimiter = typeof delimiterOf === 'string' ? delimiterOf : delimiterOf(text);
  const parsed = parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  const error = parsed.errors[0];
  // A quote left open is the one mistake worth pointing to: on the line where the field it opens starts.
  if (error?.type === 'Quotes' && error.index !== undefined) {
    const line = text.slice(0, error.index).split(/\r\n|\r|\n/u).length;
    throw new InputFailure('csv-quotes', { file: fileName, line: String(line) });
  }
  if (error) throw failure;
  const lines = parsed.data;
  // A final line break leaves an empty last line, which is no row of the table.
  const last = lines[lines.length - 1];
  if (last !== undefined && last.length === 1 && last[0] === '') lines.pop();
  const rows = lines.map((fields) =>
    fields.map((field): GridCell | undefined => (field === '' ? undefined : { value: field, text: field })),
  );
  return {
    sheets: [
      {
        name: stemOf(fileName),
        visibility: 'visible',
        rows,
        merges: [],
        hiddenRows: [],
        hiddenColumns: [],
      },
    ],
  };
}
