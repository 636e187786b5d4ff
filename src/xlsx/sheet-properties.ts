import type { FrameEdit } from './sheet-frames';
import { attributesOf } from './start-tag-attributes';

const SHEET_PROPERTIES = /<sheetPr\b[^>]*?\/?>/u;
const WORKSHEET_START = /<worksheet\b[^>]*>/u;
/** Whether the sheet shows filtered rows: kept with the filter's criteria (see filter-criteria.ts), or not at all. */
const FILTER_MODE = 'filterMode';

/** The start tag of a sheet's properties (`<sheetPr tabColor…>`) in the head of its XML, if it has any. */
export const sheetPropertiesTag = (head: string): string | undefined => SHEET_PROPERTIES.exec(head)?.[0];

/**
 * The head of a sheet's XML with `attributes` (` filterMode="1"`, each with its space) added to the sheet's
 * properties, which are added where the sheet has none.
 */
export function withPropertyAttributes(head: string, attributes: readonly string[]): string {
  const tag = sheetPropertiesTag(head);
  if (tag === undefined)
    return head.replace(WORKSHEET_START, (start) => `${start}<sheetPr${attributes.join('')}/>`);
  const withAttributes = tag.replace(/^<sheetPr\b/u, `<sheetPr${attributes.join('')}`);
  return head.replace(tag, () => withAttributes);
}

/**
 * Keeps the attributes of a sheet's properties (`<sheetPr>`) that ExcelJS drops: whether the colour scales, data
 * bars and top-N thresholds of its conditional formats are calculated again (`enableFormatConditionsCalculation`),
 * how its formulas are evaluated (`transitionEvaluation`, `transitionEntry`: Lotus 1-2-3's rules), its scrolling
 * kept in step with the sheets grouped with it (`syncHorizontal`, `syncVertical`, `syncRef`), its name for macros
 * (`codeName`) and whether it is published (`published`). ExcelJS writes only the properties' children (tab colour,
 * outline, fit to page), so a copy could colour and calculate its cells otherwise than the original.
 */
export const keepSheetProperties: FrameEdit = (written, loaded) => {
  const kept = attributesOf(sheetPropertiesTag(loaded.head) ?? '').filter(({ name }) => name !== FILTER_MODE);
  if (kept.length === 0) return written;
  const names = new Set(attributesOf(sheetPropertiesTag(written.head) ?? '').map(({ name }) => name));
  const attributes = kept.filter(({ name }) => !names.has(name)).map(({ text }) => text);
  return attributes.length === 0
    ? written
    : { ...written, head: withPropertyAttributes(written.head, attributes) };
};
