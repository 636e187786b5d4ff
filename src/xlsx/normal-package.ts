import JSZip from 'jszip';
import { asksFullCalcOnLoad } from './full-calc-on-load';
import { unprefixXml } from './unprefixed-xml';
import { moveToUsualPartNames } from './usual-part-names';

/**
 * The bytes of an .xlsx package as ExcelJS can read them: parts under their usual names, SpreadsheetML without a
 * namespace prefix. The bytes themselves when the package is already so, as Excel and WPS write it. With them,
 * whether the workbook asks for its formulas to be recalculated on opening, which ExcelJS does not keep.
 */
export async function normalPackage(
  bytes: Uint8Array,
): Promise<{ bytes: Uint8Array; fullCalcOnLoad: boolean }> {
  const zip = await JSZip.loadAsync(bytes);
  const unprefixed = await unprefixXml(zip);
  const moved = await moveToUsualPartNames(zip);
  return {
    bytes:
      unprefixed || moved ? await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : bytes,
    fullCalcOnLoad: await asksFullCalcOnLoad(zip),
  };
}
