/** Where V8's JSON.parse says it stopped: `… in JSON at position 42` (Node 22 adds the line and column after it). */
const POSITION = /at position (\d+)/u;

/**
 * The line and column, counted from 1 as an editor counts them, at which JSON.parse failed on a text: where its
 * error names a position, else the end of the text (`Unexpected end of JSON input`).
 */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } {
  const position = POSITION.exec(error instanceof Error ? error.message : '')?.[1];
  const before = text.slice(0, position === undefined ? text.length : Number(position));
  const lines = before.split(/\r\n|\r|\n/u);
  return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1 };
}
