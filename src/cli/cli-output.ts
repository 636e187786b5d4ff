/** Where the command writes: stdout for the report, stderr for the one sentence of a failure and for notices. */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes (DESIGN.md): 0 no errors, 1 errors found, 2 the input could not be checked. */
export const EXIT = { clean: 0, errors: 1, failed: 2 } as const;

/** Pieces of one text gathered into writes of about a megabyte: written one by one, they could be thousands. */
export function writeInPieces(write: (text: string) => void, pieces: Iterable<string>): void {
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    if (pending.length < 1 << 20) continue;
    write(pending);
    pending = '';
  }
  if (pending !== '') write(pending);
}
