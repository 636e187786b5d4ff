import type { Workbook } from 'exceljs';

/** One part of an .xlsx package as ExcelJS renders it: text, or bytes (media), or base64 text (media). */
export interface PackagePart {
  name: string;
  data: string | Uint8Array;
  base64: boolean;
}

/** What ExcelJS's renderers hand each part to: the `append` of its zip writer. */
export interface PartSink {
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void;
}

export type RenderStep = (sink: PartSink, model: unknown) => Promise<void> | void;

/**
 * The steps of ExcelJS 4.4's `xlsx.write` (lib/xlsx/xlsx.js), in its order; the steps of one group may run
 * together. `write` hands their parts to JSZip, whose deflate and CRC run as JavaScript, in 16 KB chunks.
 */
const RENDER_STEPS = [
  ['addContentTypes'],
  ['addOfficeRels'],
  ['addWorkbookRels'],
  ['addWorksheets'],
  ['addSharedStrings'],
  ['addDrawings'],
  ['addTables'],
  ['addThemes', 'addStyles'],
  ['addMedia'],
  ['addApp', 'addCore'],
  ['addWorkbook'],
] as const;

/** A step of ExcelJS's writer that renders parts. */
export type RenderStepName = (typeof RENDER_STEPS)[number][number];

interface XlsxRenderer extends Record<RenderStepName, RenderStep> {
  prepareModel(model: unknown, options: object): void;
}

/**
 * The parts of a workbook's .xlsx package, rendered by ExcelJS's own steps but not zipped, for a host that zips
 * faster than JSZip. The parts are those `workbook.xlsx.writeBuffer()` would zip, byte for byte.
 */
export async function packageParts(workbook: Workbook): Promise<PackagePart[]> {
  const renderer = workbook.xlsx as unknown as XlsxRenderer;
  const model = workbook.model;
  const parts: PackagePart[] = [];
  const sink: PartSink = {
    append: (data, { name, base64 = false }) => parts.push({ name, data, base64 }),
  };
  renderer.prepareModel(model, {});
  for (const group of RENDER_STEPS) await Promise.all(group.map((step) => renderer[step](sink, model)));
  return parts;
}
