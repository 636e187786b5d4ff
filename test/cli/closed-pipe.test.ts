import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDir } from '../helpers/cli-inputs';
import { expectChineseFailure } from '../helpers/cli-failure';
import { ROOT, type CliRun } from '../helpers/spawn-cli';
import { xlsxBytes } from '../helpers/xlsx';

/**
 * `quota-check FILE | head -1`: the reader closes the pipe after its first line. The command must stop writing
 * quietly, never print a stack trace of the EPIPE, and exit with the code of its check.
 */

const tmp = useTempDir();

/** A workbook whose report is far larger than a pipe's buffer: 3,000 rows, each with a malformed credit code. */
async function bigWorkbook(): Promise<string> {
  const bytes = await xlsxBytes((workbook) => {
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向']);
    for (let i = 1; i <= 3000; i++) sheet.addRow([i, `单位${i}`, '123', `项目${i}`, '智能传感器']);
  });
  return tmp.current().write('big.xlsx', bytes);
}

/** Runs the real command and closes its stdout as soon as the first bytes arrive, as `| head -1` does. */
function runClosingStdout(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'quota-check.js'), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.once('data', (chunk: Buffer) => {
      stdout = chunk.toString('utf8');
      child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('stdout closed by its reader', () => {
  test.each([
    ['the report for people', []],
    ['the JSON report', ['--json']],
  ])('%s: no stack trace, and the exit code of the check', async (_name, extra) => {
    const file = await bigWorkbook();
    const run = await runClosingStdout([file, ...extra]);
    expect(run.stdout).not.toBe('');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });
});

/** Runs the real command with its stdout on a file that takes no byte: /dev/full, a disk that is full. */
function runIntoFullDisk(args: string[]): CliRun {
  const full = openSync('/dev/full', 'w');
  try {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'quota-check.js'), ...args], {
      encoding: 'utf8',
      stdio: ['ignore', full, 'pipe'],
    });
    return { status: result.status, stdout: '', stderr: result.stderr };
  } finally {
    closeSync(full);
  }
}

(existsSync('/dev/full') ? describe : describe.skip)('stdout on a full disk (> 报告.json)', () => {
  test.each([
    ['the report for people', []],
    ['the JSON report', ['--json']],
  ])('%s: one sentence that the report was not written whole, and exit 2', async (_name, extra) => {
    const file = await bigWorkbook();
    expectChineseFailure(runIntoFullDisk([file, ...extra]), ['报告没有写完', '磁盘已满']);
  });
});

/** The notice that a copy was written, then the sentence that the report was not: exit 2, nothing else. */
function expectNoticeThenFailure(run: CliRun, notice: string): void {
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toContain(notice);
  expect(lines[1]).toContain('报告没有写完');
  expect(run.status).toBe(2);
}

(existsSync('/dev/full') ? describe : describe.skip)(
  'stdout on a full disk, once the copy was written',
  () => {
    test.each([
      ['the report for people', []],
      ['the JSON report', ['--json']],
    ])('%s: the failure comes with the notice that the copy exists', async (_name, extra) => {
      const file = await bigWorkbook();
      const copy = tmp.current().file('big-checked.xlsx');
      const run = runIntoFullDisk([file, ...extra, '--out', copy]);
      expect(existsSync(copy)).toBe(true);
      expectNoticeThenFailure(run, `已写出带校验标记的副本：${copy}`);
    });

    test('the cleared copy: the failure comes with the notice that it exists', async () => {
      const file = await bigWorkbook();
      const marked = tmp.current().file('big-checked.xlsx');
      const cleared = tmp.current().file('big-cleared.xlsx');
      expect(
        spawnSync(process.execPath, [join(ROOT, 'bin', 'quota-check.js'), file, '--out', marked]).status,
      ).toBe(1);
      const run = runIntoFullDisk([marked, '--clear', '--out', cleared]);
      expect(existsSync(cleared)).toBe(true);
      expectNoticeThenFailure(run, `已写出清除标记后的副本：${cleared}`);
    });
  },
);
