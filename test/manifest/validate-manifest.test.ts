import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { ManifestProblem, ManifestProblemKind } from '../../src/manifest/validate-manifest';
import {
  checkManifestRules,
  defaultSchemaDir,
  formatReport,
  MAIN_SCHEMA,
  validateManifest,
} from '../../src/manifest/validate-manifest';
import type { XmlElement } from '../../src/manifest/xml-reader';
import { readXml, walk } from '../../src/manifest/xml-reader';

const ROOT = join(__dirname, '..', '..');
const MANIFEST_PATH = join(ROOT, 'manifest.xml');
const MANIFEST = readFileSync(MANIFEST_PATH, 'utf8');
const SCHEMA_DIR = defaultSchemaDir(ROOT);
const HAVE_XSD = existsSync(join(SCHEMA_DIR, MAIN_SCHEMA));
if (!HAVE_XSD)
  console.warn(
    `未找到清单 XSD 目录 ${SCHEMA_DIR}：跳过 manifest.xml 的 XSD 测试，其余清单测试照常运行。` +
      `(manifest XSD folder not found: the XSD tests are skipped, the other manifest tests still run.)`,
  );
/** Only the tests that need the XSDs are skipped when the shared folder is absent. */
const withXsd = HAVE_XSD ? it : it.skip;

/** The committed manifest with `from` replaced (exactly one occurrence) by `to`. */
function mutate(from: string, to: string): string {
  expect(MANIFEST.split(from)).toHaveLength(2);
  return MANIFEST.replace(from, to);
}

function lineOf(xml: string, needle: string): number {
  const index = xml.indexOf(needle);
  expect(index).toBeGreaterThanOrEqual(0);
  return xml.slice(0, index).split('\n').length;
}

function kinds(problems: readonly ManifestProblem[]): ManifestProblemKind[] {
  return problems.map((p) => p.kind);
}

function findAll(root: XmlElement, name: string): XmlElement[] {
  return [...walk(root)].map((w) => w.element).filter((e) => e.name === name);
}

describe('the committed manifest.xml', () => {
  it('passes the checks the XSD cannot make', () => {
    expect(checkManifestRules(MANIFEST)).toEqual([]);
  });

  withXsd('validates against the XSDs, and the command prints one Chinese line and exits 0', async () => {
    const report = await validateManifest(MANIFEST, SCHEMA_DIR);
    expect(report.xsdChecked).toBe(true);
    expect(report.problems).toEqual([]);
    const output = formatReport(report, 'manifest.xml');
    expect(output.exitCode).toBe(0);
    expect(output.stderr).toEqual([]);
    expect(output.stdout).toHaveLength(1);
    expect(output.stdout[0]).toMatch(/^manifest\.xml 校验通过/u);
  });

  it('is an Excel task pane add-in, zh-CN first with en-US overrides, with a Home-tab button', () => {
    const root = readXml(MANIFEST);
    expect(root.attributes.get('xsi:type')).toBe('TaskPaneApp');
    expect(findAll(root, 'DefaultLocale')[0]?.text).toBe('zh-CN');
    const displayName = findAll(root, 'DisplayName')[0]!;
    expect(displayName.attributes.get('DefaultValue')).toBe('推荐表校验助手');
    expect(displayName.children[0]?.attributes.get('Locale')).toBe('en-US');
    expect(displayName.children[0]?.attributes.get('Value')).toBe('Quota Check');
    const description = findAll(root, 'Description')[0]!;
    expect(description.attributes.get('DefaultValue')).toMatch(/\p{Script=Han}/u);
    expect(description.children[0]?.attributes.get('Locale')).toBe('en-US');
    expect(findAll(root, 'Permissions')[0]?.text).toBe('ReadWriteDocument');
    expect(
      findAll(root, 'Host').map((h) => h.attributes.get('Name') ?? h.attributes.get('xsi:type')),
    ).toEqual(['Workbook', 'Workbook']);
    expect(
      findAll(root, 'Set').map((s) => [s.attributes.get('Name'), s.attributes.get('MinVersion')]),
    ).toEqual([['ExcelApi', '1.1']]);
    expect(findAll(root, 'OfficeTab')[0]?.attributes.get('id')).toBe('TabHome');
    const button = findAll(root, 'Control')[0]!;
    expect(button.attributes.get('xsi:type')).toBe('Button');
    expect(findAll(button, 'Action')[0]?.attributes.get('xsi:type')).toBe('ShowTaskpane');
    const labelId = findAll(button, 'Label')[0]?.attributes.get('resid');
    const label = findAll(root, 'String').find((s) => s.attributes.get('id') === labelId)!;
    expect(label.attributes.get('DefaultValue')).toBe('推荐表校验');
    expect(label.children[0]?.attributes.get('Value')).toBe('Check sheet');
    // Every URL is written on the development origin, so that one replace moves them all.
    const withoutNamespaces = MANIFEST.replace(/xmlns(?::\w+)?="[^"]*"/gu, '');
    const urls = [...withoutNamespaces.matchAll(/https?:\/\/[^"<\s]+/gu)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000(?:\/|$)/u);
    expect(urls).toContain('https://localhost:3000/taskpane.html');
    expect(urls).toContain('https://localhost:3000/commands.html');
  });

  it('names icons that exist in assets/ as real PNGs of the stated size', () => {
    const icons = [...MANIFEST.matchAll(/https:\/\/localhost:3000\/assets\/icon-(\d+)\.png/gu)];
    expect(new Set(icons.map((m) => m[1]))).toEqual(new Set(['16', '32', '64', '80']));
    for (const size of [16, 32, 64, 80, 128]) {
      const png = readFileSync(join(ROOT, 'assets', `icon-${size}.png`));
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.toString('latin1', 12, 16)).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([size, size, 8, 6]);
      // The pixel data inflates to one filter byte plus size RGBA pixels per row.
      const idat = png.indexOf('IDAT', 0, 'latin1');
      const data = png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4));
      const raw = inflateSync(data);
      expect(raw.length).toBe(size * (size * 4 + 1));
      // Not blank: some opaque green and some white (the check mark).
      const pixels = [...Array(size * size).keys()].map((i) => {
        const o = Math.floor(i / size) * (size * 4 + 1) + 1 + (i % size) * 4;
        return [raw[o]!, raw[o + 1]!, raw[o + 2]!, raw[o + 3]!];
      });
      expect(pixels.some(([r, g, b, a]) => a === 255 && g! > r! + 50 && g! > b! + 20)).toBe(true);
      expect(pixels.some(([r, g, b, a]) => a === 255 && r! > 240 && g! > 240 && b! > 240)).toBe(true);
      expect(pixels[0]![3]).toBe(0); // rounded corner: transparent
    }
  });
});

describe('XSD validation', () => {
  withXsd('reports elements out of order, with the line and the expected element', async () => {
    const xml = mutate('  <Version>0.1.0.0</Version>\n', '').replace(
      '<DefaultLocale>',
      '<Version>0.1.0.0</Version>\n  <DefaultLocale>',
    );
    expect(checkManifestRules(xml)).toEqual([]); // only the XSD can see this one
    const { problems } = await validateManifest(xml, SCHEMA_DIR);
    expect(kinds(problems)).toEqual(['xsd']);
    expect(problems[0]!.line).toBe(lineOf(xml, '<ProviderName>'));
    expect(problems[0]!.message).toContain("Element 'ProviderName': This element is not expected");
    expect(problems[0]!.message).toContain('Version');
  });

  withXsd('reports an unknown element', async () => {
    const xml = mutate('<Permissions>', '<Colour>green</Colour>\n  <Permissions>');
    expect(checkManifestRules(xml)).toEqual([]);
    const { problems } = await validateManifest(xml, SCHEMA_DIR);
    expect(kinds(problems)).toEqual(['xsd']);
    expect(problems[0]!.line).toBe(lineOf(xml, '<Colour>'));
    expect(problems[0]!.message).toContain("Element 'Colour': This element is not expected");
  });

  withXsd('reports a missing required element', async () => {
    const xml = mutate('  <ProviderName>推荐表校验助手</ProviderName>\n', '');
    const { problems } = await validateManifest(xml, SCHEMA_DIR);
    expect(kinds(problems)).toEqual(['xsd']);
    expect(problems[0]!.message).toContain('Expected is ( ProviderName )');
  });

  it('is skipped, and says so, when the XSD folder is absent; the other checks still run', async () => {
    const missing = join(tmpdir(), 'no-such-manifest-schemas');
    const report = await validateManifest(mutate('<Version>0.1.0.0', '<Version>0.1.0'), missing);
    expect(report.xsdChecked).toBe(false);
    expect(kinds(report.problems)).toEqual(['version']);
    const output = formatReport(report, 'manifest.xml');
    expect(output.exitCode).toBe(1);
    expect(output.stderr[0]).toContain('跳过了 XSD 校验');
    expect(output.stderr[0]).toContain(missing);
  });
});

describe('checks the XSD cannot make', () => {
  /** Runs the whole validation (with the XSDs when present) and returns its problems. */
  async function problemsOf(xml: string): Promise<readonly ManifestProblem[]> {
    return (await validateManifest(xml, SCHEMA_DIR)).problems;
  }

  it('reports a resid that names no resource', async () => {
    const xml = mutate(
      '<SourceLocation resid="Taskpane.Url"/>',
      '<SourceLocation resid="Taskpane.Missing"/>',
    );
    const problems = await problemsOf(xml);
    expect(kinds(problems)).toEqual(['resid']);
    expect(problems[0]!.line).toBe(lineOf(xml, 'Taskpane.Missing'));
    expect(problems[0]!.message).toBe('<SourceLocation> 的 resid“Taskpane.Missing”在 <Resources> 中没有定义');
  });

  it('reports a resid that names a resource of the wrong kind', async () => {
    const xml = mutate('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>');
    const problems = await problemsOf(xml);
    expect(kinds(problems)).toEqual(['resid']);
    expect(problems[0]!.message).toContain('应指向短字符串');
    expect(problems[0]!.message).toContain('网址（bt:Urls）');
  });

  it('reports an <Id> that is not a GUID', async () => {
    const xml = mutate('<Id>899e9ea4-7a6c-4025-ab83-7c3997b8fbd1</Id>', '<Id>quota-check</Id>');
    expect(kinds(checkManifestRules(xml))).toEqual(['id']);
    const problems = await problemsOf(xml);
    // The XSD's UUID pattern rejects it too; ours says it in one Chinese sentence.
    expect(kinds(problems)).toEqual(HAVE_XSD ? ['xsd', 'id'] : ['id']);
    const id = problems.find((p) => p.kind === 'id')!;
    expect(id.line).toBe(lineOf(xml, '<Id>'));
    expect(id.message).toContain('“quota-check”不是 GUID');
  });

  it('reports a <Version> with three parts (the XSD accepts one to four)', async () => {
    const xml = mutate('<Version>0.1.0.0</Version>', '<Version>0.1.0</Version>');
    const problems = await problemsOf(xml);
    expect(kinds(problems)).toEqual(['version']);
    expect(problems[0]!.message).toBe('<Version> 的值“0.1.0”不是四段数字（应形如 1.0.0.0）');
  });

  it('reports an http URL', async () => {
    const xml = mutate(
      '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>',
    );
    const problems = await problemsOf(xml);
    expect(kinds(problems)).toEqual(['url']);
    expect(problems[0]!.line).toBe(lineOf(xml, 'http://localhost:3000/taskpane.html'));
    expect(problems[0]!.message).toContain('“http://localhost:3000/taskpane.html”不是 https 网址');
  });

  it('reports a URL on a second origin, a resource or a locale override alike', async () => {
    const xml = mutate(
      '<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>',
      '<bt:Url id="Commands.Url" DefaultValue="https://cdn.example.com/commands.html"/>',
    );
    const problems = await problemsOf(xml);
    expect(kinds(problems)).toEqual(['origin']);
    expect(problems[0]!.line).toBe(lineOf(xml, 'cdn.example.com'));
    expect(problems[0]!.message).toContain('不在清单的来源 https://localhost:3000 上');

    const override = mutate(
      '<SupportUrl DefaultValue="https://localhost:3000/help.html"/>',
      '<SupportUrl DefaultValue="https://localhost:3000/help.html">\n' +
        '    <Override Locale="en-US" Value="https://localhost:3001/help.html"/>\n  </SupportUrl>',
    );
    const overrideProblems = await problemsOf(override);
    expect(kinds(overrideProblems)).toEqual(['origin']);
    expect(overrideProblems[0]!.message).toContain('en-US 覆盖值');
  });

  it('lets AppDomains name another origin, but only over https', async () => {
    const other = mutate(
      '<AppDomain>https://localhost:3000</AppDomain>',
      '<AppDomain>https://sso.example.com</AppDomain>',
    );
    expect(await problemsOf(other)).toEqual([]);
    const http = mutate(
      '<AppDomain>https://localhost:3000</AppDomain>',
      '<AppDomain>http://sso.example.com</AppDomain>',
    );
    const problems = await problemsOf(http);
    expect(kinds(problems)).toEqual(['url']);
    expect(problems[0]!.message).toContain('<AppDomain>');
  });

  it('reports XML that is not well formed, with its line', () => {
    const xml = mutate('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteDocument');
    const problems = checkManifestRules(xml);
    expect(kinds(problems)).toEqual(['xml']);
    expect(problems[0]!.message).toContain('不是格式正确的 XML');
  });

  it('prints every problem on its own line and exits 1', async () => {
    const xml = mutate('<Version>0.1.0.0</Version>', '<Version>0.1.0</Version>').replace(
      'https://localhost:3000/commands.html',
      'http://localhost:3000/commands.html',
    );
    const output = formatReport(await validateManifest(xml, SCHEMA_DIR), 'manifest.xml');
    expect(output.exitCode).toBe(1);
    expect(output.stdout).toEqual([]);
    const lines = output.stderr.filter((l) => !l.startsWith('注意'));
    expect(lines).toEqual([
      `manifest.xml：第 ${lineOf(xml, '<Version>')} 行：<Version> 的值“0.1.0”不是四段数字（应形如 1.0.0.0）`,
      `manifest.xml：第 ${lineOf(xml, 'http://localhost:3000/commands.html')} 行：资源“Commands.Url” 的“http://localhost:3000/commands.html”不是 https 网址`,
      'manifest.xml 未通过校验：共 2 个问题。',
    ]);
  });
});

describe('npm run validate (scripts/validate-manifest.ts)', () => {
  const tsx = require.resolve('tsx/cli');
  const script = join(ROOT, 'scripts', 'validate-manifest.ts');
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'quota-check-manifest-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [tsx, script, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  withXsd('exits 0 with one line on the committed manifest', () => {
    const result = run([]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'manifest.xml 校验通过：符合清单 XSD，resid、Id、Version 与网址检查均无问题。\n',
    );
    expect(result.status).toBe(0);
  });

  it('exits 1 with one line per problem on a broken copy', () => {
    const file = join(dir, 'broken.xml');
    writeFileSync(file, mutate('resid="Help.Url"', 'resid="Help.Nowhere"'));
    const result = run([file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.slice(-2)).toEqual([
      `broken.xml：第 ${lineOf(MANIFEST, 'resid="Help.Url"')} 行：<LearnMoreUrl> 的 resid“Help.Nowhere”在 <Resources> 中没有定义`,
      'broken.xml 未通过校验：共 1 个问题。',
    ]);
  });
});
