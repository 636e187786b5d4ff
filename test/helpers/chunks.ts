/** `text` cut at the given places (each taken modulo the text's length + 1), in order: every piece, none empty. */
export function piecesAt(text: string, cuts: readonly number[]): string[] {
  const ends = [...new Set([0, ...cuts.map((cut) => cut % (text.length + 1)), text.length])].sort(
    (a, b) => a - b,
  );
  return ends.slice(1).map((end, i) => text.slice(ends[i], end));
}

/** The pieces as the chunks of a stream, as ExcelJS's loader hands a part's text to its parser. */
export async function* asChunks(pieces: readonly string[]): AsyncGenerator<string> {
  yield* pieces;
}
