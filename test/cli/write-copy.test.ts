import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { RuleId } from '../../src/core/finding';
import { SAMPLE, useTempDir } from '../helpers/cli-inputs';
import { expectChineseFailure, expectFailure } from '../helpers/cli-failure';
import { spawnCli, type CliRun } from '../helpers/spawn-cli';
import { editParts, xlsxBytes } from '../helpers/xlsx';

/**
 * The write-back options of the real command (issue 4): `--out COPY.xlsx` writes a marked copy with the report sheet
 * and summary tabs, `--clear --out` writes a copy without them, and the input is only ever read.
 */

const REPORT = '校验报告';
const SUMMARIES = ['汇总-按单位', '汇总-按方向', '汇总-按推荐单位'];
const RECORD = 'quota-check-marks';
const OURS = new Set([REPORT, ...SUMMARIES, RECORD]);
const MARKS_PRESENT = '本工作簿仍带有校验标记';
const MARKED_NOTICE = '已写出带校验标记的副本';
const CLEARED_NOTICE = '已写出清除标记后的副本';

/** The parts of the JSON report that these tests read. */
interface Report {
  valid: boolean;
  marksPresent: boolean;
  findings: { rule: RuleId; severity: string; sheet: string; row: number; column: string | null }[];
}

type Place = [RuleId, string, number, string | null, string];

/** The findings as (rule, sheet, row, column, severity), in a fixed order. */
function places(report: Report): Place[] {
  return report.findings
    .map((f): Place => [f.rule, f.sheet, f.row, f.column, f.severity])
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** Parses a `--json` check of a workbook (no --out): stdout is the report, and nothing went to stderr. */
function jsonCheck(file: string): Report {
  const run = spawnCli([file, '--json']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  return JSON.parse(run.stdout) as Report;
}

/** What identifies a file's content and its last write. */
function fingerprint(path: string): { sha256: string; size: number; mtimeNs: bigint } {
  const stat = statSync(path, { bigint: true });
  return {
    sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
    size: Number(stat.size),
    mtimeNs: stat.mtimeNs,
  };
}

/** Every entry of a folder with its fingerprint (files) or kind (folders): what "nothing written" compares. */
function snapshot(folder: string): Record<string, unknown> {
  const entries: Record<string, unknown> = {};
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    entries[name] = statSync(path).isDirectory() ? 'folder' : fingerprint(path);
  }
  return entries;
}

/** Temporary files that the atomic write leaves beside the target if it fails to clean up. */
const strayTemporaries = (folder: string): string[] =>
  readdirSync(folder).filter((name) => /^\..*\.tmp$/u.test(name));

async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

const sheetNames = (workbook: ExcelJS.Workbook): string[] => workbook.worksheets.map((sheet) => sheet.name);

/** The lines at the top of a sheet of ours (column A), down to the first empty row. */
function headingLines(worksheet: ExcelJS.Worksheet): string[] {
  const lines: string[] = [];
  for (let row = 1; ; row++) {
    const value = worksheet.getCell(row, 1).value;
    if (value === null || value === undefined || value === '') return lines;
    lines.push(String(value));
  }
}

const tmp = useTempDir();

/** The sample, copied into the test's temp dir. */
function sample(name = 'recommendation.xlsx'): string {
  return tmp.current().copy(SAMPLE.workbook, name);
}

/** A marked copy of the sample, written by the command. */
function markedCopy(): { input: string; copy: string } {
  const input = sample();
  const copy = tmp.current().file('copy.xlsx');
  const run = spawnCli([input, '--out', copy, '--json']);
  expect(run.status).toBe(1);
  expect(existsSync(copy)).toBe(true);
  return { input, copy };
}

describe('--out writes a marked copy', () => {
  test('in text mode: the report on stdout, ending with the line that names the copy; exit 1', async () => {
    const input = sample();
    const copy = tmp.current().file('copy.xlsx');
    const plain = spawnCli([input]);
    const run = spawnCli([input, '--out', copy]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith(plain.stdout)).toBe(true);
    expect(run.stdout.split('\n')[0]).toMatch(/^发现 \d+ 个错误、\d+ 个警告。$/u);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.at(-1)?.startsWith(`${MARKED_NOTICE}：${copy}`)).toBe(true);
    expect(run.stdout.endsWith('\n')).toBe(true);
    const workbook = await openWorkbook(copy);
    expect(workbook.worksheets.length).toBeGreaterThan(0);
  });

  test('with --json: stdout is exactly the JSON report, and the notice goes to stderr', async () => {
    const input = sample();
    const copy = tmp.current().file('copy.xlsx');
    const run = spawnCli([input, '--out', copy, '--json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.valid).toBe(false);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(spawnCli([input, '--json']).stdout));
    expect(run.stdout).not.toContain(MARKED_NOTICE);
    const errLines = run.stderr.split('\n');
    expect(errLines).toHaveLength(2);
    expect(errLines[0]?.startsWith(`${MARKED_NOTICE}：${copy}`)).toBe(true);
    await expect(openWorkbook(copy)).resolves.toBeDefined();
  });

  test('writes only the copy beside the input, leaving no temporary file', () => {
    const input = sample();
    const copy = tmp.current().file('copy.xlsx');
    expect(spawnCli([input, '--out', copy]).status).toBe(1);
    expect(readdirSync(tmp.current().path).sort()).toEqual(['copy.xlsx', 'recommendation.xlsx']);
  });

  test('the copy has the report sheet, the three summary tabs and a very hidden record sheet', async () => {
    const { input, copy } = markedCopy();
    const original = sheetNames(await openWorkbook(input));
    const workbook = await openWorkbook(copy);
    const names = sheetNames(workbook);
    for (const name of [REPORT, ...SUMMARIES, RECORD]) expect(names).toContain(name);
    // The officer's sheets are all still there, in their order.
    expect(names.filter((name) => !OURS.has(name))).toEqual(original);
    expect(workbook.getWorksheet(RECORD)?.state).toBe('veryHidden');
    for (const name of [REPORT, ...SUMMARIES]) expect(workbook.getWorksheet(name)?.state).toBe('visible');
  });

  test('checking the marked copy says it still carries marks, and finds the same problems', () => {
    const { input, copy } = markedCopy();
    const text = spawnCli([copy]);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain(MARKS_PRESENT);
    expect(spawnCli([input]).stdout).not.toContain(MARKS_PRESENT);

    const before = jsonCheck(input);
    const after = jsonCheck(copy);
    expect(before.marksPresent).toBe(false);
    expect(after.marksPresent).toBe(true);
    expect(after.findings.length).toBeGreaterThan(0);
    expect(places(after)).toEqual(places(before));
  });

  test('marking the marked copy again adds no second report sheet nor any other sheet', async () => {
    const { copy } = markedCopy();
    const again = tmp.current().file('copy2.xlsx');
    const run = spawnCli([copy, '--out', again]);
    expect(run.status).toBe(1);
    const first = sheetNames(await openWorkbook(copy));
    const second = sheetNames(await openWorkbook(again));
    expect(second).toEqual(first);
    expect(new Set(second).size).toBe(second.length);
    for (const name of second) expect(name).not.toMatch(/\(\d+\)$|（\d+）$/u);
    expect(places(jsonCheck(again))).toEqual(places(jsonCheck(copy)));
  });
});

describe('--clear --out writes a copy without the marks', () => {
  test('removes the report and record sheets, keeps the summary tabs, exits 0', async () => {
    const { input, copy } = markedCopy();
    const cleared = tmp.current().file('cleared.xlsx');
    const run = spawnCli([copy, '--clear', '--out', cleared]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]?.startsWith(`${CLEARED_NOTICE}：${cleared}`)).toBe(true);
    // The record sheet is very hidden: the officer never saw it, so the notice doesn't name it.
    expect(run.stdout).toContain(REPORT);
    expect(run.stdout).not.toContain(RECORD);

    const names = sheetNames(await openWorkbook(cleared));
    expect(names).not.toContain(REPORT);
    expect(names).not.toContain(RECORD);
    for (const name of SUMMARIES) expect(names).toContain(name);
    expect(names.filter((name) => !OURS.has(name))).toEqual(sheetNames(await openWorkbook(input)));
  });

  test('with --all also removes the summary tabs, leaving the sheets of the original', async () => {
    const { input, copy } = markedCopy();
    const cleared = tmp.current().file('cleared.xlsx');
    const run = spawnCli([copy, '--clear', '--all', '--out', cleared]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(sheetNames(await openWorkbook(cleared))).toEqual(sheetNames(await openWorkbook(input)));
  });

  test('checking the cleared copy no longer says marks are present, and finds the same problems', () => {
    const { input, copy } = markedCopy();
    const cleared = tmp.current().file('cleared.xlsx');
    expect(spawnCli([copy, '--clear', '--out', cleared]).status).toBe(0);
    const text = spawnCli([cleared]);
    expect(text.status).toBe(1);
    expect(text.stdout).not.toContain(MARKS_PRESENT);
    const report = jsonCheck(cleared);
    expect(report.marksPresent).toBe(false);
    expect(places(report)).toEqual(places(jsonCheck(input)));
  });

  test('names a marked row the officer deleted once, by its unit and project, with the row it was on', async () => {
    const { copy } = markedCopy();
    const workbook = await openWorkbook(copy);
    const sheet = workbook.getWorksheet('福田区')!;
    // Row 12 carries two marks of its own (C12, F12) and one on its 序号; row 13 moves up into its place.
    const [unit, project] = [sheet.getCell('B12').text, sheet.getCell('D12').text];
    sheet.spliceRows(12, 1);
    const edited = tmp.current().file('edited.xlsx');
    await workbook.xlsx.writeFile(edited);
    const run = spawnCli([edited, '--clear', '--out', tmp.current().file('cleared.xlsx')]);
    expect(run.status).toBe(0);
    const lost = run.stdout.split('\n').find((line) => line.includes('找不到'))!;
    expect(lost).toContain(
      `福田区：申报单位“${unit.replace(/\s/gu, '')}”、项目名称“${project.replace(/\s/gu, '')}”（原第 12 行）`,
    );
    expect(lost.match(/第 \d+ 行/gu)).toEqual(['第 12 行']);
  });

  test("gives back the original sheets' values, notes, fills and font colours", async () => {
    const { input, copy } = markedCopy();
    const cleared = tmp.current().file('cleared.xlsx');
    expect(spawnCli([copy, '--clear', '--all', '--out', cleared]).status).toBe(0);
    const looks = (workbook: ExcelJS.Workbook) => {
      const cells: Record<string, unknown> = {};
      for (const worksheet of workbook.worksheets) {
        worksheet.eachRow({ includeEmpty: false }, (row) =>
          row.eachCell({ includeEmpty: false }, (cell) => {
            cells[`${worksheet.name}!${cell.address}`] = {
              value: cell.value,
              note: cell.note ?? null,
              fill: cell.fill ?? null,
              fontColor: cell.font?.color ?? null,
            };
          }),
        );
      }
      return cells;
    };
    const marked = looks(await openWorkbook(copy));
    const original = looks(await openWorkbook(input));
    // The marked copy did change cells of the officer's sheets, so the comparison below means something.
    const officers = Object.keys(original);
    expect(officers.some((key) => JSON.stringify(marked[key]) !== JSON.stringify(original[key]))).toBe(true);
    expect(looks(await openWorkbook(cleared))).toEqual(original);
  });
});

describe('--out of a workbook that LibreOffice saved (booleans written true/false)', () => {
  test('keeps the 1904 date system, so every date keeps its day, and the fit to page and print options', async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet('推荐表');
      sheet.addRows([
        ['序号', '申报单位', '项目名称', '揭榜方向', '成立日期'],
        [1, '甲科技有限公司', '云端训练芯片', '智能传感器', 40_693],
        [2, '乙科技有限公司', '云端训练芯片', '智能传感器', 40_694],
      ]);
      sheet.getColumn(5).numFmt = 'yyyy-mm-dd';
    });
    const saved = await editParts(bytes, {
      'xl/workbook.xml': (xml) => xml.replace(/date1904="1"/u, 'date1904="true"'),
      'xl/worksheets/sheet1.xml': (xml) =>
        xml
          .replace('<dimension', '<sheetPr><pageSetUpPr fitToPage="true"/></sheetPr><dimension')
          .replace('<pageMargins', '<printOptions gridLines="true" horizontalCentered="true"/><pageMargins'),
    });
    const input = tmp.current().write('libreoffice.xlsx', saved);
    const copy = tmp.current().file('copy.xlsx');
    expect(spawnCli([input, '--out', copy]).status).toBe(1);
    const zip = await JSZip.loadAsync(readFileSync(copy));
    const part = (path: string) => zip.file(path)!.async('string');
    expect(await part('xl/workbook.xml')).toMatch(/<workbookPr\b[^>]*\sdate1904="(?:1|true)"/u);
    const sheet = await part('xl/worksheets/sheet1.xml');
    expect([...sheet.matchAll(/<c r="E[23]"[^>]*><v>([^<]*)<\/v>/gu)].map(([, value]) => value)).toEqual([
      '40693',
      '40694',
    ]);
    expect(sheet).toMatch(/<pageSetUpPr\b[^>]*\sfitToPage="(?:1|true)"/u);
    expect(sheet).toMatch(
      /<printOptions\b(?=[^>]*\sgridLines="(?:1|true)")[^>]*\shorizontalCentered="(?:1|true)"/u,
    );
    const dates = (await openWorkbook(copy)).getWorksheet('推荐表')!.getColumn(5).values.slice(2);
    expect(dates.map((date) => (date as Date).toISOString().slice(0, 10))).toEqual([
      '2015-05-31',
      '2015-06-01',
    ]);
  });
});

describe('the input is never written', () => {
  test('by --out', () => {
    const input = sample();
    const before = fingerprint(input);
    expect(spawnCli([input, '--out', tmp.current().file('copy.xlsx')]).status).toBe(1);
    expect(fingerprint(input)).toEqual(before);
  });

  test('by --out --json', () => {
    const input = sample();
    const before = fingerprint(input);
    expect(spawnCli([input, '--out', tmp.current().file('copy.xlsx'), '--json']).status).toBe(1);
    expect(fingerprint(input)).toEqual(before);
  });

  test('by --clear, nor by --clear --all', () => {
    const { copy } = markedCopy();
    const before = fingerprint(copy);
    expect(spawnCli([copy, '--clear', '--out', tmp.current().file('cleared.xlsx')]).status).toBe(0);
    expect(fingerprint(copy)).toEqual(before);
    expect(spawnCli([copy, '--clear', '--all', '--out', tmp.current().file('all.xlsx')]).status).toBe(0);
    expect(fingerprint(copy)).toEqual(before);
  });
});

/** Runs the command and checks that it wrote nothing: every file in the watched folders is as it was. */
function runWritingNothing(args: string[], folders: string[], cwd?: string): CliRun {
  const before = folders.map(snapshot);
  const run = spawnCli(args, cwd);
  expect(folders.map(snapshot)).toEqual(before);
  for (const folder of folders) expect(strayTemporaries(folder)).toEqual([]);
  return run;
}

describe('bad write-back input writes nothing', () => {
  test('--out naming the input itself', () => {
    const input = sample();
    const run = runWritingNothing([input, '--out', input], [tmp.current().path]);
    expectChineseFailure(run, ['--out', '不能是被检查的文件', 'recommendation.xlsx']);
  });

  test.each([
    ['--winners', ['项目名称', '申报单位'], ['某项目', '某单位']],
    ['--directions', ['揭榜方向'], ['智能传感器']],
  ])('--out naming the list given to %s, which is read too', async (option, header, row) => {
    const input = sample();
    const list = tmp
      .current()
      .write(
        'list.xlsx',
        await xlsxBytes((workbook) => workbook.addWorksheet('Sheet1').addRows([header, row])),
      );
    const run = runWritingNothing([input, option, list, '--out', list], [tmp.current().path]);
    expectChineseFailure(run, ['--out', option, 'list.xlsx']);
  });

  test('--out naming the input by another path (./dir/../dir/file.xlsx)', () => {
    const folder = tmp.current().file('work');
    mkdirSync(folder);
    const input = join(folder, 'recommendation.xlsx');
    writeFileSync(input, readFileSync(SAMPLE.workbook));
    const run = runWritingNothing(
      ['work/recommendation.xlsx', '--out', './work/../work/recommendation.xlsx'],
      [tmp.current().path, folder],
      tmp.current().path,
    );
    expectChineseFailure(run, ['--out', '不能是被检查的文件']);
  });

  test('--out naming the input by its absolute path while the input is given relative', () => {
    const input = sample();
    const run = runWritingNothing(
      [basename(input), '--out', input],
      [tmp.current().path],
      tmp.current().path,
    );
    expectChineseFailure(run, ['--out', '不能是被检查的文件']);
  });

  test('--out naming a hard link to the input', () => {
    const input = sample();
    const link = tmp.current().file('link.xlsx');
    linkSync(input, link);
    const run = runWritingNothing([input, '--out', link], [tmp.current().path]);
    expectChineseFailure(run, ['--out', '不能是被检查的文件']);
  });

  test('--out in a folder that does not exist', () => {
    const input = sample();
    const target = tmp.current().file(join('no-such-folder', 'copy.xlsx'));
    const run = runWritingNothing([input, '--out', target], [tmp.current().path]);
    expectChineseFailure(run, ['文件夹', 'no-such-folder', '不存在']);
    expect(existsSync(dirname(target))).toBe(false);
  });

  test('--out in a "folder" that is a file', () => {
    const input = sample();
    const target = join(input, 'copy.xlsx');
    const run = runWritingNothing([input, '--out', target], [tmp.current().path]);
    expectChineseFailure(run, ['文件夹', '不存在']);
  });

  (existsSync('/proc/self') ? test : test.skip)(
    '--out in a folder that takes no new file (/proc): told so, not that the folder is missing',
    () => {
      const run = runWritingNothing([sample(), '--out', '/proc/copy.xlsx'], [tmp.current().path]);
      expectChineseFailure(run, ['文件夹', '/proc', '权限', '--out']);
    },
  );

  test('--out with a name longer than the file system takes (86 Chinese characters: 263 bytes)', () => {
    const target = tmp.current().file(`${'推'.repeat(86)}.xlsx`);
    const run = runWritingNothing([sample(), '--out', target], [tmp.current().path]);
    expectChineseFailure(run, ['太长', '推推推', '--out']);
  });

  test('--out naming an existing folder', () => {
    const input = sample();
    const folder = tmp.current().file('copies.xlsx');
    mkdirSync(folder);
    const run = runWritingNothing([input, '--out', folder], [tmp.current().path, folder]);
    expectChineseFailure(run, ['copies.xlsx', '是一个文件夹', '--out']);
    expect(statSync(folder).isDirectory()).toBe(true);
    expect(readdirSync(folder)).toEqual([]);
  });

  test.each([['copy.xls'], ['copy.csv'], ['copy'], ['copy.xlsx.bak']])('--out %s (not .xlsx)', (name) => {
    const input = sample();
    const target = tmp.current().file(name);
    const run = runWritingNothing([input, '--out', target], [tmp.current().path]);
    expectChineseFailure(run, ['--out', name, '.xlsx']);
    expect(existsSync(target)).toBe(false);
  });

  test('--clear without --out', () => {
    const { copy } = markedCopy();
    const run = runWritingNothing([copy, '--clear'], [tmp.current().path]);
    expectChineseFailure(run, ['--clear', '--out']);
  });

  test.each([
    ['--json'],
    ['--sheet', '南山区'],
    ['--winners', SAMPLE.winners],
    ['--recommender-type', 'province'],
  ])('--clear with an option of checking (%s)', (...option) => {
    const { copy } = markedCopy();
    const target = tmp.current().file('cleared.xlsx');
    const run = runWritingNothing([copy, '--clear', '--out', target, ...option], [tmp.current().path]);
    expectChineseFailure(run, [option[0]!, '--clear']);
  });

  test('--all without --clear', () => {
    const input = sample();
    const target = tmp.current().file('copy.xlsx');
    const run = runWritingNothing([input, '--all', '--out', target], [tmp.current().path]);
    expectChineseFailure(run, ['--all', '--clear']);
    expect(existsSync(target)).toBe(false);
  });

  test('--clear on a workbook that was never marked', () => {
    const input = sample();
    const target = tmp.current().file('cleared.xlsx');
    const run = runWritingNothing([input, '--clear', '--out', target], [tmp.current().path]);
    expectChineseFailure(run, ['recommendation.xlsx', '没有本工具的校验标记']);
    expect(existsSync(target)).toBe(false);
  });

  test('--clear --all on a workbook that was never marked', () => {
    const input = sample();
    const target = tmp.current().file('cleared.xlsx');
    const run = runWritingNothing([input, '--clear', '--all', '--out', target], [tmp.current().path]);
    expectChineseFailure(run, ['没有本工具的校验标记']);
    expect(existsSync(target)).toBe(false);
  });

  // Root writes through a file's mode bits, so a 0o444 file is no obstacle to it: the case can only be run as a user.
  const asUser = process.getuid?.() !== 0;
  (asUser ? test : test.skip)('--out naming a read-only file (skipped as root: root ignores 0o444)', () => {
    const input = sample();
    const folder = tmp.current().file('out');
    mkdirSync(folder);
    const target = join(folder, 'copy.xlsx');
    writeFileSync(target, 'read-only placeholder');
    chmodSync(target, 0o444);
    const run = runWritingNothing([input, '--out', target], [tmp.current().path, folder]);
    expectChineseFailure(run, ['没有改写文件', 'copy.xlsx', '只读']);
    expect(readFileSync(target, 'utf8')).toBe('read-only placeholder');
  });

  const sysKernel = existsSync('/sys/kernel');
  (sysKernel ? test : test.skip)(
    '--out under /sys/kernel, where not even root can create a file (skipped where /sys/kernel does not exist)',
    () => {
      const input = sample();
      const target = '/sys/kernel/quota-check-test.xlsx';
      const run = runWritingNothing([input, '--out', target], [tmp.current().path]);
      expectChineseFailure(run, ['没有在文件夹', '/sys/kernel', '权限']);
      expect(existsSync(target)).toBe(false);
      expect(strayTemporaries('/sys/kernel')).toEqual([]);
    },
  );

  test('with --lang en-US the sentence is in English', () => {
    const input = sample();
    const target = tmp.current().file(join('missing', 'copy.xlsx'));
    const run = runWritingNothing([input, '--out', target, '--lang', 'en-US'], [tmp.current().path]);
    const line = expectFailure(run, ['folder', 'missing', 'does not exist']);
    expect(line).not.toMatch(/\p{Script=Han}/u);
    expect(line).toMatch(/^[\x20-\x7e]+$/u);
  });

  test('with --lang en-US, --clear on a workbook never marked', () => {
    const input = sample();
    const run = runWritingNothing(
      [input, '--clear', '--out', tmp.current().file('c.xlsx'), '--lang', 'en-US'],
      [tmp.current().path],
    );
    const line = expectFailure(run, ['no check marks', 'no file was written']);
    expect(line).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('content ExcelJS cannot keep (the --out case is in test/xlsx/lost-parts.test.ts)', () => {
  const PIVOT_NOTE = '注意：原工作簿含有本工具无法保留的内容（数据透视表）';

  /** The sample with a pivot table part added to its package. */
  async function withPivotTable(from: string, name: string): Promise<string> {
    const zip = await JSZip.loadAsync(readFileSync(from));
    zip.file(
      'xl/pivotTables/pivotTable1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="数据透视表1"/>',
    );
    return tmp.current().write(name, await zip.generateAsync({ type: 'uint8array' }));
  }

  test('the plain sample gets no such sentence', async () => {
    const copy = tmp.current().file('copy.xlsx');
    const run = spawnCli([sample(), '--out', copy]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const report = (await openWorkbook(copy)).getWorksheet(REPORT);
    const heading = headingLines(report!);
    expect(heading.length).toBeGreaterThan(2);
    expect(heading.some((line) => line.includes('无法保留'))).toBe(false);
  });

  test('--clear says it on stderr too', async () => {
    const { copy } = markedCopy();
    const marked = await withPivotTable(copy, 'marked-with-pivot.xlsx');
    const run = spawnCli([marked, '--clear', '--out', tmp.current().file('cleared.xlsx')]);
    expect(run.status).toBe(0);
    expect(run.stderr.startsWith(PIVOT_NOTE)).toBe(true);
    expect(run.stdout.startsWith(CLEARED_NOTICE)).toBe(true);
  });
});
