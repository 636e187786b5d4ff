/**
 * Why an input could not be checked at all. Each key has one sentence in the i18n catalogue that tells the officer
 * what to do; hosts raise it, the CLI prints it and exits 2, the pane shows it.
 */
export type InputFailureKey =
  | 'file-missing'
  | 'file-unreadable'
  | 'file-empty'
  | 'file-is-folder'
  | 'file-denied'
  | 'file-busy'
  | 'file-too-large'
  | 'file-name-too-long'
  | 'picked-file-unreadable'
  | 'not-a-workbook'
  | 'workbook-damaged'
  | 'sheet-part-missing'
  | 'owner-file'
  | 'xlsb-workbook'
  | 'other-document'
  | 'text-as-workbook'
  | 'zipped-workbook'
  | 'legacy-xls'
  | 'encrypted'
  | 'empty-workbook'
  | 'no-table'
  | 'winners-list-only'
  | 'no-projects'
  | 'formulas-not-calculated'
  | 'sheet-not-found'
  | 'sheet-no-table'
  | 'sheet-ours'
  | 'winners-unreadable'
  | 'winners-is-folder'
  | 'winners-no-table'
  | 'winners-recommendations-only'
  | 'winners-empty'
  | 'winners-formulas-not-calculated'
  | 'directions-unreadable'
  | 'directions-is-folder'
  | 'directions-empty'
  | 'directions-recommendations-only'
  | 'directions-formulas-not-calculated'
  | 'csv-quotes'
  | 'text-bom-mismatch'
  | 'profile-unreadable'
  | 'profile-is-folder'
  | 'profile-invalid'
  | 'profile-not-json'
  | 'unknown-option'
  | 'unknown-option-near'
  | 'unknown-option-or-file'
  | 'missing-option-value'
  | 'option-value-like-option'
  | 'option-takes-no-value'
  | 'option-repeated'
  | 'option-misdashed'
  | 'option-joined-with-value'
  | 'full-width-space'
  | 'unknown-recommender-type'
  | 'unknown-lang'
  | 'no-input'
  | 'too-many-inputs'
  | 'out-is-input'
  | 'out-is-list'
  | 'out-not-xlsx'
  | 'out-folder-missing'
  | 'out-folder-denied'
  | 'out-file-denied'
  | 'out-file-busy'
  | 'out-read-only-disk'
  | 'out-disk-full'
  | 'out-name-too-long'
  | 'out-is-folder'
  | 'out-unwritable'
  | 'report-disk-full'
  | 'report-unwritable'
  | 'clear-needs-out'
  | 'all-needs-clear'
  | 'not-with-clear'
  | 'not-marked'
  | 'record-damaged';

/**
 * Files that sit beside a recommendation workbook and are picked in its place: the stamped scan (a PDF or an image),
 * the notice or the application as a Word document, a briefing's slides. The `other-document` failure names which,
 * since "save it as .xlsx" is no help for them.
 */
export type OtherDocument = 'pdf' | 'word' | 'presentation' | 'image';

/**
 * Texts that Excel and WPS open as a table and that are handed in as a workbook, often under an .xls name: a CSV, an
 * HTML table (an office system's 导出Excel), Excel's XML Spreadsheet 2003. The `text-as-workbook` failure names which.
 */
export type TextFormat = 'csv' | 'html' | 'xml-2003';

/** Values that a failure's sentence needs (a file name, an option, a sheet name). */
export type InputFailureValues = Readonly<Record<string, string>>;

/** An input that cannot be checked. Thrown by the host readers, caught and rendered by the CLI and the UI. */
export class InputFailure extends Error {
  constructor(
    readonly key: InputFailureKey,
    readonly values: InputFailureValues = {},
  ) {
    super(key);
    this.name = 'InputFailure';
  }
}
