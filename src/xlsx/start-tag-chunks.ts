/** Where the whole start tags of a text end: before its last `<`, as no attribute value holds a `<`. */
const lastTagStart = (text: string): number => text.lastIndexOf('<');

/**
 * Cuts texts that come in chunks so that no start tag is cut between two: each chunk's text up to its last `<` is
 * whole, and what follows waits for the next chunk; or up to where `cut` says that what the edit needs whole ends.
 */
export function startTagCutter(cut: (text: string) => number = lastTagStart): {
  take(chunk: string): string;
  rest(): string;
} {
  let held = '';
  return {
    /** The text that the chunk completes, up to its last `<` (or `cut`). */
    take(chunk) {
      const text = held + chunk;
      const at = cut(text);
      held = at < 0 ? '' : text.slice(at);
      return at < 0 ? text : text.slice(0, at);
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
 * whole start tags, or of what else `cut` keeps whole (see startTagCutter).
 */
export function startTagChunks(
  edit: (xml: string) => string,
  cut?: (text: string) => number,
): (chunks: AsyncIterable<unknown>) => AsyncGenerator<unknown> {
  return async function* (chunks) {
    const cutter = startTagCutter(cut);
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
