/**
 * Offline validation of the add-in's XML manifest (manifest.xml), for `npm run validate` and its test.
 *
 * 1. XSD: the manifest against Microsoft's schemas (OfficeAppManifestV1_1.xsd and the files it imports, all
 *    handed to xmllint-wasm as preloaded files; nothing is fetched). The schemas live outside the project, in
 *    ../shared/schemas/office-addin-manifest/; when that folder is absent this step is skipped and the report
 *    says so, and the other checks still run.
 * 2. What the XSD cannot say: every resid names a resource of the right kind defined under <Resources>; <Id> is a
 *    GUID; <Version> has four numeric parts; every URL is https and all of them share one origin (AppDomains may
 *    name other origins, but must be https too).
 *
 * Every problem is one Chinese sentence with the manifest's line number.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import type { XmlElement } from './xml-reader';
import { readXml, walk, XmlReadError } from './xml-reader';

export type ManifestProblemKind = 'xml' | 'xsd' | 'resid' | 'id' | 'version' | 'url' | 'origin';

export interface ManifestProblem {
  readonly kind: ManifestProblemKind;
  /** 1-based line in the manifest, when known. */
  readonly line: number | null;
  readonly message: string;
}

export interface ManifestReport {
  readonly problems: readonly ManifestProblem[];
  /** False when the XSD folder was not found and the XSD step was skipped. */
  readonly xsdChecked: boolean;
  readonly schemaDir: string;
}

/** The manifest schema; it imports the others in the folder. */
export const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/** Where the XSDs live: beside the project, in the shared folder (`../shared/schemas/office-addin-manifest/`). */
export function defaultSchemaDir(repoRoot: string): string {
  return resolve(repoRoot, '..', 'shared', 'schemas', 'office-addin-manifest');
}

// ---------------------------------------------------------------------------------------------------------------
// XSD

function simplifyXsdMessage(message: string): string {
  return message
    .replace(/^.*?Schemas validity error : /u, '')
    .replace(/^.*?Schemas parser error : /u, '')
    .replace(/\{(?:https?|urn):[^{}]*\}/gu, '') // {namespace}Element → Element
    .trim();
}

/** Validates against the XSDs in schemaDir. Returns null when the folder (or its main schema) is absent. */
export async function checkAgainstXsd(xml: string, schemaDir: string): Promise<ManifestProblem[] | null> {
  if (!existsSync(join(schemaDir, MAIN_SCHEMA))) return null;
  const schemas = readdirSync(schemaDir)
    .filter((name) => name.endsWith('.xsd'))
    .sort()
    .map((fileName) => ({ fileName, contents: readFileSync(join(schemaDir, fileName), 'utf8') }));
  const main = schemas.find((s) => s.fileName === MAIN_SCHEMA)!;
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [main],
    preload: schemas.filter((s) => s !== main),
  });
  if (result.valid) return [];
  const problems = result.errors.map((error): ManifestProblem => ({
    kind: 'xsd',
    line: error.loc?.lineNumber ?? null,
    message: `不符合清单的 XSD：${simplifyXsdMessage(error.message)}`,
  }));
  // xmllint marks an invalid document even when it printed nothing we could parse; never report success then.
  return problems.length > 0
    ? problems
    : [
        {
          kind: 'xsd',
          line: null,
          message: `不符合清单的 XSD：${result.rawOutput.trim() || 'xmllint 未给出原因'}`,
        },
      ];
}

// ---------------------------------------------------------------------------------------------------------------
// Checks the XSD cannot make

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const FOUR_PART_VERSION = /^\d+\.\d+\.\d+\.\d+$/u;

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
const RESOURCE_KINDS: readonly ResourceKind[] = ['Images', 'Urls', 'ShortStrings', 'LongStrings'];
const RESOURCE_LABEL: Readonly<Record<ResourceKind, string>> = {
  Images: '图片（bt:Images）',
  Urls: '网址（bt:Urls）',
  ShortStrings: '短字符串（bt:ShortStrings）',
  LongStrings: '长字符串（bt:LongStrings）',
};
/** Which resource kind an element's resid must name (TaskPaneAppVersionOverridesV1_0.xsd's reference types). */
const RESID_KIND: Readonly<Record<string, ResourceKind>> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

/** Elements whose DefaultValue (and each <Override Value>) is a URL, outside <Resources>. */
const URL_SETTINGS = new Set(['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation']);

interface UrlUse {
  readonly url: string;
  readonly where: string;
  readonly line: number;
}

function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

function at(line: number | null): string {
  return line === null ? '' : `第 ${line} 行：`;
}

function checkIdAndVersion(root: XmlElement, problems: ManifestProblem[]): void {
  const id = child(root, 'Id');
  if (!id) problems.push({ kind: 'id', line: root.line, message: '缺少 <Id>（应为一个 GUID）' });
  else if (!GUID.test(id.text.trim()))
    problems.push({
      kind: 'id',
      line: id.line,
      message: `<Id> 的值“${id.text.trim()}”不是 GUID（应形如 xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx）`,
    });

  const version = child(root, 'Version');
  if (!version)
    problems.push({ kind: 'version', line: root.line, message: '缺少 <Version>（应为四段数字）' });
  else if (!FOUR_PART_VERSION.test(version.text.trim()))
    problems.push({
      kind: 'version',
      line: version.line,
      message: `<Version> 的值“${version.text.trim()}”不是四段数字（应形如 1.0.0.0）`,
    });
}

function checkResids(root: XmlElement, problems: ManifestProblem[]): void {
  const defined = new Map<string, ResourceKind>();
  for (const { element } of walk(root)) {
    if (element.name !== 'Resources') continue;
    for (const kind of RESOURCE_KINDS) {
      for (const group of element.children.filter((c) => c.name === kind)) {
        for (const resource of group.children) {
          const id = resource.attributes.get('id');
          if (id === undefined) continue; // the XSD requires it
          if (defined.has(id))
            problems.push({ kind: 'resid', line: resource.line, message: `资源 id“${id}”重复定义` });
          else defined.set(id, kind);
        }
      }
    }
  }
  for (const { element } of walk(root)) {
    const resid = element.attributes.get('resid');
    if (resid === undefined) continue;
    const found = defined.get(resid);
    const expected = RESID_KIND[element.name];
    if (found === undefined)
      problems.push({
        kind: 'resid',
        line: element.line,
        message: `<${element.name}> 的 resid“${resid}”在 <Resources> 中没有定义`,
      });
    else if (expected !== undefined && found !== expected)
      problems.push({
        kind: 'resid',
        line: element.line,
        message: `<${element.name}> 的 resid“${resid}”应指向${RESOURCE_LABEL[expected]}，却定义在${RESOURCE_LABEL[found]}中`,
      });
  }
}

function collectUrls(root: XmlElement): { urls: UrlUse[]; appDomains: UrlUse[] } {
  const urls: UrlUse[] = [];
  const appDomains: UrlUse[] = [];
  const addSetting = (element: XmlElement, where: string): void => {
    const value = element.attributes.get('DefaultValue');
    if (value !== undefined) urls.push({ url: value, where, line: element.line });
    for (const override of element.children.filter((c) => c.name === 'Override')) {
      const overrideValue = override.attributes.get('Value');
      const locale = override.attributes.get('Locale') ?? '?';
      if (overrideValue !== undefined)
        urls.push({ url: overrideValue, where: `${where} 的 ${locale} 覆盖值`, line: override.line });
    }
  };
  for (const { element, parent } of walk(root)) {
    if (URL_SETTINGS.has(element.name)) addSetting(element, `<${element.name}>`);
    else if (
      (parent?.name === 'Images' && element.name === 'Image') ||
      (parent?.name === 'Urls' && element.name === 'Url')
    )
      addSetting(element, `资源“${element.attributes.get('id') ?? '?'}”`);
    else if (element.name === 'AppDomain')
      appDomains.push({ url: element.text.trim(), where: '<AppDomain>', line: element.line });
  }
  return { urls, appDomains };
}

function parseHttps(use: UrlUse, problems: ManifestProblem[]): URL | null {
  let url: URL;
  try {
    url = new URL(use.url);
  } catch {
    problems.push({ kind: 'url', line: use.line, message: `${use.where} 的“${use.url}”不是有效的网址` });
    return null;
  }
  if (url.protocol !== 'https:') {
    problems.push({ kind: 'url', line: use.line, message: `${use.where} 的“${use.url}”不是 https 网址` });
    return null;
  }
  return url;
}

function checkUrls(root: XmlElement, problems: ManifestProblem[]): void {
  const { urls, appDomains } = collectUrls(root);
  for (const use of appDomains) parseHttps(use, problems);
  // The reference origin is the task pane's own (DefaultSettings/SourceLocation), else the first URL.
  const parsed = urls.map((use) => ({ use, url: parseHttps(use, problems) }));
  const reference =
    parsed.find((p) => p.url && p.use.where === '<SourceLocation>') ?? parsed.find((p) => p.url);
  if (!reference?.url) return;
  const origin = reference.url.origin;
  for (const { use, url } of parsed) {
    if (url && url.origin !== origin)
      problems.push({
        kind: 'origin',
        line: use.line,
        message: `${use.where} 的“${use.url}”不在清单的来源 ${origin} 上（所有网址应同源，见第 ${reference.use.line} 行 ${reference.use.where}）`,
      });
  }
}

/** The checks the XSD cannot make. Pure: reads only the given text. */
export function checkManifestRules(xml: string): ManifestProblem[] {
  let root: XmlElement;
  try {
    root = readXml(xml);
  } catch (error) {
    if (error instanceof XmlReadError)
      return [{ kind: 'xml', line: error.line, message: `不是格式正确的 XML：${error.message}` }];
    throw error;
  }
  const problems: ManifestProblem[] = [];
  if (root.name !== 'OfficeApp')
    return [{ kind: 'xml', line: root.line, message: `根元素应为 <OfficeApp>，而不是 <${root.name}>` }];
  checkIdAndVersion(root, problems);
  checkResids(root, problems);
  checkUrls(root, problems);
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Both, and the command's output

export async function validateManifest(xml: string, schemaDir: string): Promise<ManifestReport> {
  const xsd = await checkAgainstXsd(xml, schemaDir);
  const rules = checkManifestRules(xml);
  // A document that is not well formed gets xmllint's parse error and ours; keep the XSD step's when it ran.
  const problems = [
    ...(xsd ?? []),
    ...(xsd && xsd.length > 0 ? rules.filter((p) => p.kind !== 'xml') : rules),
  ];
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { problems, xsdChecked: xsd !== null, schemaDir };
}

export interface ManifestOutput {
  readonly stdout: readonly string[];
  readonly stderr: readonly string[];
  readonly exitCode: 0 | 1;
}

/** The lines `npm run validate` prints: one line on success, one line per problem on failure. */
export function formatReport(report: ManifestReport, fileName: string): ManifestOutput {
  const notice = report.xsdChecked
    ? []
    : [
        `注意：未找到 XSD 目录 ${report.schemaDir}（或其中的 ${MAIN_SCHEMA}），本次跳过了 XSD 校验，只做了其余检查。`,
      ];
  if (report.problems.length === 0)
    return {
      stdout: [
        report.xsdChecked
          ? `${fileName} 校验通过：符合清单 XSD，resid、Id、Version 与网址检查均无问题。`
          : `${fileName} 通过了 resid、Id、Version 与网址检查（未做 XSD 校验）。`,
      ],
      stderr: notice,
      exitCode: 0,
    };
  return {
    stdout: [],
    stderr: [
      ...notice,
      ...report.problems.map((p) => `${fileName}：${at(p.line)}${p.message}`),
      `${fileName} 未通过校验：共 ${report.problems.length} 个问题。`,
    ],
    exitCode: 1,
  };
}
