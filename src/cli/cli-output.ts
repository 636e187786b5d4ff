/** Where the command writes: stdout for the report, stderr for the one sentence of a failure and for notices. */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes (DESIGN.md): 0 no errors, 1 errors found, 2 the input could not be checked. */
export const EXIT = { clean: 0, errors: 1, failed: 2 } as const;
