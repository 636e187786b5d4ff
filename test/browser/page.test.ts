import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { OUR_SHEET_NAMES, SUMMARY_KINDS } from '../../src/core/our-sheets';
import { messagesFor } from '../../src/i18n';
import { artifact } from '../helpers/browser';
import { SAMPLE } from '../helpers/cli-inputs';
import { HEADER, standardRow } from '../helpers/grid';
import { launchForPage, type PageBrowser } from '../helpers/offline-page';
import { spawnCli } from '../helpers/spawn-cli';
import { validUscc } from '../helpers/uscc';

/**
 * The offline page end to end in Debian's Chromium, from file://: the sample through the file input, the findings
 * against the command line's, the marked copy against the command line's marked copy, and not one request.
 */
interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  row: number;
  column: string | null;
}

const places = (findings: JsonFinding[]) =>
  findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.column ?? '-'}${f.row}`).sort();

function cliFindings(file: string): JsonFinding[] {
  const run = spawnCli([file, '--json']);
  expect(run.stderr).not.toMatch(/\S/u);
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
}

/** Every value of our summary tabs, row by row. */
async function summaryValues(file: string): Promise<Record<string, unknown>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const values: Record<string, unknown> = {};
  for (const kind of SUMMARY_KINDS) {
    const sheet = workbook.getWorksheet(OUR_SHEET_NAMES[kind]);
    values[kind] = sheet ? JSON.parse(JSON.stringify(sheet.getSheetValues())) : 'missing';
  }
  return values;
}

let pages: PageBrowser;
let dir: string;
beforeAll(async () => {
  pages = await launchForPage();
  dir = mkdtempSync(join(tmpdir(), 'quota-check-page-'));
});
afterAll(async () => {
  await pages.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the recording proxy', () => {
  test('sees a request the browser makes', async () => {
    const page = await pages.browser.newPage();
    await page.goto('http://quota-check.invalid/probe').catch(() => undefined);
    await page.close();
    expect(pages.pageTraffic()).toEqual([expect.stringContaining('quota-check.invalid')]);
    pages.proxy.seen.length = 0;
  });
});

describe('the offline page', () => {
  const expected = cliFindings(SAMPLE.workbook);
  let page: Page;

  test('opens empty, in Chinese, with nothing but the open bar', async () => {
    page = await pages.open();
    await expect(page.getByRole('button', { name: '试用示例' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: artifact('page-empty.png') });
  });

  test('checks the sample chosen through the file input: the counts and findings of the command line', async () => {
    await page.setInputFiles('[data-testid=workbook-input]', SAMPLE.workbook);
    const verdict = page.getByTestId('verdict');
    await verdict.waitFor({ timeout: 30_000 });
    const errors = expected.filter((f) => f.severity === 'error').length;
    expect([errors, expected.length - errors]).toEqual([15, 9]);
    await expect(verdict.textContent()).resolves.toContain(messagesFor('zh-CN').report.verdict(15, 9));
    await expect(page.getByTestId('count-error').textContent()).resolves.toContain('15');
    await expect(page.getByTestId('count-warning').textContent()).resolves.toContain('9');

    const groups: Record<string, number> = {};
    for (const finding of expected) groups[finding.rule] = (groups[finding.rule] ?? 0) + 1;
    for (const [rule, count] of Object.entries(groups)) {
      const group = page.getByTestId(`group-${rule}`);
      await expect(
        group
          .getByRole('button')
          .filter({ hasText: /第|[A-Z]\d/u })
          .count(),
      ).resolves.toBe(count);
    }
    await expect(page.getByTestId('findings').getByRole('listitem').count()).resolves.toBe(expected.length);
    await page.screenshot({ path: artifact('page-results.png') });
  });

  test('a click on a finding shows its cell in the preview, highlighted', async () => {
    const first = expected.find((f) => f.column !== null && f.sheet === '福田区')!;
    const cell = `${first.column}${first.row}`;
    await page
      .getByTestId(`group-${first.rule}`)
      .getByRole('button', { name: new RegExp(`福田区 ${cell}`, 'u') })
      .first()
      .click();
    const target = page.locator('[data-target=true]');
    await target.waitFor();
    await expect(target.getAttribute('data-cell')).resolves.toBe(cell);
    await expect(
      page.getByTestId('preview').locator('[role=tab][aria-selected=true]').textContent(),
    ).resolves.toBe('福田区');
    await expect(target.isVisible()).resolves.toBe(true);
  });

  test('downloads …-已校验.xlsx holding the findings and summary tabs of the command line’s marked copy', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-marked').click(),
    ]);
    expect(download.suggestedFilename()).toBe('recommendation-sample-已校验.xlsx');
    const fromPage = join(dir, 'page-marked.xlsx');
    await download.saveAs(fromPage);
    const fromCli = join(dir, 'cli-marked.xlsx');
    expect(spawnCli([SAMPLE.workbook, '--out', fromCli]).status).toBe(1);

    expect(places(cliFindings(fromPage))).toEqual(places(expected));
    expect(places(cliFindings(fromPage))).toEqual(places(cliFindings(fromCli)));
    const summaries = await summaryValues(fromPage);
    expect(Object.values(summaries)).not.toContain('missing');
    expect(summaries).toEqual(await summaryValues(fromCli));
    await expect(page.getByTestId('notice').textContent()).resolves.toContain(
      'recommendation-sample-已校验.xlsx',
    );
  });

  test('a marked workbook shows the marks banner and downloads …-已清除标记.xlsx without marks', async () => {
    await page.setInputFiles('[data-testid=workbook-input]', join(dir, 'page-marked.xlsx'));
    await page.getByTestId('marks-banner').waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('marks-banner').getByRole('button').click(),
    ]);
    expect(download.suggestedFilename()).toBe('page-marked-已清除标记.xlsx');
    const cleared = join(dir, 'cleared.xlsx');
    await download.saveAs(cleared);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(SAMPLE.workbook);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(cleared);
    // The report sheet and record are gone; the summary tabs stay (清除标记 without 连汇总表一并删除).
    expect(copy.worksheets.map((sheet) => sheet.name)).toEqual([
      ...original.worksheets.map((sheet) => sheet.name),
      ...SUMMARY_KINDS.map((kind) => OUR_SHEET_NAMES[kind]),
    ]);
    expect(places(cliFindings(cleared))).toEqual(places(expected));
  });

  test('a finding of a 同上 cell is labelled and shown at the cell whose value it takes, where the mark goes', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('推荐表');
    sheet.addRow([...HEADER]);
    sheet.addRow(standardRow(1, '甲公司', validUscc(1), '智能传感器平台', '12345'));
    sheet.addRow(standardRow(2, '乙公司', validUscc(2), '工业视觉检测系统', '同上'));
    const file = join(dir, '同上.xlsx');
    await workbook.xlsx.writeFile(file);
    await page.setInputFiles('[data-testid=workbook-input]', file);
    const phone = page.getByTestId('group-phone-invalid');
    // The sample checked before this had phone findings too: wait for this workbook's.
    const copied = phone.getByRole('button', { name: /^推荐表 G2（第 3 行）/u });
    await copied.waitFor({ timeout: 30_000 });
    await expect(phone.getByRole('listitem').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^推荐表 G2(?!（)/u),
      expect.stringMatching(/^推荐表 G2（第 3 行）/u),
    ]);
    await copied.click();
    const target = page.locator('[data-target=true]');
    await target.waitFor();
    await expect(target.getAttribute('data-cell')).resolves.toBe('G2');
    await expect(target.textContent()).resolves.toBe('12345');
    await expect(target.isVisible()).resolves.toBe(true);
  });

  test('made no request: none that Playwright saw, none through the proxy, no CSP complaint', () => {
    expect(pages.remoteRequests).toEqual([]);
    expect(pages.pageTraffic()).toEqual([]);
    expect(pages.cspComplaints).toEqual([]);
  });
});
