import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkManifestRules,
  defaultSchemaDir,
  MAIN_SCHEMA,
  validateManifest,
} from '../../src/manifest/validate-manifest';
import { buildAddin } from '../helpers/build-addin';
import { ROOT } from '../helpers/spawn-cli';

const ORIGIN = 'https://intranet.example.gov.cn/quota-check';
const SCHEMA_DIR = defaultSchemaDir(ROOT);

describe('the add-in build for an intranet server', () => {
  let out: string;
  beforeAll(async () => {
    out = await buildAddin('addin-production', { origin: `${ORIGIN}/` });
  }, 240_000);

  test('moves every manifest URL to the production origin, and the manifest still validates', async () => {
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain(`<SourceLocation DefaultValue="${ORIGIN}/taskpane.html"/>`);
    expect(manifest).toContain(`<SupportUrl DefaultValue="${ORIGIN}/help.html"/>`);
    expect(checkManifestRules(manifest)).toEqual([]);
    const report = await validateManifest(manifest, SCHEMA_DIR);
    expect(report.problems).toEqual([]);
    expect(report.xsdChecked).toBe(existsSync(join(SCHEMA_DIR, MAIN_SCHEMA)));
  });

  test('emits every page and icon the manifest names, with office.js from the CDN', () => {
    for (const file of ['taskpane.html', 'commands.html', 'help.html', 'taskpane.js', 'check-worker.js'])
      expect(existsSync(join(out, file))).toBe(true);
    for (const size of [16, 32, 64, 80])
      expect(existsSync(join(out, 'assets', `icon-${size}.png`))).toBe(true);
    expect(readFileSync(join(out, 'taskpane.html'), 'utf8')).toContain(
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
    );
    expect(existsSync(join(out, 'office-js'))).toBe(false);
  });

  test('refuses an origin that is not https', async () => {
    await expect(buildAddin('addin-http', { origin: 'http://intranet.example.gov.cn' })).rejects.toThrow(
      /https/u,
    );
  });
});
