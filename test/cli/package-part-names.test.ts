import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { SAMPLE, useTempDir } from '../helpers/cli-inputs';
import { expectChineseFailure } from '../helpers/cli-failure';
import { spawnCli } from '../helpers/spawn-cli';
import { sheetNamesOf } from '../helpers/xlsx';

/**
 * Packages that programs other than Excel write, whose relationships spell a part otherwise than its zip entry (any
 * case, `./`, `../`), as Excel and WPS read them: every sheet checked and kept in the copy, or the command refuses.
 */

const tmp = useTempDir();

/** The sample (its tabs 填表说明, 南山区, 福田区) with its package rewritten by `edit`, written to the temp dir. */
async function editedSample(name: string, edit: (zip: JSZip) => Promise<void>): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE.workbook));
  await edit(zip);
  return tmp.current().write(name, await zip.generateAsync({ type: 'uint8array' }));
}

const RELS = 'xl/_rels/workbook.xml.rels';

const retarget = (from: string, to: string) => async (zip: JSZip) => {
  zip.file(RELS, (await zip.file(RELS)!.async('string')).replace(`Target="${from}"`, `Target="${to}"`));
};

const renameEntry = (from: string, to: string) => async (zip: JSZip) => {
  zip.file(to, await zip.file(from)!.async('uint8array'));
  zip.remove(from);
};

/** The findings of a `--json` check, as (rule, sheet, row, column, severity), in a fixed order. */
function places(file: string): string[] {
  const run = spawnCli([file, '--json']);
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as {
    findings: { rule: string; sheet: string; row: number; column: string | null; severity: string }[];
  };
  return report.findings.map((f) => JSON.stringify([f.rule, f.sheet, f.row, f.column, f.severity])).sort();
}

async function copyTabs(copy: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(copy));
  return sheetNamesOf(await zip.file('xl/workbook.xml')!.async('string'));
}

describe('a sheet whose relationship spells its part otherwise than the zip entry', () => {
  test.each([
    ['another case in the entry', renameEntry('xl/worksheets/sheet3.xml', 'xl/worksheets/Sheet3.xml')],
    ['./ in the target', retarget('worksheets/sheet3.xml', './worksheets/sheet3.xml')],
    ['../ in the target', retarget('worksheets/sheet3.xml', '../xl/worksheets/sheet3.xml')],
    ['the shared strings in another case', renameEntry('xl/sharedStrings.xml', 'xl/SharedStrings.xml')],
  ])('%s: checked as the sample is, and kept in the marked copy', async (_, edit) => {
    const file = await editedSample('推荐汇总表.xlsx', edit);
    const expected = places(tmp.current().copy(SAMPLE.workbook, 'sample.xlsx'));
    expect(expected.some((place) => place.includes('"福田区"'))).toBe(true);
    expect(places(file)).toEqual(expected);
    const copy = tmp.current().file('copy.xlsx');
    expect(spawnCli([file, '--out', copy]).status).toBe(1);
    expect((await copyTabs(copy)).slice(0, 3)).toEqual(['填表说明', '南山区', '福田区']);
  });
});

describe('a sheet whose part the package lacks', () => {
  test('is refused, naming the sheet, instead of checking the others and saying nothing of it', async () => {
    const file = await editedSample('推荐汇总表.xlsx', async (zip) => {
      zip.remove('xl/worksheets/sheet3.xml');
    });
    expectChineseFailure(spawnCli([file]), ['推荐汇总表.xlsx', '“福田区”', '重新下载']);
  });
});
