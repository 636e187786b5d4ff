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

/**
 * Writes the report after a copy was written. When the report can't be written (stdout on a full disk), the notices
 * that say the copy exists go to stderr before the failure's sentence: they were part of the report, or would have
 * followed it, and the officer would otherwise not learn that the copy was written.
 */
export async function reportAfterCopy(
  out: CliOutput,
  notices: readonly string[],
  writeReport: () => Promise<void>,
): Promise<void> {
  try {
    await writeReport();
  } catch (error) {
    for (const notice of notices) out.stderr(notice + '\n');
    throw error;
  }
}
