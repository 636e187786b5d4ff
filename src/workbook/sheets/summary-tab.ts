import { OUR_SIGNATURE } from '../../core/our-sheets';
import type { OurCellValue, OurSheet } from '../port';
import type { WriteTexts } from '../../core/write-texts';

/** A summary tab's columns: header and width in characters. */
export type TabColumns = OurSheet['columns'];

/** A summary tab: our signed title, a table people would print, and lines for the stamp below it. */
export function summaryTab(
  name: string,
  title: string,
  columns: TabColumns,
  rows: OurCellValue[][],
  emphasis: NonNullable<OurSheet['emphasis']>,
  texts: WriteTexts,
): OurSheet {
  return {
    name,
    visibility: 'visible',
    heading: [`${OUR_SIGNATURE}${title}`],
    columns,
    rows,
    emphasis,
    footer: [...texts.stampLines],
    pageFooter: texts.pageFooter,
  };
}
