/**
 * `npm run measure:page`: times the offline page in headless Chromium on a generated 20,000-row workbook (issue 6):
 * from the file chosen to the results shown, against parsing the same file alone with ExcelJS in a worker of the same
 * page (target ≤ 1.5 ×). Also prints the single file's size and the longest the page's main thread went without a
 * frame while the workbook was checked (the page stays responsive). Medians of several runs; it only prints.
 *
 *   npm run build:web && npm run measure:page [-- ROWS]
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { generateWorkbook } from './generate-workbook';

const ROWS = Number(process.argv[2] ?? 20_000);
const RUNS = 3;
const ROOT = join(__dirname, '..');
const PAGE = join(ROOT, 'dist', 'quota-check.html');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Milliseconds from choosing the file to the verdict on screen, and the longest gap between frames meanwhile. */
/**
 * In-page code, as strings: tsx would wrap functions handed to page.evaluate in a helper that the page lacks. The
 * first starts a frame clock; the second stops it and gives the longest gap between frames.
 */
const START_FRAME_CLOCK = `(() => {
  const clock = { last: performance.now(), longest: 0, running: true };
  window.frameClock = clock;
  const tick = (now) => {
    clock.longest = Math.max(clock.longest, now - clock.last);
    clock.last = now;
    if (clock.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP_FRAME_CLOCK = `(() => { window.frameClock.running = false; return window.frameClock.longest; })()`;

/** Milliseconds from choosing the file to the verdict on screen, and the longest gap between frames meanwhile. */
async function pageRun(page: Page, file: string): Promise<{ ms: number; longestFrame: number }> {
  await page.evaluate(START_FRAME_CLOCK);
  const started = Date.now();
  await page.setInputFiles('[data-testid=workbook-input]', file);
  await page
    .getByTestId('verdict')
    .filter({ hasText: `、${ROWS} 个项目` })
    .waitFor({ timeout: 600_000 });
  const ms = Date.now() - started;
  const longestFrame = await page.evaluate<number>(STOP_FRAME_CLOCK);
  await page.getByTestId('sample').click();
  // The sample's verdict, so that the next run's wait can't find this run's.
  await page.getByTestId('verdict').filter({ hasText: '、19 个项目' }).waitFor();
  return { ms, longestFrame };
}

/** Milliseconds to parse the bytes with ExcelJS alone, in a worker started from the page (idle first, as the page's is). */
async function excelJsRun(page: Page, base64: string, excelJs: string): Promise<number> {
  const worker = `${excelJs}\nonmessage = async (e) => { if (e.data.byteLength > 0) await new ExcelJS.Workbook().xlsx.load(e.data); postMessage(0); };`;
  return page.evaluate<number>(`(async () => {
    const binary = atob(${JSON.stringify(base64)});
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const worker = new Worker(URL.createObjectURL(new Blob([${JSON.stringify(worker)}], { type: 'text/javascript' })));
    worker.postMessage(new ArrayBuffer(0));
    await new Promise((resolve) => (worker.onmessage = resolve));
    const started = performance.now();
    worker.postMessage(bytes.buffer, [bytes.buffer]);
    await new Promise((resolve) => (worker.onmessage = resolve));
    worker.terminate();
    return performance.now() - started;
  })()`);
}

async function main(): Promise<void> {
  if (!existsSync(PAGE)) throw new Error(`${PAGE} is missing: run npm run build:web first`);
  const dir = join(ROOT, 'out', 'bench');
  const file = join(dir, `generated-${ROWS}.xlsx`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    await generateWorkbook(ROWS, file);
  }
  const base64 = readFileSync(file).toString('base64');
  const excelJs = readFileSync(join(ROOT, 'node_modules', 'exceljs', 'dist', 'exceljs.min.js'), 'utf8');

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  // The page's CSP rightly forbids the measuring worker's script; only the baseline needs it lifted.
  const context = await browser.newContext({ bypassCSP: true, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(pathToFileURL(PAGE).href);
  await pageRun(page, file); // warm-up: JIT and the worker's first start
  const full: number[] = [];
  const frames: number[] = [];
  const parse: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await pageRun(page, file);
    full.push(run.ms);
    frames.push(run.longestFrame);
    parse.push(await excelJsRun(page, base64, excelJs));
  }
  await browser.close();

  const size = statSync(PAGE).size;
  console.log(`dist/quota-check.html: ${(size / 1048576).toFixed(2)} MiB (${size} bytes)`);
  console.log(
    `${ROWS} rows, ${(statSync(file).size / 1048576).toFixed(1)} MiB, headless Chromium, median of ${RUNS}:`,
  );
  console.log(`  file chosen → results shown: ${median(full)} ms   (runs ${full.join(', ')})`);
  console.log(
    `  ExcelJS load alone (worker): ${median(parse).toFixed(0)} ms   (runs ${parse.map((v) => v.toFixed(0)).join(', ')})`,
  );
  console.log(`  ratio: ${(median(full) / median(parse)).toFixed(2)} × (target ≤ 1.5 ×)`);
  console.log(`  longest main-thread frame while checking: ${median(frames).toFixed(0)} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
