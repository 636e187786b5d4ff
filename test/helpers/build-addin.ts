import { join } from 'node:path';
import webpack, { type Configuration } from 'webpack';
import { ARTIFACTS } from './browser';

// The add-in's own webpack config, as `npm run build:addin` uses it.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS config file
const addinConfig = require('../../webpack/addin.config') as (
  env: Record<string, string | boolean>,
  argv: { mode: string },
) => Promise<Configuration>;

/**
 * Builds the add-in (development mode, for speed) into test-artifacts/<folder>, never into dist/; `change` may
 * replace the entries and pages, as the pane harness does. Resolves with the output folder.
 */
export async function buildAddin(
  folder: string,
  env: Record<string, string | boolean> = {},
  change: (config: Configuration) => Configuration = (config) => config,
): Promise<string> {
  const out = join(ARTIFACTS, folder);
  const base = await addinConfig(env, { mode: 'development' });
  const config = change({ ...base, devtool: false, output: { ...base.output, path: out } });
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    }),
  );
  return out;
}
