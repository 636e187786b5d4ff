import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { check } from '../../src/core/check';
import { defaultProfile } from '../../src/core/profile';
import { loadWorkbook, workbookGrid } from '../../src/xlsx/read-workbook';
import { artifact, launchChromium } from '../helpers/browser';
import { buildAddin } from '../helpers/build-addin';
import { ROOT } from '../helpers/spawn-cli';

const ORIGIN = 'https://addin.test';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
};

/** Serves a folder at ORIGIN; `officeJs` answers the request for office.js (404 when absent). */
async function serve(page: Page, folder: string, officeJs?: string): Promise<void> {
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.endsWith('/office.js'))
      return officeJs === undefined
        ? route.fulfill({ status: 404 })
        : route.fulfill({ contentType: 'text/javascript', body: officeJs });
    try {
      return route.fulfill({
        contentType: TYPES[extname(path)] ?? 'application/octet-stream',
        body: readFileSync(join(folder, path)),
      });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
}

/** An office.js stand-in for an Excel that supports ExcelApi up to 1.`minor`. */
const officeStub = (minor: number) => `
  window.Office = {
    context: {
      displayLanguage: 'zh-CN',
      document: { settings: { get: function () { return null; }, set: function () {}, saveAsync: function (done) { done({ status: 'succeeded' }); } } },
      requirements: { isSetSupported: function (name, version) { return Number(version.split('.')[1]) <= ${minor}; } }
    },
    onReady: function (callback) {
      var info = { host: 'Excel', platform: 'PC' };
      setTimeout(function () { if (callback) callback(info); }, 0);
      return Promise.resolve(info);
    }
  };`;

/** Builds take a while: the harness and the add-in are compiled by webpack. */
const SLOW = 240_000;

describe('the pane in headless Chromium', () => {
  let browser: Browser;
  let harness: string;
  let addin: string;

  beforeAll(async () => {
    browser = await launchChromium();
    harness = await buildAddin('pane-harness', {}, (config) => ({
      ...config,
      entry: { harness: join(ROOT, 'test', 'browser', 'pane-harness.tsx') },
      plugins: [
        new HtmlWebpackPlugin({
          filename: 'index.html',
          templateContent: '<meta charset="utf-8"><div id="root"></div>',
        }),
      ],
    }));
    addin = await buildAddin('addin-build', { officejs: 'local' });
  }, SLOW);

  afterAll(async () => {
    await browser?.close();
  });

  test(
    '开始校验 shows the Chinese verdict and the findings of the bundled sample',
    async () => {
      const grid = workbookGrid(
        await loadWorkbook(readFileSync(join(ROOT, 'samples', 'recommendation-sample.xlsx'))),
      );
      const outcome = check(grid, { profile: defaultProfile() });
      if (!outcome.ok) throw new Error(outcome.failure);
      const { errors, warnings } = outcome.result.stats;
      const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
      await page.addInitScript(
        (canned) => {
          (window as unknown as { quotaCheckHarness: unknown }).quotaCheckHarness = { ...canned, shown: [] };
        },
        { grid, outcome },
      );
      await serve(page, harness);
      await page.goto(`${ORIGIN}/index.html`);
      await page.getByRole('button', { name: '开始校验' }).click();
      const verdict = page.getByTestId('verdict');
      await verdict.waitFor();
      expect(await verdict.textContent()).toContain(`发现 ${errors} 个错误、${warnings} 个警告。`);
      const firstRule = outcome.result.findings[0]!.rule;
      expect(await page.getByTestId(`group-${firstRule}`).isVisible()).toBe(true);
      await page.getByTestId('marks-banner').waitFor();
      await page.screenshot({ path: artifact('pane-results.png'), fullPage: false });

      const first = outcome.result.findings[0]!;
      await page.getByTestId(`group-${firstRule}`).locator('li button').first().click();
      const shown = await page.evaluate(
        () => (window as unknown as { quotaCheckHarness: { shown: unknown[] } }).quotaCheckHarness.shown,
      );
      expect(shown).toEqual([expect.objectContaining({ sheet: first.sheet, row: first.row })]);
      await page.close();
    },
    SLOW,
  );

  test(
    'taskpane.html on an Office below ExcelApi 1.9 shows the static message instead of the pane',
    async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
      await serve(page, addin, officeStub(8));
      await page.goto(`${ORIGIN}/taskpane.html`);
      const message = page.locator('#unsupported');
      await message.waitFor({ state: 'visible' });
      expect(await message.textContent()).toContain('请使用 Microsoft 365、Office 2021 或更高版本的 Excel');
      expect(await message.textContent()).toContain('quota-check.html');
      expect(await page.locator('#root').isVisible()).toBe(false);
      await page.screenshot({ path: artifact('pane-unsupported.png') });
      // This build serves office.js from beside the pane (--env officejs=local).
      expect(readFileSync(join(addin, 'taskpane.html'), 'utf8')).toContain(
        '<script src="office-js/office.js"></script>',
      );
      expect(existsSync(join(addin, 'office-js', 'office.js'))).toBe(true);
      await page.close();
    },
    SLOW,
  );

  test(
    'taskpane.html without office.js says it could not load, and never stays blank',
    async () => {
      const page = await browser.newPage();
      await serve(page, addin);
      await page.goto(`${ORIGIN}/taskpane.html`);
      await page.locator('#no-office').waitFor({ state: 'visible' });
      expect(await page.locator('#no-office').textContent()).toContain('没有加载到 Office 脚本');
      await page.close();
    },
    SLOW,
  );

  test(
    "taskpane.html on a supported Excel mounts the pane and hides the guard's messages",
    async () => {
      const page = await browser.newPage();
      await serve(page, addin, officeStub(18));
      await page.goto(`${ORIGIN}/taskpane.html`);
      await page.getByRole('button', { name: '开始校验' }).waitFor();
      expect(await page.locator('#unsupported').isVisible()).toBe(false);
      expect(await page.locator('#no-office').isVisible()).toBe(false);
      await page.close();
    },
    SLOW,
  );
});
