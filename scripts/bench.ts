/**
 * `npm run bench`: generates workbooks of 10,000, 20,000 and 100,000 rows and times, in one run, a bare ExcelJS read
 * of each, the full CLI check (`quota-check FILE --json`, in process) and the engine alone on the parsed grid.
 * Targets (issue 3): CLI ≤ 1.3 × bare read; engine ≤ 10 % of the read; engine at 100k ≤ 12 × engine at 10k.
 * For sizes up to 20,000 rows it also times writing the marked copy (`quota-check FILE --out COPY`) against a bare
 * ExcelJS read and write of the same file, and compares the copy's size with the original's (issue 4: ≤ 1.5 ×).
 * Everything product-side is the compiled dist/, as `quota-check` runs it. Figures are medians of several runs;
 * the engine, which takes milliseconds where a read takes seconds, first runs untimed until V8 has optimised it, so
 * that its median is the engine's and not the compiler's. Nothing here is a test, it only prints.
 *
 *   npm run bench [-- 10000 20000]     (other sizes)
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type * as Check from '../src/core/check';
import type * as Profile from '../src/core/profile';
import type * as RunCli from '../src/cli/run-cli';
import type * as ZipPackage from '../src/cli/zip-package';
import type * as PackageParts from '../src/xlsx/package-parts';
import type * as ReadWorkbook from '../src/xlsx/read-workbook';
import { generateWorkbook } from './generate-workbook';

/**
 * The product as it ships: the command runs the JavaScript that `npm run build:cli` compiles into dist/ (which
 * `npm run bench` builds first), so that is what is timed, not the sources as a TypeScript loader transpiles them.
 */
const shipped = <T>(module: string): Promise<T> =>
  import(pathToFileURL(join(__dirname, '..', 'dist', `${module}.js`)).href) as Promise<T>;

async function shippedProduct() {
  const [{ check }, { defaultProfile }, { runCli }, { zipPackage }, { packageParts }, { readWorkbook }] =
    await Promise.all([
      shipped<typeof Check>('core/check'),
      shipped<typeof Profile>('core/profile'),
      shipped<typeof RunCli>('cli/run-cli'),
      shipped<typeof ZipPackage>('cli/zip-package'),
      shipped<typeof PackageParts>('xlsx/package-parts'),
      shipped<typeof ReadWorkbook>('xlsx/read-workbook'),
    ]);
  return { check, defaultProfile, runCli, zipPackage, packageParts, readWorkbook };
}

type Product = Awaited<ReturnType<typeof shippedProduct>>;

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [10_000, 20_000, 100_000];
const dir = join(__dirname, '..', 'out', 'bench');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The median of `runs` timed calls, after `warmups` untimed ones. No collection is forced between them: the calls run
 * one after another, as a check runs right after a read. (Forced before each, the engine's check of 10,000 rows took
 * 150 ms instead of 68: it measures V8 recovering from the collection, not the engine.)
 */
async function timed(action: () => Promise<unknown> | unknown, runs: number, warmups = 0): Promise<number> {
  for (let i = 0; i < warmups; i++) await action();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await action();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** ExcelJS's own read of a file, as anyone would call it: the baseline of every ratio. */
async function bareLoad(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(file)) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Untimed engine runs before the timed ones: by the cold sequence noted in main, enough for V8 to have optimised it. */
const ENGINE_WARMUPS = 8;

const silent = { stdout: () => undefined, stderr: (text: string) => process.stderr.write(text) };
const ms = (n: number) => `${n.toFixed(0).padStart(7)} ms`;

/**
 * The marked copy: the whole CLI with --out against ExcelJS reading and writing the file, and the copy's size. The
 * CLI zips through Node's zlib where ExcelJS zips through JSZip, so the copy is also set against a bare read and
 * write zipped the CLI's way: what marking itself costs.
 */
async function benchWrite(product: Product, file: string, size: number, runs: number): Promise<void> {
  const { runCli, zipPackage, packageParts } = product;
  const copy = join(dir, `generated-${size}-marked.xlsx`);
  const bare = await timed(async () => (await bareLoad(file)).xlsx.writeBuffer(), runs);
  const bareZlib = await timed(async () => zipPackage(await packageParts(await bareLoad(file))), runs);
  // The copy's confirmation (已写出带校验标记的副本) goes to stderr after each run: kept back unless the run failed.
  const marked = await timed(async () => {
    const said: string[] = [];
    const exit = await runCli([file, '--json', '--out', copy], {
      ...silent,
      stderr: (text: string) => said.push(text),
    });
    if (exit === 2) process.stderr.write(said.join(''));
  }, runs);
  const kb = (path: string) => Math.round(statSync(path).size / 1024);
  process.stdout.write(
    `${String(size).padStart(7)} rows | bare read+write ${ms(bare)} | marked copy ${ms(marked)} ` +
      `(${(marked / bare).toFixed(2)} ×, target ≤ 1.5 ×; ${(marked / bareZlib).toFixed(2)} × a bare write ` +
      `zipped as the CLI zips) | ${kb(file)} KB → ${kb(copy)} KB ` +
      `(${(statSync(copy).size / statSync(file).size).toFixed(2)} ×)\n`,
  );
}

async function main() {
  const product = await shippedProduct();
  const { check, defaultProfile, runCli, readWorkbook } = product;
  mkdirSync(dir, { recursive: true });
  const profile = defaultProfile();
  const rows: string[] = [];
  const engineTimes = new Map<number, number>();
  for (const size of SIZES) {
    const file = join(dir, `generated-${size}.xlsx`);
    if (!existsSync(file)) await generateWorkbook(size, file);
    const runs = size >= 100_000 ? 3 : 5;
    const bare = await timed(() => bareLoad(file), runs);
    let exit = -1;
    const cli = await timed(async () => {
      exit = await runCli([file, '--json'], silent);
    }, runs);
    const grid = await readWorkbook(await readFile(file), file);
    let findings = 0;
    // Left cold, the first sheet's engine runs are mostly V8 compiling it: 240, 150, 120, 100, 90 ms at 10,000 rows.
    const engine = await timed(
      () => {
        const outcome = check(grid, { profile });
        findings = outcome.ok ? outcome.result.findings.length : -1;
      },
      size >= 100_000 ? 5 : 11,
      ENGINE_WARMUPS,
    );
    engineTimes.set(size, engine);
    rows.push(
      `${String(size).padStart(7)} rows | bare read ${ms(bare)} | CLI ${ms(cli)} (${(cli / bare).toFixed(2)} ×, exit ${exit}) | ` +
        `engine ${ms(engine)} (${((engine / bare) * 100).toFixed(1)} % of read) | ${findings} findings`,
    );
    process.stdout.write(rows[rows.length - 1] + '\n');
    if (size <= 20_000) await benchWrite(product, file, size, runs);
  }
  const small = engineTimes.get(10_000);
  const large = engineTimes.get(100_000);
  if (small && large)
    process.stdout.write(`engine 100k / 10k: ${(large / small).toFixed(1)} × (target ≤ 12 ×)\n`);
  process.stdout.write('targets: CLI ≤ 1.3 × bare read; engine ≤ 10 % of the read\n');
}

void main();
