import type JSZip from 'jszip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/**
 * The root element's start tag of a part, when the part's text begins with it (after a declaration, processing
 * instructions or comments): its prefix and its attributes.
 */
const PREFIXED_ROOT = /^\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->)\s*)*<([\w.-]+):[\w.-]+(\s[^>]*)?>/u;

/** What JSZip streams a part's text through, untyped in its declarations. */
interface TextStream {
  on(event: 'data', listener: (chunk: string) => void): TextStream;
  on(event: 'end', listener: () => void): TextStream;
  on(event: 'error', listener: (error: unknown) => void): TextStream;
  pause(): void;
  resume(): void;
}

/**
 * The first chunk of a part's text, as JSZip inflates it (some kilobytes): what tells how its root element is
 * written, without inflating worksheets of megabytes only to look at their first tag.
 */
function firstChunk(file: JSZip.JSZipObject): Promise<string> {
  return new Promise((resolve, reject) => {
    const stream = (file as unknown as { internalStream(type: 'string'): TextStream }).internalStream(
      'string',
    );
    stream
      .on('data', (chunk) => {
        stream.pause();
        resolve(chunk);
      })
      .on('end', () => resolve(''))
      .on('error', reject)
      .resume();
  });
}

/** The prefix that a part's root element binds to SpreadsheetML and is written with (`<x:worksheet xmlns:x="…">`). */
function mainPrefix(text: string): string | undefined {
  const [, prefix, attributes = ''] = PREFIXED_ROOT.exec(text) ?? [];
  // A root that also names a default namespace would have two once the prefix is gone.
  if (prefix === undefined || /\sxmlns\s*=/u.test(attributes)) return undefined;
  return new RegExp(`\\sxmlns:${escaped(prefix)}\\s*=\\s*["']${escaped(MAIN)}["']`, 'u').test(attributes)
    ? prefix
    : undefined;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/**
 * SpreadsheetML may be written with a namespace prefix (`<x:worksheet>`, `<x:row>`), as the Open XML SDK lets its
 * users write it, in every part or only in those it wrote (a template's workbook part left as Excel wrote it); ExcelJS
 * knows the elements by their bare names only, and read no such part. This writes each part whose root element is so
 * written without the prefix, and says whether it did. Markup can't hold a bare `<` in text or attributes, so only
 * element names change.
 */
export async function unprefixXml(zip: JSZip): Promise<boolean> {
  let changed = false;
  for (const path of Object.keys(zip.files)) {
    if (!/^xl\/.*\.xml$/u.test(path)) continue;
    const file = zip.file(path)!;
    const prefix = mainPrefix(await firstChunk(file));
    if (prefix === undefined) continue;
    const binding = new RegExp(`(\\s)xmlns:${escaped(prefix)}(\\s*=\\s*["']${escaped(MAIN)}["'])`, 'u');
    const element = new RegExp(`<(/?)${escaped(prefix)}:`, 'gu');
    const xml = await file.async('string');
    zip.file(path, xml.replace(binding, '$1xmlns$2').replace(element, '<$1'));
    changed = true;
  }
  return changed;
}
