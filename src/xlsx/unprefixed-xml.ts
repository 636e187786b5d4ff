import type JSZip from 'jszip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** The prefix that a workbook part binds to SpreadsheetML's namespace: `x` in `xmlns:x="…/spreadsheetml/2006/main"`. */
const PREFIX = /\bxmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/u;

/**
 * SpreadsheetML may be written with a namespace prefix (`<x:worksheet>`, `<x:row>`), as the Open XML SDK lets its
 * users write it; ExcelJS knows the elements by their bare names only, and read no such workbook. When the workbook
 * part is so written, this writes every XML part of the workbook without the prefix, and says whether it did.
 * Markup can't hold a bare `<` in text or attributes, so only element names change.
 */
export async function unprefixXml(zip: JSZip): Promise<boolean> {
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const prefix = workbook === undefined ? undefined : PREFIX.exec(workbook)?.[1];
  if (prefix === undefined || !workbook?.includes(`<${prefix}:workbook`)) return false;
  const element = new RegExp(`<(/?)${prefix.replace(/\./gu, '\\.')}:`, 'gu');
  const binding = `xmlns:${prefix}="${MAIN}"`;
  for (const path of Object.keys(zip.files)) {
    if (!/^xl\/.*\.xml$/u.test(path)) continue;
    const xml = await zip.file(path)!.async('string');
    if (xml.includes(binding))
      zip.file(path, xml.split(binding).join(`xmlns="${MAIN}"`).replace(element, '<$1'));
  }
  return true;
}
