import type { Workbook } from 'exceljs';
import type JSZip from 'jszip';
import { attribute, RELATIONSHIP, relsOf, workbookTarget } from './package-relationships';
import { hookAppendedParts, hookRenderedParts } from './step-hooks';

/** A link to another workbook: its part, as the original writes it, and the relationships of that part. */
export interface ExternalLink {
  path: string;
  xml: string;
  rels?: string;
}

const EXTERNAL_REFERENCE = /<(?:\w+:)?externalReference\b[^>]*?\sr:id="([^"]*)"/gu;
const LINK_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink';
const LINK_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml';

/** The part a link's relationship of the workbook part points to, from the package's root. */
function linkTarget(rels: string, id: string): string | undefined {
  const tag = (rels.match(RELATIONSHIP) ?? []).find((candidate) => attribute(candidate, 'Id') === id);
  const target = tag && attribute(tag, 'Target');
  if (tag === undefined || target === undefined || attribute(tag, 'Type') !== LINK_TYPE) return undefined;
  return workbookTarget(target);
}

/**
 * The links to other workbooks that a workbook's formulas and names use (`[1]名单!$A$1`, `[1]` the first link), in
 * their order. None unless every link can be kept: each a
 * part under xl/externalLinks/ whose relationships all point out of the package (to the other workbook's file).
 */
export async function readExternalLinks(zip: JSZip): Promise<ExternalLink[]> {
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (workbook === undefined || rels === undefined) return [];
  const links: ExternalLink[] = [];
  for (const [, id = ''] of workbook.matchAll(EXTERNAL_REFERENCE)) {
    const path = linkTarget(rels, id);
    const xml = path?.startsWith('xl/externalLinks/') ? await zip.file(path)?.async('string') : undefined;
    if (path === undefined || xml === undefined) return [];
    const linkRels = await zip.file(relsOf(path))?.async('string');
    const inside = (linkRels?.match(RELATIONSHIP) ?? []).some(
      (tag) => attribute(tag, 'TargetMode') !== 'External',
    );
    if (inside) return [];
    links.push(linkRels === undefined ? { path, xml } : { path, xml, rels: linkRels });
  }
  return links;
}

/**
 * Writes in the copy the links to other workbooks read by readExternalLinks: their parts, the workbook's
 * `<externalReferences>`, their relationships and content types. ExcelJS keeps the formulas that use them
 * (`[1]名单!$A$1`) but drops the links, so the copy's formulas named a workbook `[1]` that it did not have.
 */
export function keepExternalLinks(workbook: Workbook, links: readonly ExternalLink[]): void {
  if (links.length === 0) return;
  const ids = links.map((_, i) => `rIdExternalLink${i + 1}`);
  hookRenderedParts(workbook, 'addContentTypes', (_, xml) => {
    const overrides = links.map(
      ({ path }) => `<Override PartName="/${path}" ContentType="${LINK_CONTENT_TYPE}"/>`,
    );
    return xml.replace('</Types>', () => `${overrides.join('')}</Types>`);
  });
  hookRenderedParts(workbook, 'addWorkbookRels', (_, xml) => {
    const relationships = links.map(
      ({ path }, i) =>
        `<Relationship Id="${ids[i]}" Type="${LINK_TYPE}" Target="${path.slice('xl/'.length)}"/>`,
    );
    return xml.replace('</Relationships>', () => `${relationships.join('')}</Relationships>`);
  });
  hookRenderedParts(workbook, 'addWorkbook', (_, xml) => {
    const references = ids.map((id) => `<externalReference r:id="${id}"/>`).join('');
    return xml.replace('</sheets>', () => `</sheets><externalReferences>${references}</externalReferences>`);
  });
  hookAppendedParts(workbook, 'addWorkbookRels', () =>
    links.flatMap(({ path, xml, rels }) =>
      rels === undefined
        ? [{ name: path, data: xml }]
        : [
            { name: path, data: xml },
            { name: relsOf(path), data: rels },
          ],
    ),
  );
}
