import { InputFailure, type InputFailureKey, type OtherDocument } from '../core/input-failure';
import { isReadableText } from '../core/readable-text';
import { decodeText } from './decode-text';
import { baseName } from './file-name';

/** What a file handed in as a workbook really is, judged from its bytes alone. */
export type FileKind =
  | 'xlsx'
  | 'xlsb'
  | 'damaged'
  | 'empty'
  | 'encrypted'
  | 'legacy-xls'
  | 'text'
  | OtherDocument
  | 'not-a-workbook';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const asciiBytes = (text: string) => new TextEncoder().encode(text);
/** The part every .xlsx package has; its name is stored uncompressed in the zip headers. */
const WORKBOOK_PART = asciiBytes('xl/workbook.xml');
/** Parts that only an .xlsx package has, any of which tells one cut short before its workbook part. */
const WORKBOOK_PARTS = [
  WORKBOOK_PART,
  ...['xl/worksheets/', 'xl/sharedStrings.xml', 'xl/styles.xml'].map(asciiBytes),
];
/** The signature of the record that ends a zip; a zip cut short (a download or copy that did not finish) lacks it. */
const END_OF_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** The end record and its longest comment: the record lies within this many bytes of the end of a whole zip. */
const END_OF_ZIP_REACH = 22 + 0xffff;
/** A password-protected .xlsx is an OLE2 container with this stream, its name in UTF-16LE in the directory. */
const ENCRYPTED_PACKAGE = utf16leBytes('EncryptedPackage');
/**
 * The stream that holds a legacy workbook: `Workbook` (Excel 97 to 2003, and WPS), `Book` (Excel 5 and 95). An OLE2
 * container without either is another program's document: a Word .doc, say, picked in place of the workbook.
 */
const LEGACY_WORKBOOK_STREAMS = [utf16leBytes('Workbook'), utf16leBytes('Book')];
/** The main part of a binary workbook (.xlsb), which Excel saves as a zip like an .xlsx. */
const BINARY_WORKBOOK_PART = asciiBytes('xl/workbook.bin');
/** The main part or stream of the Office documents that are no workbook, zipped (.docx, .pptx) or OLE2 (.doc, .ppt). */
const ZIPPED_DOCUMENTS: readonly [Uint8Array, OtherDocument][] = [
  [asciiBytes('word/document.xml'), 'word'],
  [asciiBytes('ppt/presentation.xml'), 'presentation'],
];
const OLE2_DOCUMENTS: readonly [Uint8Array, OtherDocument][] = [
  [utf16leBytes('WordDocument'), 'word'],
  [utf16leBytes('PowerPoint Document'), 'presentation'],
];
/** How PDFs and the image formats of scans and screenshots begin: PDF, PNG, JPEG, GIF, TIFF (both byte orders). */
const DOCUMENT_SIGNATURES: readonly [readonly number[], OtherDocument][] = [
  [[...asciiBytes('%PDF-')], 'pdf'],
  [[0x89, 0x50, 0x4e, 0x47], 'image'],
  [[0xff, 0xd8, 0xff], 'image'],
  [[...asciiBytes('GIF8')], 'image'],
  [[0x49, 0x49, 0x2a, 0x00], 'image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'image'],
];

/** Whether a file is empty, or all zero bytes, as a failed save or sync leaves it. */
export const isEmptyFile = (bytes: Uint8Array): boolean => bytes.every((byte) => byte === 0);

/** Whether a file is a zip package, as an .xlsx is, whatever its name. */
export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, ZIP_SIGNATURE);

/**
 * Sniffs the bytes of a file that should be an .xlsx workbook: empty (or all zero bytes, as a failed save or sync
 * leaves it), an encrypted .xlsx, a legacy .xls, a CSV/TSV text, some other file (a Word .doc included), an .xlsx
 * package, or one cut short. A whole zip counts as .xlsx only when it holds `xl/workbook.xml`; ExcelJS would load
 * any other zip as a workbook with no sheets. A zip without its end record that names a part of an .xlsx is an
 * .xlsx cut short.
 */
export function detectFileKind(bytes: Uint8Array): FileKind {
  if (isEmptyFile(bytes)) return 'empty';
  if (isZip(bytes)) {
    if (!endsZip(bytes))
      return WORKBOOK_PARTS.some((part) => containsBytes(bytes, part)) ? 'damaged' : 'not-a-workbook';
    if (containsBytes(bytes, WORKBOOK_PART)) return 'xlsx';
    if (containsBytes(bytes, BINARY_WORKBOOK_PART)) return 'xlsb';
    return documentNamed(bytes, ZIPPED_DOCUMENTS) ?? 'not-a-workbook';
  }
  if (startsWith(bytes, CFB_SIGNATURE)) {
    if (containsBytes(bytes, ENCRYPTED_PACKAGE)) return 'encrypted';
    const legacy = LEGACY_WORKBOOK_STREAMS.some((stream) => containsBytes(bytes, stream));
    return legacy ? 'legacy-xls' : (documentNamed(bytes, OLE2_DOCUMENTS) ?? 'not-a-workbook');
  }
  const signed = DOCUMENT_SIGNATURES.find(([signature]) => startsWith(bytes, signature));
  if (signed) return signed[1];
  return looksLikeDelimitedText(bytes) ? 'text' : 'not-a-workbook';
}

/** The document whose part or stream name the bytes hold, if any. */
function documentNamed(bytes: Uint8Array, documents: readonly [Uint8Array, OtherDocument][]) {
  return documents.find(([name]) => containsBytes(bytes, name))?.[1];
}

const FAILURES: Record<Exclude<FileKind, 'xlsx'>, InputFailureKey> = {
  xlsb: 'xlsb-workbook',
  pdf: 'other-document',
  word: 'other-document',
  presentation: 'other-document',
  image: 'other-document',
  empty: 'file-empty',
  encrypted: 'encrypted',
  'legacy-xls': 'legacy-xls',
  damaged: 'workbook-damaged',
  text: 'csv-as-workbook',
  'not-a-workbook': 'not-a-workbook',
};

/**
 * The name of the owner file that Excel (`~$`) or WPS (`.~`) keeps beside a workbook while it is open: a few bytes
 * naming who opened it, which sits in the same folder as the workbook and is easily picked in its place.
 */
const OWNER_FILE = /^(?:~\$|\.~)/u;

const isOwnerFile = (fileName: string) => OWNER_FILE.test(baseName(fileName));

/** Throws the InputFailure that explains why the bytes are no .xlsx workbook, naming the file when given. */
export function requireXlsx(bytes: Uint8Array, fileName?: string): void {
  const kind = detectFileKind(bytes);
  if (kind === 'xlsx') return;
  const document: Record<string, string> = FAILURES[kind] === 'other-document' ? { document: kind } : {};
  if (fileName === undefined) throw new InputFailure(FAILURES[kind], document);
  if (isOwnerFile(fileName)) throw new InputFailure('owner-file', { file: fileName });
  throw new InputFailure(FAILURES[kind], { file: fileName, ...document });
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Whether a zip's end record is where a whole zip has it, near the end of its bytes. */
function endsZip(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - END_OF_ZIP_REACH); i--)
    if (END_OF_ZIP.every((byte, j) => bytes[i + j] === byte)) return true;
  return false;
}

/**
 * True when the needle occurs in the bytes. Searched from the end: a zip's central directory, which names every
 * part, is at the end of the file, so an .xlsx of any size is recognised after a few kilobytes.
 */
function containsBytes(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (let i = bytes.length - needle.length; i >= 0; i--) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Text a spreadsheet could have saved: readable, with commas or tabs between fields. */
function looksLikeDelimitedText(bytes: Uint8Array): boolean {
  const text = decodeText(bytes);
  return /[,\t]/u.test(text) && isReadableText(text);
}

function utf16leBytes(text: string): Uint8Array {
  return Uint8Array.from([...text].flatMap((ch) => [ch.charCodeAt(0), 0]));
}
