/**
 * Whether decoded text is text that a person or a spreadsheet saved, rather than the bytes of some other file read
 * as text: at most 1 % of its characters are control characters (tabs and line breaks aside) or undecodable. A
 * workbook or a PDF renamed .txt decodes to text full of them.
 */
export function isReadableText(text: string): boolean {
  let unreadable = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x09 || code === 0x0a || code === 0x0d) continue;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffd) unreadable++;
  }
  return unreadable <= text.length / 100;
}
