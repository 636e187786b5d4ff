import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The version of the package.json installed with the command. It is read at run time from two folders up (src/cli
 * under ts-jest, dist/cli when built), so that `npm install -g .` answers with the version it installed.
 */
export function packageVersion(): string {
  const text = readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
