/**
 * Cuts texts that come in chunks so that no start tag is cut between two: each chunk's text up to its last `<` is
 * whole, and what follows waits for the next chunk, as no attribute value holds a `<`.
 */
export function startTagCutter(): { take(chunk: string): string; rest(): string } {
  let held = '';
  return {
    /** The text that the chunk completes, up to its last `<`. */
    take(chunk) {
      const text = held + chunk;
      const cut = text.lastIndexOf('<');
      held = cut < 0 ? '' : text.slice(cut);
      return cut < 0 ? text : text.slice(0, cut);
    },
    /** The text still waiting, once no chunk follows it. */
    rest() {
      const rest = held;
      held = '';
      return rest;
    },
  };
}

/**
 * A worksheet's XML chunks, as ExcelJS's loader parses them (see hookWorksheetXml), with `edit` applied to texts of
 * whole start tags (see startTagCutter).
 */
export function startTagChunks(
  edit: (xml: string) => string,
): (chunks: AsyncIterable<unknown>) => AsyncGenerator<unknown> {
  return async function* (chunks) {
    const cutter = startTagCutter();
    for await (const chunk of chunks) {
      if (typeof chunk !== 'string') {
        const rest = cutter.rest();
        if (rest) yield edit(rest);
        yield chunk;
        continue;
      }
      const whole = cutter.take(chunk);
      if (whole) yield edit(whole);
    }
    const rest = cutter.rest();
    if (rest) yield edit(rest);
  };
}
