import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { ROOT } from '../helpers/spawn-cli';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  bin?: Record<string, string>;
  files?: string[];
};

/** True when an executable of this name is on PATH. */
function onPath(command: string): boolean {
  const names = process.platform === 'win32' ? [`${command}.cmd`, `${command}.exe`] : [command];
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .some((dir) => names.some((name) => existsSync(join(dir, name))));
}

describe('package.json "bin"', () => {
  const bin = pkg.bin?.['quota-check'];

  test('maps quota-check to a file that exists and starts with a node shebang', () => {
    expect(typeof bin).toBe('string');
    const path = join(ROOT, bin ?? '');
    expect(existsSync(path)).toBe(true);
    expect(statSync(path).isFile()).toBe(true);
    const firstLine = readFileSync(path, 'utf8').split('\n')[0];
    expect(firstLine).toMatch(/^#!\/usr\/bin\/env node\s*$/u);
  });

  test('the bin file and what it loads are shipped in the package', () => {
    const files = pkg.files ?? [];
    expect(files).toContain(dirname(bin ?? '').split('/')[0]);
    expect(files).toContain('dist');
    // bin/quota-check.js loads the built command.
    expect(existsSync(join(ROOT, 'dist', 'cli', 'main.js'))).toBe(true);
  });

  (onPath('npx') ? test : test.skip)(
    '`npx --no-install quota-check --help` in the repository root exits 0',
    () => {
      const result = spawnSync('npx', ['--no-install', 'quota-check', '--help'], {
        cwd: ROOT,
        shell: false,
        encoding: 'utf8',
        timeout: 120_000,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(result.error).toBeUndefined();
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('用法');
      expect(result.stdout).toContain('--recommender-type');
    },
  );
});
