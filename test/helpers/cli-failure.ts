import type { CliRun } from './spawn-cli';

/**
 * Input the command can't take (DESIGN.md, Command line): exit 2, nothing on stdout, and one line on stderr with the
 * given key words and no stack trace or error class names. Returns the line.
 */
export function expectFailure(run: CliRun, keyWords: string[]): string {
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  const lines = run.stderr.split('\n');
  expect(lines).toHaveLength(2); // one line, then the final line break
  const line = lines[0] ?? '';
  expect(line.trim()).not.toBe('');
  for (const word of keyWords) expect(line).toContain(word);
  expect(run.stderr).not.toMatch(/^\s*at /mu);
  expect(run.stderr).not.toContain('Error:');
  expect(run.stderr).not.toContain('InputFailure');
  expect(run.stderr).not.toContain('node:internal');
  expect(run.status).toBe(2);
  return line;
}

/** As expectFailure, and the line is one sentence in Chinese: Han characters, a full stop only at the end. */
export function expectChineseFailure(run: CliRun, keyWords: string[]): void {
  const line = expectFailure(run, keyWords);
  expect(line).toMatch(/\p{Script=Han}/u);
  expect(line.slice(0, -1)).not.toContain('。');
}
