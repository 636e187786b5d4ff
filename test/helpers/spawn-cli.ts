import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The repository's root. */
export const ROOT = join(__dirname, '..', '..');

/** What a run of the real command printed and returned. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the real `quota-check` executable (bin/quota-check.js over the built dist/), as an officer would run it. */
export function spawnCli(args: string[], cwd = ROOT): CliRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'quota-check.js'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
