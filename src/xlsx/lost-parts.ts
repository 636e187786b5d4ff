import type { Workbook } from 'exceljs';
import JSZip from 'jszip';
import type { LostPart } from '../core/write-texts';
import { readSheetMetadata } from './dynamic-arrays';
import { readExternalLinks } from './external-links';
import { startTagChunks } from './start-tag-chunks';
import { hookWorksheetXml } from './step-hooks';
import { UNKEPT_TABLE_CRITERIA } from './table-filter-criteria';
import { WRITABLE_RULE_TYPES } from './writable-conditional-formats';

/** Package paths whose presence means ExcelJS will drop that part when it writes the workbook again. */
const PART_PATHS: readonly [LostPart, RegExp][] = [
  ['pivot-tables', /^xl\/pivot(?:Tables|Cache)\//u],
  ['charts', /^xl\/(?:charts|chartsheets)\//u],
  ['slicers', /^xl\/slicer(?:s|Caches)\//u],
  ['timelines', /^xl\/timeline(?:s|Caches)\//u],
  ['threaded-comments', /^xl\/threadedComments\//u],
  ['macros', /vbaProject\.bin$/u],
  // Excel 2010 and later keep each form control's state in a ctrlProps part; ActiveX controls have their own parts.
  ['form-controls', /^xl\/(?:ctrlProps|activeX)\//u],
  // Pictures placed in cells: WPS's (嵌入单元格图片, shown by =DISPIMG(…)) and Excel's (放置在单元格中, rich values).
  ['cell-pictures', /^xl\/(?:cellimages\.xml$|richData\/)/u],
];

/** Links to other workbooks: kept (external-links.ts) unless one of them points into the package. */
const EXTERNAL_LINK_PART = /^xl\/externalLinks\//u;

/** A cell that points into the cell metadata, as a dynamic array's does (`<c r="E2" cm="1">`). */
const CELL_WITH_METADATA = /<(?:\w+:)?c\s[^>]*?\scm="/u;

/**
 * What a worksheet may hold that ExcelJS will drop: the name of the start tag that tells it, searched for first, and
 * the tag. Each is told by one start tag, so that the sheet's XML can be looked into as ExcelJS's loader reads it, a
 * text of whole start tags at a time (see watchWorksheets); a plain search spares most texts the expression's pass
 * over every start tag.
 */
const WORKSHEET_CONTENTS: readonly [LostPart, string, RegExp][] = [
  // Data validations stored as a worksheet extension (lists from another sheet, as Excel 2010 wrote them).
  ['extended-validations', 'x14:dataValidations', /<x14:dataValidations/u],
  // Pictures in a header or footer (&G), kept in a legacy VML drawing of the sheet's own.
  ['header-footer-pictures', 'legacyDrawingHF', /<(?:\w+:)?legacyDrawingHF\b/u],
  // A hyperlink to a range of cells or to a name (location="方向列表"), or set on several cells (ref="A2:C2"): ExcelJS
  // gives a cell only a link to one cell or through a relationship (see internal-links.ts), and drops these.
  [
    'place-links',
    'hyperlink',
    /<(?:\w+:)?hyperlink\b(?=[^>]*\s(?:ref="[^"]*:|location="(?![^"]*!\$?[A-Za-z]+\$?\d+")))/u,
  ],
  // Conditional formats of a type that ExcelJS reads but does not write, such as 重复值 (duplicate values).
  [
    'conditional-formats',
    'cfRule',
    new RegExp(`<(?:\\w+:)?cfRule\\b[^>]*\\stype="(?!(?:${WRITABLE_RULE_TYPES.join('|')})")`, 'u'),
  ],
];

/** Parts other than worksheets whose text tells whether they hold something ExcelJS will drop, and what. */
const PART_CONTENTS: readonly [LostPart, RegExp, RegExp][] = [
  // A form control in a legacy VML drawing, where Excel 2007 keeps it whole and later versions draw it: a shape
  // whose client data is of another type than a note (<x:ClientData ObjectType="Checkbox">, "Radio", "Drop"…).
  ['form-controls', /\.vml$/u, /ClientData\s+ObjectType=["'](?!Note["'])/u],
  // Shapes, text boxes and their groups in a drawing; ExcelJS keeps only its pictures.
  ['shapes', /^xl\/drawings\/[^/]+\.xml$/u, /<(?:\w+:)?(?:sp|grpSp|cxnSp)\b/u],
  // The criteria of a table's filter (套用表格格式) by a colour or an icon: ExcelJS keeps the column's button
  // (criteria by values or a condition are kept: table-filter-criteria.ts; a sheet's own: filter-criteria.ts).
  ['filter-criteria', /^xl\/tables\/[^/]+\.xml$/u, UNKEPT_TABLE_CRITERIA],
];

/** What the worksheets of a workbook loaded for a copy hold that the copy would lack, as its loader read them. */
interface WorksheetsSeen {
  parts: Set<LostPart>;
  /** Some cell points into the cell metadata. */
  cellMetadata: boolean;
}

const seenOnLoad = new WeakMap<Workbook, WorksheetsSeen>();

/**
 * Looks into each worksheet's XML as ExcelJS's loader reads it, for what `lostParts` names: the worksheets are the
 * largest parts by far, and unzipping them again only to look would cost as much as the loader's own unzipping. Call
 * before `workbook.xlsx.load` on a workbook loaded for a copy.
 */
export function watchWorksheets(workbook: Workbook): void {
  const seen: WorksheetsSeen = { parts: new Set(), cellMetadata: false };
  seenOnLoad.set(workbook, seen);
  hookWorksheetXml(
    workbook,
    startTagChunks((xml) => {
      for (const [part, name, tag] of WORKSHEET_CONTENTS)
        if (!seen.parts.has(part) && xml.includes(name) && tag.test(xml)) seen.parts.add(part);
      seen.cellMetadata ||= xml.includes('cm="') && CELL_WITH_METADATA.test(xml);
      return xml;
    }),
  );
}

/**
 * The parts of an .xlsx package that a copy written by ExcelJS would lack: pivot tables, charts, slicers, timelines,
 * threaded comments, macros, form and ActiveX controls (check boxes, option buttons…), shapes and text boxes,
 * pictures in headers and footers and in cells, a table's filter criteria, conditional formats of some types, data validations
 * stored as extensions, hyperlinks to a range or a name, links to other workbooks and dynamic arrays' cell metadata
 * that cannot be kept. `workbook` is the package loaded for a copy (see `watchWorksheets`), whose worksheets were
 * looked into as they were loaded.
 * Looked for before writing a copy, so that the report and the command can say what the copy lacks.
 */
export async function lostParts(bytes: Uint8Array, workbook: Workbook): Promise<LostPart[]> {
  const worksheets = seenOnLoad.get(workbook);
  if (worksheets === undefined) throw new Error('lostParts needs the workbook loaded for a copy');
  const zip = await JSZip.loadAsync(bytes);
  const paths = Object.keys(zip.files);
  const found = new Set<LostPart>();
  for (const [part, pattern] of PART_PATHS) if (paths.some((path) => pattern.test(path))) found.add(part);
  // Formulas keep their [1]名单!$A$1 in any case; the link that [1] stands for may not be kept.
  if (paths.some((path) => EXTERNAL_LINK_PART.test(path)) && (await readExternalLinks(zip)).length === 0)
    found.add('external-links');
  for (const part of worksheets.parts) found.add(part);
  for (const [part, partPath, content] of PART_CONTENTS) {
    for (const path of paths.filter((candidate) => partPath.test(candidate))) {
      if (!found.has(part) && content.test(await zip.file(path)!.async('string'))) found.add(part);
    }
  }
  // Dynamic arrays stay dynamic with the cell metadata they point into, unless the copy cannot keep it (dynamic-arrays.ts).
  const metadata = await readSheetMetadata(zip);
  if (metadata && !metadata.keepable && worksheets.cellMetadata) found.add('dynamic-arrays');
  return [...found];
}
