import type { Workbook } from 'exceljs';
import type JSZip from 'jszip';
import { keepFromLoadedSheets } from './loaded-sheets';
import { attribute, RELATIONSHIP, workbookTarget } from './package-relationships';
import { startTagCutter } from './start-tag-chunks';
import { hookAppendedParts, hookRenderedParts } from './step-hooks';

/** The workbook's cell metadata part (xl/metadata.xml), as the original writes it. */
export interface SheetMetadata {
  path: string;
  xml: string;
  /** Whether the copy can keep it: not when it holds metadata of values too, which point into parts it lacks. */
  keepable: boolean;
}

const METADATA_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata';
const METADATA_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml';
/** Metadata of cells' values: rich values (pictures in cells, data types), whose parts ExcelJS drops. */
const VALUE_METADATA = /<(?:\w+:)?valueMetadata\b/u;

/**
 * The workbook's cell metadata part, which says which formulas are dynamic arrays (Excel 365's spilling FILTER,
 * UNIQUE, SORT…); undefined when there is none. One that also holds metadata of values (rich values: pictures in
 * cells, data types) points into parts that the copy lacks, and cannot be kept (see lost-parts.ts).
 */
export async function readSheetMetadata(zip: JSZip): Promise<SheetMetadata | undefined> {
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  const tag = (rels?.match(RELATIONSHIP) ?? []).find(
    (candidate) => attribute(candidate, 'Type') === METADATA_TYPE,
  );
  const target = tag && attribute(tag, 'Target');
  if (target === undefined) return undefined;
  const path = workbookTarget(target);
  const xml = await zip.file(path)?.async('string');
  return xml === undefined ? undefined : { path, xml, keepable: !VALUE_METADATA.test(xml) };
}

/** A cell's start tag that points into the cell metadata (`<c r="E2" t="str" cm="1">`). */
const CELL_WITH_METADATA = /<c\s[^>]*?\scm="(\d+)"[^>]*>/gu;
const ADDRESS = /\sr="([A-Z]+\d+)"/u;

/** A sheet's XML chunks, passed on as they are, while the cells that point into the cell metadata are read. */
async function* readCellMetadata(
  chunks: AsyncIterable<unknown>,
  cells: Map<string, string>,
): AsyncGenerator<unknown> {
  const cutter = startTagCutter();
  const scan = (text: string) => {
    for (const [tag, index] of text.matchAll(CELL_WITH_METADATA)) {
      const address = ADDRESS.exec(tag)?.[1];
      if (address !== undefined) cells.set(address, index!);
    }
  };
  for await (const chunk of chunks) {
    yield chunk;
    if (typeof chunk === 'string') scan(cutter.take(chunk));
  }
  scan(cutter.rest());
}

const WRITTEN_CELL = /<c r="([A-Z]+\d+)"/gu;

/**
 * Keeps in the copy the cell metadata read by readSheetMetadata, when it can: its part, with its content type and
 * relationship, and the `cm` attribute of the cells that point into it. ExcelJS keeps a dynamic array's formula as an
 * array formula (`<f t="array" ref="E2:E9">`) but drops both, so Excel 365 showed the copy's FILTER(…) as a legacy
 * array formula {=FILTER(…)}, which no longer spills. Call before `workbook.xlsx.load`.
 */
export function keepDynamicArrays(workbook: Workbook, metadata: SheetMetadata | undefined): void {
  if (!metadata?.keepable) return;
  const { path, xml } = metadata;
  keepFromLoadedSheets<Map<string, string>>(workbook, {
    nothing: () => new Map(),
    read: readCellMetadata,
    write: (sheet, cells) =>
      cells.size === 0
        ? sheet
        : sheet.replace(WRITTEN_CELL, (start, address: string) => {
            const index = cells.get(address);
            return index === undefined ? start : `${start} cm="${index}"`;
          }),
  });
  hookRenderedParts(workbook, 'addContentTypes', (_, types) =>
    types.replace(
      '</Types>',
      () => `<Override PartName="/${path}" ContentType="${METADATA_CONTENT_TYPE}"/></Types>`,
    ),
  );
  hookRenderedParts(workbook, 'addWorkbookRels', (_, rels) =>
    rels.replace(
      '</Relationships>',
      () => `<Relationship Id="rIdSheetMetadata" Type="${METADATA_TYPE}" Target="/${path}"/></Relationships>`,
    ),
  );
  hookAppendedParts(workbook, 'addWorkbookRels', () => [{ name: path, data: xml }]);
}
