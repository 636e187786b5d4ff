import JSZip from 'jszip';
import { unprefixXml } from './unprefixed-xml';
import { moveToUsualPartNames } from './usual-part-names';

/**
 * The bytes of an .xlsx package as ExcelJS can read them: parts under their usual names, SpreadsheetML without a
 * namespace prefix. The bytes themselves when the package is already so, as Excel and WPS write it.
 */
export async function normalPackage(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const unprefixed = await unprefixXml(zip);
  const moved = await moveToUsualPartNames(zip);
  return unprefixed || moved ? zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : bytes;
}
