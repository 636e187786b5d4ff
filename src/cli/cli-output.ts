/**
 * Where the command writes: stdout for the report, stderr for the one sentence of a failure and for notices. A write
 * to stdout resolves once the reader has room for more, so that a large report is never held in memory whole.
 */
export interface CliOutput {
  stdout(text: string): Promise<void> | void;
  stderr(text: string): void;
}

/** Exit codes (DESIGN.md): 0 no errors, 1 errors found, 2 the input could not be checked. */
export const EXIT = { clean: 0, errors: 1, failed: 2 } as const;

/**
 * Pieces of one text gathered into writes of about a megabyte: written one by one, they could be thousands. Each
 * write is waited for before the next is made, so that no more than a megabyte waits for a slow reader.
 */
export async function writeInPieces(
  write: (text: string) => Promise<void> | void,
  pieces: Iterable<string>,
): Promise<void> {
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    if (pending.length < 1 << 20) continue;
    await write(pending);
    pending = '';
  }
  if (pending !== '') await write(pending);
}
