/**
 * The engine alone on a parsed grid, timed in processes of its own (for `npm run bench`). The command runs the engine
 * in a process that has read one file and nothing else; the bench's own process has by then read the file six times
 * with ExcelJS, and at 100,000 rows the collection of that garbage lands in the engine's samples (401, 693, 458, 362
 * and 334 ms in one run), more at some sizes than at others. A fresh process per measurement is the command's
 * situation, and several of them show how much a process's luck moves the figure.
 *
 *   fork(this file, [FILE, RUNS]) → sends { samples, findings }
 */
import { fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type * as Check from '../src/core/check';
import type * as Profile from '../src/core/profile';
import type * as ReadWorkbook from '../src/xlsx/read-workbook';
import { shipped } from './shipped';

/** Untimed runs first: left cold, the first runs are mostly V8 compiling the engine (240, 150, 120, 100, 90 ms at 10,000 rows). */
const WARMUPS = 8;

export interface EngineTiming {
  /** Every timed run of every process, in ms. */
  samples: number[];
  /** Each process's median, in ms. */
  processMedians: number[];
  findings: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

interface ChildReport {
  samples: number[];
  findings: number;
}

function timeInChild(file: string, runs: number): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    // The child inherits the TypeScript loader that runs this script (execArgv), and the bench's heap size.
    const child = fork(__filename, [file, String(runs)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let report: ChildReport | undefined;
    child.on('message', (message: ChildReport) => (report = message));
    child.on('error', reject);
    child.on('exit', (code) =>
      report
        ? resolve(report)
        : reject(new Error(`engine timing of ${file} exited with ${code} and no figures`)),
    );
  });
}

/** One size's engine runs: how many runs each process times, and the processes' reports as they come. */
interface EngineSize {
  file: string;
  runs: number;
  reports: ChildReport[];
}

function timing(reports: readonly ChildReport[]): EngineTiming {
  return {
    samples: reports.flatMap((report) => report.samples),
    processMedians: reports.map((report) => median(report.samples)),
    findings: reports.at(-1)?.findings ?? -1,
  };
}

/**
 * `runs` timed engine runs after the warm-up, in each of `processes` fresh processes, for every file: the files take
 * turns, one process each per round, so that a slow or a quick spell of the machine falls on every size. Timed one size
 * after another, minutes apart, the 10,000-row engine once ran quick through all five of its processes (35–43 ms) and
 * the ratio of 100,000 rows to it came out high for that alone.
 */
export async function timeEngineInTurns(
  files: readonly { file: string; runs: number }[],
  processes: number,
): Promise<EngineTiming[]> {
  const sizes: EngineSize[] = files.map(({ file, runs }) => ({ file, runs, reports: [] }));
  for (let round = 0; round < processes; round++)
    for (const size of sizes) size.reports.push(await timeInChild(size.file, size.runs));
  return sizes.map((size) => timing(size.reports));
}

async function child(file: string, runs: number): Promise<ChildReport> {
  const [{ check }, { defaultProfile }, { readWorkbook }] = await Promise.all([
    shipped<typeof Check>('core/check'),
    shipped<typeof Profile>('core/profile'),
    shipped<typeof ReadWorkbook>('xlsx/read-workbook'),
  ]);
  const grid = await readWorkbook(await readFile(file), file);
  const profile = defaultProfile();
  let findings = -1;
  const run = () => {
    const outcome = check(grid, { profile });
    findings = outcome.ok ? outcome.result.findings.length : -1;
  };
  for (let i = 0; i < WARMUPS; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return { samples, findings };
}

if (require.main === module) {
  const [file, runs] = process.argv.slice(2);
  void child(file!, Number(runs)).then((report) => process.send!(report, () => process.disconnect()));
}
