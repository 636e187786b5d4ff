/**
 * `npm run bench`: generates workbooks of 10,000, 20,000 and 100,000 rows and times, in one run, a bare ExcelJS read
 * of each, the full CLI check (`quota-check FILE --json`, in process) and the engine alone on the parsed grid.
 * Targets (issue 3): CLI ≤ 1.3 × bare read; engine ≤ 10 % of the read; engine at 100k ≤ 12 × engine at 10k.
 * For sizes up to 20,000 rows it also times writing the marked copy (`quota-check FILE --out COPY`) against a bare
 * ExcelJS read and write of the same file, and compares the copy's size with the original's (issue 4: ≤ 1.5 ×).
 * Everything product-side is the compiled dist/, as `quota-check` runs it. Figures are medians of several runs. The
 * read and the CLI take turns, so that a slow spell of the machine falls on both; the engine, which takes
 * milliseconds where a read takes seconds, is timed after them in fresh processes, the sizes taking turns (see
 * bench-engine). Nothing here is a test, it only prints.
 *
 *   npm run bench [-- 10000 20000]     (other sizes)
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type * as RunCli from '../src/cli/run-cli';
import type * as ZipPackage from '../src/cli/zip-package';
import type * as PackageParts from '../src/xlsx/package-parts';
import { median, timeEngineInTurns } from './bench-engine';
import { generateWorkbook } from './generate-workbook';
import { shipped } from './shipped';

async function shippedProduct() {
  const [{ runCli }, { zipPackage }, { packageParts }] = await Promise.all([
    shipped<typeof RunCli>('cli/run-cli'),
    shipped<typeof ZipPackage>('cli/zip-package'),
    shipped<typeof PackageParts>('xlsx/package-parts'),
  ]);
  return { runCli, zipPackage, packageParts };
}

type Product = Awaited<ReturnType<typeof shippedProduct>>;

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [10_000, 20_000, 100_000];
const dir = join(__dirname, '..', 'out', 'bench');

/**
 * The median time of each action over `runs` rounds, after `warmups` untimed ones; in each round the actions run in
 * turn, so that a slow spell of the machine, or the collection of an earlier action's garbage, is shared among them
 * and not charged to whichever ran then. No collection is forced between them: forced before each, the engine's
 * check of 10,000 rows took 150 ms instead of 68, which measures V8 recovering from the collection.
 */
async function timedInTurns(
  actions: readonly (() => Promise<unknown> | unknown)[],
  runs: number,
  warmups = 0,
): Promise<number[]> {
  for (let i = 0; i < warmups; i++) for (const action of actions) await action();
  const times = actions.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    for (const [index, action] of actions.entries()) {
      const start = performance.now();
      await action();
      times[index]!.push(performance.now() - start);
    }
  }
  return times.map(median);
}

/** ExcelJS's own read of a file, as anyone would call it: the baseline of every ratio. */
async function bareLoad(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(file)) as unknown as ExcelJS.Buffer);
  return workbook;
}

/**
 * Fresh processes in which the engine is timed at each size, the sizes taking turns (see bench-engine): at 100,000 rows
 * one process's median differs from another's by up to a third (577 and 761 ms in one run), so three were too few for
 * a steady figure.
 */
const ENGINE_PROCESSES = 5;

/**
 * Untimed rounds of the read and the CLI before the first size's timed ones. The CLI's own code (the load's hooks, the
 * engine, the report) is compiled over its first calls as the engine alone is (see bench-engine): at 10,000 rows its
 * second and third calls took 607 and 650 ms, the later ones 490–520, as long as the bare read. Both are timed once
 * V8 has compiled them, as the engine is.
 */
const WARM_UP_ROUNDS = 3;

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
  const [bare, bareZlib, marked] = (await timedInTurns(
    [
      async () => (await bareLoad(file)).xlsx.writeBuffer(),
      async () => zipPackage(await packageParts(await bareLoad(file))),
      // The copy's confirmation (已写出带校验标记的副本) goes to stderr after each run: kept back unless the run failed.
      async () => {
        const said: string[] = [];
        const exit = await runCli([file, '--json', '--out', copy], {
          ...silent,
          stderr: (text: string) => said.push(text),
        });
        if (exit === 2) process.stderr.write(said.join(''));
      },
    ],
    runs,
  )) as [number, number, number];
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
  const { runCli } = product;
  mkdirSync(dir, { recursive: true });
  const files = SIZES.map((size) => ({ size, file: join(dir, `generated-${size}.xlsx`) }));
  const bareTimes = new Map<number, number>();
  for (const [index, { size, file }] of files.entries()) {
    if (!existsSync(file)) await generateWorkbook(size, file);
    const runs = size >= 100_000 ? 3 : 5;
    let exit = -1;
    const [bare, cli] = (await timedInTurns(
      [
        () => bareLoad(file),
        async () => {
          exit = await runCli([file, '--json'], silent);
        },
      ],
      runs,
      index === 0 ? WARM_UP_ROUNDS : 0,
    )) as [number, number];
    bareTimes.set(size, bare);
    process.stdout.write(
      `${String(size).padStart(7)} rows | bare read ${ms(bare)} | CLI ${ms(cli)} (${(cli / bare).toFixed(2)} ×, exit ${exit})\n`,
    );
    if (size <= 20_000) await benchWrite(product, file, size, runs);
  }
  const engines = await timeEngineInTurns(
    files.map(({ size, file }) => ({ file, runs: size >= 100_000 ? 9 : 11 })),
    ENGINE_PROCESSES,
  );
  const engineTimes = new Map<number, number>();
  for (const [index, { size }] of files.entries()) {
    const engine = engines[index]!;
    const engineMedian = median(engine.samples);
    const bare = bareTimes.get(size)!;
    engineTimes.set(size, engineMedian);
    process.stdout.write(
      `${String(size).padStart(7)} rows | engine ${ms(engineMedian)} (${((engineMedian / bare) * 100).toFixed(1)} % of read; ` +
        `by process ${engine.processMedians.map((m) => m.toFixed(0)).join(', ')} ms) | ${engine.findings} findings\n`,
    );
  }
  const small = engineTimes.get(10_000);
  const large = engineTimes.get(100_000);
  if (small && large)
    process.stdout.write(`engine 100k / 10k: ${(large / small).toFixed(1)} × (target ≤ 12 ×)\n`);
  process.stdout.write('targets: CLI ≤ 1.3 × bare read; engine ≤ 10 % of the read\n');
}

void main();
