import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';
import { ROOT } from './spawn-cli';

/** The built offline page (npm run build:web). */
export const PAGE_FILE = join(ROOT, 'dist', 'quota-check.html');
export const PAGE_URL = pathToFileURL(PAGE_FILE).href;

/** The only schemes the page may load from: itself, its worker's blob and inline data. */
const LOCAL = /^(?:file|blob|data):/u;

/**
 * Chromium's own services, which Debian's build calls whatever page is open and whatever flags say: component
 * updates, network time and account checks. Anything else through the proxy came from a page or its worker.
 */
const BROWSER_SERVICES =
  /^(?:CONNECT (?:accounts\.google\.com|update\.googleapis\.com|clients2\.google\.com):443|(?:GET|POST) http:\/\/(?:clients2\.google\.com\/time\/|update\.googleapis\.com\/service\/update2\/))/u;

/** Chromium behind a recording proxy, with what a test of the offline page checks afterwards. */
export interface PageBrowser {
  browser: Browser;
  proxy: RecordingProxy;
  /** A fresh page (Chinese by default), recording requests and console complaints of the CSP. */
  open(options?: { locale?: string; initScript?: string }): Promise<Page>;
  /** What went through the proxy, minus Chromium's own services. */
  pageTraffic(): string[];
  /** Requests to anything but file:, blob: and data: that Playwright saw. */
  readonly remoteRequests: string[];
  /** Console messages about the Content Security Policy (a blocked script, style or request). */
  readonly cspComplaints: string[];
  close(): Promise<void>;
}

/** Launches Chromium for the offline page; fails at once, with the command to run, when the page isn't built. */
export async function launchForPage(): Promise<PageBrowser> {
  if (!existsSync(PAGE_FILE)) throw new Error(`${PAGE_FILE} is missing: run npm run build:web first`);
  const proxy = await startRecordingProxy();
  const browser = await launchChromium({ args: proxy.args });
  const contexts: BrowserContext[] = [];
  const remoteRequests: string[] = [];
  const cspComplaints: string[] = [];
  return {
    browser,
    proxy,
    remoteRequests,
    cspComplaints,
    pageTraffic: () => proxy.seen.filter((line) => !BROWSER_SERVICES.test(line)),
    async open({ locale = 'zh-CN', initScript } = {}) {
      const context = await browser.newContext({
        locale,
        acceptDownloads: true,
        viewport: { width: 1366, height: 768 },
      });
      contexts.push(context);
      context.on('request', (request) => {
        if (!LOCAL.test(request.url())) remoteRequests.push(request.url());
      });
      if (initScript) await context.addInitScript(initScript);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (/Content Security Policy/iu.test(message.text())) cspComplaints.push(message.text());
      });
      await page.goto(PAGE_URL);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await proxy.close();
    },
  };
}
