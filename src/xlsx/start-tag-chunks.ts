/**
 * A worksheet's XML chunks, as ExcelJS's loader parses them (see hookWorksheetXml), with `edit` applied to texts of
 * whole start tags. A start tag may be cut between two chunks: the text from a chunk's last `<` waits for the next,
 * as no attribute value holds a `<`.
 */
export function startTagChunks(
  edit: (xml: string) => string,
): (chunks: AsyncIterable<unknown>) => AsyncGenerator<unknown> {
  return async function* (chunks) {
    let held = '';
    for await (const chunk of chunks) {
      if (typeof chunk !== 'string') {
        if (held) yield edit(held);
        held = '';
        yield chunk;
        continue;
      }
      const text = held + chunk;
      const cut = text.lastIndexOf('<');
      held = cut < 0 ? '' : text.slice(cut);
      if (cut !== 0) yield edit(cut < 0 ? text : text.slice(0, cut));
    }
    if (held) yield edit(held);
  };
}
