import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { LostPart } from '../../src/core/write-texts';
import { lostParts } from '../../src/xlsx/lost-parts';
import { loadWorkbook } from '../../src/xlsx/read-workbook';

/** The bytes of an .xlsx file built in memory with ExcelJS, as a host would read them from disk. */
export async function xlsxBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** An ExcelJS worksheet read back from the bytes of a workbook with one sheet, built as `xlsxBytes` builds it. */
export async function roundTrip(build: (worksheet: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  return firstSheet(await xlsxBytes((workbook) => build(workbook.addWorksheet('Sheet1'))));
}

/** The first worksheet of an .xlsx file, as plain ExcelJS loads it. */
export async function firstSheet(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const worksheet = workbook.worksheets[0];
  if (worksheet === undefined) throw new Error('the workbook lost its sheet');
  return worksheet;
}

/** Bytes of ASCII or Latin-1 text, one byte per character. */
export const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

/**
 * The bytes of a package with some of its XML parts rewritten, to make what Excel or WPS write and ExcelJS does
 * not (a built-in format named by id alone, a formula without a cached result, …).
 */
export async function editParts(
  bytes: Uint8Array,
  edits: Record<string, (xml: string) => string>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [path, edit] of Object.entries(edits)) {
    const part = zip.file(path);
    if (part === null) throw new Error(`no part ${path}`);
    zip.file(path, edit(await part.async('string')));
  }
  return zip.generateAsync({ type: 'uint8array' });
}

/** The text of one part of a package: `xl/workbook.xml`, `xl/worksheets/sheet1.xml`. */
export async function partText(bytes: Uint8Array, path: string): Promise<string> {
  const part = (await JSZip.loadAsync(bytes)).file(path);
  if (part === null) throw new Error(`no part ${path}`);
  return part.async('string');
}

/** The names of the sheets a workbook part (`xl/workbook.xml`) lists, in the order of their tabs. */
export const sheetNamesOf = (workbookXml: string): string[] =>
  [...workbookXml.matchAll(/<sheet\s[^>]*name="([^"]*)"/gu)].map(([, name]) => name!);

/** A small recommendation table, a header and two projects, for tests of what a copy keeps around a table. */
export const twoProjects = (): string[][] => [
  ['申报单位', '项目名称', '揭榜方向'],
  ['深圳市甲科技有限公司', '项目甲', '智能传感器'],
  ['北京乙数据有限公司深圳分公司', '项目乙', '机器翻译系统'],
];

/**
 * The attributes (`name="value"`) of the first start tag that `tag` finds in a part, sorted, so in order of name,
 * without those named in `except`.
 */
export async function tagAttributes(
  bytes: Uint8Array,
  path: string,
  tag: RegExp,
  except: readonly string[] = [],
): Promise<string[]> {
  const start = tag.exec(await partText(bytes, path))?.[0] ?? '';
  return [...start.matchAll(/\s([\w:]+)="[^"]*"/gu)]
    .filter(([, name]) => !except.includes(name!))
    .map(([attribute]) => attribute.trim())
    .sort();
}

/** The bytes of `twoProjects` on a sheet 推荐表 under a filter over them (A1:C3), with what `more` adds. */
export function filteredProjects(
  more: (workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet) => void = () => undefined,
): Promise<Uint8Array> {
  return xlsxBytes((workbook) => {
    const sheet = workbook.addWorksheet('推荐表');
    sheet.addRows(twoProjects());
    sheet.autoFilter = 'A1:C3';
    more(workbook, sheet);
  });
}

/** What a copy of the package would lack (lostParts), the package loaded for a copy as the command loads it. */
export async function lostPartsOf(bytes: Uint8Array): Promise<LostPart[]> {
  return lostParts(bytes, await loadWorkbook(bytes));
}
