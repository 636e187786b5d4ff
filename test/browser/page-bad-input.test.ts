import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { messagesFor } from '../../src/i18n';
import { pageMessagesFor } from '../../src/i18n/page';
import { paneMessagesFor } from '../../src/i18n/pane';
import { MAX_FILE_BYTES, MAX_FILE_TEXT } from '../../src/web/file-limit';
import { artifact } from '../helpers/browser';
import { cfbBytes, garbageBytes, zipOfTextFile } from '../helpers/cli-inputs';
import { launchForPage, type PageBrowser } from '../helpers/offline-page';
import { xlsxBytes } from '../helpers/xlsx';

/** Each bad input gets its one Chinese sentence on the page, and the page stays usable: the sample checks after it. */
const failures = messagesFor('zh-CN').failures;
let pages: PageBrowser;
let page: Page;
let dir: string;

beforeAll(async () => {
  pages = await launchForPage();
  page = await pages.open();
  dir = mkdtempSync(join(tmpdir(), 'quota-check-page-bad-'));
});
afterAll(async () => {
  await pages.close();
  rmSync(dir, { recursive: true, force: true });
});

async function expectSentence(file: string, sentence: string, screenshot?: string): Promise<void> {
  await page.setInputFiles('[data-testid=workbook-input]', file);
  const failure = page.getByTestId('failure');
  await failure.waitFor({ timeout: 30_000 });
  await expect(failure.textContent()).resolves.toBe(sentence);
  if (screenshot) await page.screenshot({ path: artifact(screenshot) });
  await page.getByTestId('sample').click();
  await page.getByTestId('verdict').waitFor({ timeout: 30_000 });
  await expect(failure.count()).resolves.toBe(0);
}

describe('the offline page refuses with one sentence', () => {
  test('a legacy .xls', async () => {
    const file = join(dir, '推荐汇总表.xls');
    writeFileSync(file, cfbBytes());
    await expectSentence(file, failures['legacy-xls']({ file: '推荐汇总表.xls' }), 'page-error.png');
  });

  test('a password-protected .xlsx', async () => {
    const file = join(dir, 'locked.xlsx');
    writeFileSync(file, cfbBytes({ encrypted: true }));
    await expectSentence(file, failures.encrypted({ file: 'locked.xlsx' }));
  });

  test('random bytes named .xlsx, and a zip that is no workbook', async () => {
    const random = join(dir, 'random.xlsx');
    writeFileSync(random, garbageBytes());
    await expectSentence(random, failures['not-a-workbook']({ file: 'random.xlsx' }));
    const zip = join(dir, 'archive.xlsx');
    writeFileSync(zip, await zipOfTextFile());
    await expectSentence(zip, failures['not-a-workbook']({ file: 'archive.xlsx' }));
  });

  test('an .xlsx cut short, as a download that did not finish', async () => {
    const file = join(dir, '推荐汇总表.xlsx');
    const whole = await xlsxBytes(
      (workbook) => (workbook.addWorksheet('S').getCell('A1').value = '申报单位'),
    );
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
    await expectSentence(file, failures['workbook-damaged']({ file: '推荐汇总表.xlsx' }));
  });

  test('a workbook without a recommendation table, in the page’s words (no --sheet)', async () => {
    const file = join(dir, 'blank.xlsx');
    writeFileSync(file, await xlsxBytes((workbook) => workbook.addWorksheet('Sheet1')));
    await expectSentence(file, paneMessagesFor('zh-CN').failures.noTable);
  });

  test(`a file over ${MAX_FILE_TEXT}, before reading it`, async () => {
    const file = join(dir, 'huge.xlsx');
    writeFileSync(file, '');
    truncateSync(file, MAX_FILE_BYTES + 1);
    await expectSentence(file, pageMessagesFor('zh-CN').failures['too-large']({ limit: MAX_FILE_TEXT }));
  });

  test('and made no request meanwhile', () => {
    expect(pages.remoteRequests).toEqual([]);
    expect(pages.pageTraffic()).toEqual([]);
  });
});
