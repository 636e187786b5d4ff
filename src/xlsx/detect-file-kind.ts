import {
  InputFailure,
  type InputFailureKey,
  type OtherDocument,
  type TextFormat,
} from '../core/input-failure';
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
  | 'zipped-workbook'
  | 'text'
  | 'html-table'
  | 'xml-spreadsheet'
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
/** The signature of an entry's record in a zip's central directory, which names the entry. */
const DIRECTORY_ENTRY = [0x50, 0x4b, 0x01, 0x02];
/** The name of a workbook or a table in a zip: a mail attachment or download of the workbook, compressed. */
const WORKBOOK_FILE = /\.(?:xlsx|xlsm|xls|et|csv)$/iu;
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
 * leaves it), an encrypted .xlsx, a legacy .xls, a CSV/TSV text, an HTML table or XML Spreadsheet 2003, some other
 * file (a Word .doc included), a zip holding a workbook, an .xlsx package, or one cut short. A whole zip counts as
 * .xlsx only when it holds `xl/workbook.xml`; ExcelJS would load any other zip as a workbook with no sheets. A zip
 * without its end record that names a part of an .xlsx is an .xlsx cut short.
 */
export function detectFileKind(bytes: Uint8Array): FileKind {
  if (isEmptyFile(bytes)) return 'empty';
  if (isZip(bytes)) {
    const end = endOfZip(bytes);
    if (end < 0)
      return WORKBOOK_PARTS.some((part) => containsBytes(bytes, part)) ? 'damaged' : 'not-a-workbook';
    // Checked first: a workbook stored in the zip uncompressed shows its own parts' names.
    if (holdsWorkbookFile(zipEntryNames(bytes, end))) return 'zipped-workbook';
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
  const text = decodeText(bytes);
  return markupKind(text) ?? (looksLikeDelimitedText(text) && !isJson(text) ? 'text' : 'not-a-workbook');
}

/** Whether a text is a JSON object or array (our own report, picked by mistake), whose commas make no table. */
function isJson(text: string): boolean {
  if (!/^\s*[[{]/u.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Markup that Excel and WPS open as a table, and that systems save under an .xls name: an HTML table (an office
 * system's 导出Excel) or Excel's XML Spreadsheet 2003. Told by its beginning with a tag and what it declares.
 */
function markupKind(text: string): FileKind | undefined {
  if (!text.trimStart().startsWith('<')) return undefined;
  const head = text.slice(0, 4096);
  if (head.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml-spreadsheet';
  return /<(?:html|table)\b/iu.test(head) ? 'html-table' : undefined;
}

/** Whether a zip's entries are a workbook or a table file, and not the parts of an .xlsx (which may embed one). */
function holdsWorkbookFile(names: readonly string[]): boolean {
  return names.some((name) => WORKBOOK_FILE.test(name)) && !names.includes('xl/workbook.xml');
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
  'zipped-workbook': 'zipped-workbook',
  text: 'text-as-workbook',
  'html-table': 'text-as-workbook',
  'xml-spreadsheet': 'text-as-workbook',
  'not-a-workbook': 'not-a-workbook',
};

/**
 * The name of the owner file that Excel (`~$`) or WPS (`.~`) keeps beside a workbook while it is open: a few bytes
 * naming who opened it, which sits in the same folder as the workbook and is easily picked in its place.
 */
const OWNER_FILE = /^(?:~\$|\.~)/u;

const isOwnerFile = (fileName: string) => OWNER_FILE.test(baseName(fileName));

/** The format that a `text-as-workbook` failure names, by the kind of text. */
const TEXT_FORMATS: Partial<Record<FileKind, TextFormat>> = {
  text: 'csv',
  'html-table': 'html',
  'xml-spreadsheet': 'xml-2003',
};

/** What a failure's sentence says of the kind of file beyond its key: which document, which text format. */
function kindValues(kind: Exclude<FileKind, 'xlsx'>): Record<string, string> {
  if (FAILURES[kind] === 'other-document') return { document: kind };
  const format = TEXT_FORMATS[kind];
  return format === undefined ? {} : { format };
}

/** Throws the InputFailure that explains why the bytes are no .xlsx workbook, naming the file when given. */
export function requireXlsx(bytes: Uint8Array, fileName?: string): void {
  const kind = detectFileKind(bytes);
  if (kind === 'xlsx') return;
  if (fileName === undefined) throw new InputFailure(FAILURES[kind], kindValues(kind));
  if (isOwnerFile(fileName)) throw new InputFailure('owner-file', { file: fileName });
  throw new InputFailure(FAILURES[kind], { file: fileName, ...kindValues(kind) });
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Where a zip's end record is, near the end of its bytes as in a whole zip, or -1. */
function endOfZip(bytes: Uint8Array): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - END_OF_ZIP_REACH); i--)
    if (END_OF_ZIP.every((byte, j) => bytes[i + j] === byte)) return i;
  return -1;
}

/**
 * The names of a zip's entries, from its central directory (whose place and size the end record at `end` gives),
 * one byte a character: enough to tell names of ASCII and their extensions, whatever the encoding of the others.
 * Empty when the directory is not where the end record says (a zip64 archive, or a damaged one).
 */
function zipEntryNames(bytes: Uint8Array, end: number): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(end + 10, true);
  const names: string[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || !startsWith(bytes.subarray(at), DIRECTORY_ENTRY)) return [];
    const nameLength = view.getUint16(at + 28, true);
    const rest = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    names.push(String.fromCharCode(...bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + rest;
  }
  return names;
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
function looksLikeDelimitedText(text: string): boolean {
  return /[,\t]/u.test(text) && isReadableText(text);
}

function utf16leBytes(text: string): Uint8Array {
  return Uint8Array.from([...text].flatMap((ch) => [ch.charCodeAt(0), 0]));
}
