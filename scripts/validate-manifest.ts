/**
 * `npm run validate`: checks manifest.xml offline (XSD + resid/Id/Version/origin), see src/manifest.
 *
 *   npx tsx scripts/validate-manifest.ts [manifest.xml] [--schemas <folder>]
 *
 * The XSD folder defaults to ../shared/schemas/office-addin-manifest/ beside the repository.
 * Exit 0 when the manifest is valid, 1 when it is not (one line per problem), 2 on a usage error.
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { defaultSchemaDir, formatReport, validateManifest } from '../src/manifest/validate-manifest';

async function main(args: readonly string[]): Promise<number> {
  const repoRoot = join(__dirname, '..');
  let manifestPath = join(repoRoot, 'manifest.xml');
  let schemaDir = defaultSchemaDir(repoRoot);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--schemas' && args[i + 1] !== undefined) schemaDir = resolve(args[++i]!);
    else if (!arg.startsWith('-')) manifestPath = resolve(arg);
    else {
      console.error(`无法识别的参数：${arg}。用法：validate-manifest [manifest.xml] [--schemas <XSD 目录>]`);
      return 2;
    }
  }
  let xml: string;
  try {
    xml = readFileSync(manifestPath, 'utf8');
  } catch {
    console.error(`无法读取清单文件 ${manifestPath}。`);
    return 1;
  }
  const output = formatReport(await validateManifest(xml, schemaDir), basename(manifestPath));
  for (const line of output.stderr) console.error(line);
  for (const line of output.stdout) console.log(line);
  return output.exitCode;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`校验清单时出错：${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
