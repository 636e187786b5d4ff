import { readFileSync } from 'node:fs';
import { parse } from 'acorn';
import { SAMPLE } from '../helpers/cli-inputs';
import { PAGE_FILE, launchForPage, type PageBrowser } from '../helpers/offline-page';

/**
 * Chromium 80 and Firefox ESR, and a static message in IE mode. The bundles' syntax is held to ES2020, which
 * Chromium 80 parses whole (optional chaining and ?? arrived in 80); the APIs that came after 80 are removed before
 * the page and its worker run, so using one fails here instead of on an officer's PC.
 */
const html = readFileSync(PAGE_FILE, 'utf8');
const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gu)].map(([, attributes, body]) => ({
  worker: /id="quota-check-worker"/u.test(attributes ?? ''),
  body: body ?? '',
}));

/** Built-ins newer than Chromium 80, removed from the page and from its worker (prepended to its blob). */
const WITHOUT_NEW_APIS = `(() => {
  const gone = [
    [Array.prototype, ['at', 'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced', 'with']],
    [String.prototype, ['at', 'replaceAll', 'isWellFormed', 'toWellFormed']],
    [Object, ['hasOwn', 'groupBy']],
    [Array, ['fromAsync']],
    [Promise, ['any']],
    [Set.prototype, ['union', 'intersection', 'difference']],
    [globalThis, ['structuredClone', 'AggregateError', 'WeakRef', 'FinalizationRegistry']],
    [Intl, ['Segmenter']],
  ];
  for (const [owner, names] of gone) for (const name of names) delete owner[name];
})();`;

const OLD_BROWSER = `${WITHOUT_NEW_APIS}
(() => {
  const NativeBlob = Blob;
  // The worker's source reaches it as a text/javascript blob: the same removals run first there.
  window.Blob = function (parts, options) {
    const prelude = options && options.type === 'text/javascript' ? [${JSON.stringify(WITHOUT_NEW_APIS)}] : [];
    return new NativeBlob([...prelude, ...parts], options);
  };
  window.Blob.prototype = NativeBlob.prototype;
})();`;

let pages: PageBrowser;
beforeAll(async () => {
  pages = await launchForPage();
});
afterAll(() => pages.close());

describe('the page for old browsers', () => {
  test('has the page script, the IE guard and the worker inline, and nothing loaded from elsewhere', () => {
    expect(scripts.filter((script) => script.worker)).toHaveLength(1);
    expect(scripts).toHaveLength(3);
    expect(html).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=/u);
  });

  test('parses as ES2020, the newest syntax Chromium 80 reads', () => {
    for (const { body } of scripts)
      expect(() => parse(body, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
  });

  test('checks and writes a marked copy without any built-in newer than Chromium 80', async () => {
    const page = await pages.open({ initScript: OLD_BROWSER });
    await expect(page.evaluate(() => 'replaceAll' in String.prototype)).resolves.toBe(false);
    await page.setInputFiles('[data-testid=workbook-input]', SAMPLE.workbook);
    await expect(page.getByTestId('count-error').textContent()).resolves.toContain('15');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-marked').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-已校验\.xlsx$/u);
    await expect(page.getByTestId('failure').count()).resolves.toBe(0);
  });

  test('shows the static Chinese message, not a blank page, where the guard finds the browser lacking', async () => {
    const page = await pages.open({ initScript: 'delete Object.fromEntries;' });
    await expect(page.locator('#unsupported').isVisible()).resolves.toBe(true);
    await expect(page.locator('#unsupported').textContent()).resolves.toContain('极速模式');
    await expect(page.locator('#root').innerHTML()).resolves.toBe('');
  });

  test('forbids every fetch, data: URLs included (connect-src none)', async () => {
    const page = await pages.open();
    const outcome = await page.evaluate(() =>
      fetch('data:text/plain,x').then(
        () => 'fetched',
        () => 'refused',
      ),
    );
    expect(outcome).toBe('refused');
    expect(pages.cspComplaints).not.toEqual([]);
  });
});
