import type { Workbook } from 'exceljs';
import { hookPrepareModel, hookReconcile } from './step-hooks';

interface HyperlinkModel {
  address: string;
  rId?: string;
  target?: string;
}
/** The parts of ExcelJS's loaded model that this module reaches into, before it reconciles them. */
interface LoadedModel {
  worksheets: { sheetNo: number; hyperlinks?: HyperlinkModel[] }[];
  worksheetRels: Record<number, { Id: string; Type: string; Target: string }[] | undefined>;
}

/** The parts of the model ExcelJS has prepared for writing that this module reaches into. */
interface PreparedModel {
  worksheets: { hyperlinks?: HyperlinkModel[]; rels?: { Id: string }[] }[];
}

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** A place in the workbook that ExcelJS writes back as one (hyperlink-xform.js): `'说明'!A1`, `Sheet2!D3`. */
const CELL_IN_SHEET = /^[^!]+![a-zA-Z]+\d+$/u;

/**
 * Keeps a hyperlink to a place in the workbook (`<hyperlink ref="D3" location="'说明'!A1"/>`, as a 目录 sheet
 * has them). ExcelJS reads such a link but gives a cell only the links that go through a relationship, so the copy
 * lost it; this gives each a relationship of its own to the place, which the cell then links to, and which ExcelJS
 * writes back as a `location`. A place given with `$` signs is given without them, as ExcelJS writes only such;
 * one of another form (a range, a defined name) stays lost. Call before `workbook.xlsx.load`, with
 * `writeInternalLinks`.
 */
export function keepInternalLinks(workbook: Workbook): void {
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    for (const sheet of model.worksheets) {
      for (const [i, link] of (sheet.hyperlinks ?? []).entries()) {
        const place = link.target?.replace(/\$/gu, '');
        if (link.rId !== undefined || place === undefined || !CELL_IN_SHEET.test(place)) continue;
        link.rId = `quota-check-location${i}`;
        const rels = (model.worksheetRels[sheet.sheetNo] ??= []);
        rels.push({ Id: link.rId, Type: HYPERLINK, Target: place });
      }
    }
    reconcile();
  });
}

/**
 * Writes a hyperlink to a place in the workbook as Excel does, with its `location` alone. ExcelJS also gives it a
 * relationship to an external target named after the place (`Target="'说明'!A1" TargetMode="External"`), which
 * makes Excel look for a file of that name; this takes that relationship out once ExcelJS has prepared the model.
 */
export function writeInternalLinks(workbook: Workbook): void {
  hookPrepareModel<PreparedModel>(workbook, (model, prepare) => {
    prepare();
    for (const sheet of model.worksheets) {
      const internal = new Set<string>();
      for (const link of sheet.hyperlinks ?? []) {
        if (link.rId === undefined || link.target === undefined || !CELL_IN_SHEET.test(link.target)) continue;
        internal.add(link.rId);
        delete link.rId;
      }
      if (internal.size > 0) sheet.rels = sheet.rels?.filter((rel) => !internal.has(rel.Id));
    }
  });
}
