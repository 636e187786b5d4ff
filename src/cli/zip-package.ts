import archiver from 'archiver';
import type { PackagePart } from '../xlsx/package-parts';

/** The deflate level JSZip uses for ExcelJS, so that the copy is as small as ExcelJS would write it. */
const LEVEL = 6;

const bytesOf = (part: PackagePart): Buffer =>
  typeof part.data === 'string'
    ? Buffer.from(part.data, part.base64 ? 'base64' : 'utf8')
    : Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength);

/**
 * Zips the parts of an .xlsx package with archiver, which deflates through Node's zlib: the work that ExcelJS
 * hands to JSZip, whose deflate runs as JavaScript, done natively.
 */
export async function zipPackage(parts: readonly PackagePart[]): Promise<Uint8Array> {
  const archive = archiver('zip', { zlib: { level: LEVEL } });
  const chunks: Buffer[] = [];
  archive.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    archive.on('end', resolve);
    archive.on('error', reject);
  });
  for (const part of parts) archive.append(bytesOf(part), { name: part.name });
  await archive.finalize();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
