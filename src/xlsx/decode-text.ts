import { InputFailure } from '../core/input-failure';

/**
 * Decodes the bytes of a text file (a CSV or TXT list) to a string without its byte order mark. The encoding is taken
 * from the BOM when there is one (UTF-8, UTF-16 LE, UTF-16 BE); otherwise the bytes are UTF-8 when they decode as
 * such without error, else GB18030, which is what Chinese Windows Excel writes when it saves a CSV (GBK is a subset).
 */
export function decodeText(bytes: Uint8Array): string {
  // A TextDecoder drops the BOM of its own encoding, so the BOM only has to pick the decoder.
  if (hasUtf8Bom(bytes)) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * Decodes a text file that the officer gave (a list, a profile) as `decodeText` does, but refuses a UTF-8 byte order
 * mark before bytes that are no UTF-8, as some editors write when they put the mark before GBK text: decoded as
 * UTF-8, its Chinese would be unreadable, and as GBK, the mark's promise would be broken.
 */
export function decodeTextFile(bytes: Uint8Array, fileName: string): string {
  if (!hasUtf8Bom(bytes)) return decodeText(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputFailure('text-bom-mismatch', { file: fileName });
  }
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
