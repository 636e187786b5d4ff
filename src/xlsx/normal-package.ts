import JSZip from 'jszip';
import { writeBooleansAsDigits } from './boolean-words';
import { readSheetMetadata, type SheetMetadata } from './dynamic-arrays';
import { readExternalLinks, type ExternalLink } from './external-links';
import { asksFullCalcOnLoad } from './full-calc-on-load';
import { stateTableFilterButtons, stateTableHeaderRows } from './table-defaults';
import { readTableFilterCriteria } from './table-filter-criteria';
import { unprefixXml } from './unprefixed-xml';
import { moveToUsualPartNames } from './usual-part-names';

/** An .xlsx package as ExcelJS can read it, with what its loader would not keep (see normalPackage). */
export interface NormalPackage {
  bytes: Uint8Array;
  fullCalcOnLoad: boolean;
  tableFilters: Map<string, string>;
  externalLinks: ExternalLink[];
  sheetMetadata: SheetMetadata | undefined;
}

/**
 * The bytes of an .xlsx package as ExcelJS can read them: parts under their usual names, SpreadsheetML without a
 * namespace prefix, booleans as digits, tables' header rows and filter buttons stated. The bytes themselves when the package is already so. With them,
 * whether the workbook asks for its formulas to be recalculated on opening, the criteria of its tables' filters
 * (readTableFilterCriteria), its links to other workbooks (readExternalLinks) and its cell metadata
 * (readSheetMetadata), which ExcelJS does not keep.
 */
export async function normalPackage(bytes: Uint8Array): Promise<NormalPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const unprefixed = await unprefixXml(zip);
  const moved = await moveToUsualPartNames(zip);
  const digits = await writeBooleansAsDigits(zip);
  const tableFilters = await readTableFilterCriteria(zip);
  const externalLinks = await readExternalLinks(zip);
  const sheetMetadata = await readSheetMetadata(zip);
  const stated = await stateTableHeaderRows(zip);
  const buttons = await stateTableFilterButtons(zip);
  return {
    // Only ExcelJS's loader reads these bytes, in memory: deflating them again would be time lost.
    bytes:
      unprefixed || moved || digits || stated || buttons
        ? await zip.generateAsync({ type: 'uint8array' })
        : bytes,
    fullCalcOnLoad: await asksFullCalcOnLoad(zip),
    tableFilters,
    externalLinks,
    sheetMetadata,
  };
}
