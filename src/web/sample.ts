import sampleUrl from '../../samples/recommendation-sample.xlsx';

/**
 * The bundled sample workbook (试用示例), embedded in the page as a data: URL by the build. Decoded by hand: the
 * page's Content Security Policy forbids every fetch, data: URLs included.
 */
export function sampleBytes(): ArrayBuffer {
  const binary = atob(sampleUrl.slice(sampleUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}
