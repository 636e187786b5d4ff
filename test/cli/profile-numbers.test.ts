import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { useTempDir } from '../helpers/cli-inputs';
import { ROOT, spawnCli } from '../helpers/spawn-cli';
import { validUscc } from '../helpers/uscc';
import { xlsxBytes } from '../helpers/xlsx';

const BUNDLED = join(ROOT, 'src', 'core', 'profiles', 'miit-ai-2021.json');

/** Another call's profile (DESIGN.md: a new call is a new profile file): the bundled one with other numbers. */
const otherCall = () => {
  const profile = JSON.parse(readFileSync(BUNDLED, 'utf8')) as Record<string, unknown>;
  return {
    ...profile,
    id: 'other-call',
    unitLimit: 2,
    directionsExpected: 12,
    caps: { ...(profile.caps as object), province: 10 },
    finalistsPerDirection: 4,
  };
};

/** A city's sheet: one applicant with four projects, the last in a direction no list knows. */
const workbookBytes = () =>
  xlsxBytes((workbook) => {
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['推荐单位（盖章）：武汉市经济和信息化局']);
    sheet.addRow(['序号', '申报单位', '统一社会信用代码', '项目名称', '所属类别', '揭榜方向']);
    for (const i of [1, 2, 3, 4])
      sheet.addRow([
        i,
        '武汉甲科技有限公司',
        validUscc(1),
        `甲项目${i}`,
        '核心基础',
        i === 4 ? '语音芯片' : '智能传感器',
      ]);
  });

const tmp = useTempDir();

async function inputs(profile?: object): Promise<string[]> {
  const file = tmp.current().write('推荐表.xlsx', await workbookBytes());
  return profile ? [file, '--profile', tmp.current().write('profile.json', JSON.stringify(profile))] : [file];
}

const textOf = (args: string[], lang: string) => {
  const run = spawnCli([...args, '--lang', lang]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  return run.stdout;
};

describe('the words of the report state the profile’s numbers', () => {
  test('in Chinese: the rules’ headings, the type reason and the note on directions', async () => {
    const text = textOf(await inputs(otherCall()), 'zh-CN');
    expect(text).toContain('【每个主体申报不超过2个项目】unit-over-limit');
    expect(text).toContain('【揭榜方向不在12个细化方向之中】direction-unknown');
    expect(text).toContain('“武汉市”属湖北省，没有单独指标，计入湖北省的 10 项');
    expect(text).toContain('每个揭榜方向原则上入围不超过 4 家');
    expect(text).not.toMatch(/不超过3个|18个|的 15 项|5 家/u);
  });

  test('in English', async () => {
    const text = textOf(await inputs(otherCall()), 'en-US');
    expect(text).toContain('[At most 2 projects per applicant (每个主体申报不超过2个项目)] unit-over-limit');
    expect(text).toContain('[Direction not among the 12] direction-unknown');
    expect(text).toContain("feeds the province's 10)");
    expect(text).toContain('at most 4 per direction');
    expect(text).not.toMatch(/At most 3|the 18|province's 15|at most 5/u);
  });

  test('in the JSON report’s type reason', async () => {
    const run = spawnCli([...(await inputs(otherCall())), '--json']);
    const report = JSON.parse(run.stdout) as { summary: { recommenders: { typeReason?: string }[] } };
    expect(report.summary.recommenders.map((r) => r.typeReason)).toEqual([
      '“武汉市”属湖北省，没有单独指标，计入湖北省的 10 项',
    ]);
  });

  test('in the marked copy: the report sheet’s rule names and the notes of the rows', async () => {
    const copy = tmp.current().file('copy.xlsx');
    expect(spawnCli([...(await inputs(otherCall())), '--out', copy]).status).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(copy);
    const report = workbook.getWorksheet('校验报告')!;
    const names: string[] = [];
    const heading: string[] = [];
    report.eachRow((row) => {
      names.push(String(row.getCell(4).value));
      heading.push(String(row.getCell(1).value));
    });
    expect(names).toContain('每个主体申报不超过2个项目');
    expect(names).toContain('揭榜方向不在12个细化方向之中');
    expect(names.join('\n')).not.toMatch(/不超过3个|18个/u);
    expect(heading.find((line) => line.startsWith('武汉市经济和信息化局'))).toContain('计入湖北省的 10 项');
    expect(workbook.getWorksheet('Sheet1')!.getCell('A3').note).toContain(
      '【错误】B 列：每个主体申报不超过2个项目',
    );
  });

  test('a profile that states no finalists per direction gets no note of them', async () => {
    const profile = { ...otherCall(), finalistsPerDirection: undefined };
    expect(textOf(await inputs(profile), 'zh-CN')).not.toContain('入围');
    expect(textOf(await inputs(profile), 'en-US')).not.toContain('per direction');
  });

  test('the bundled profile keeps the notice’s words', async () => {
    const zh = textOf(await inputs(), 'zh-CN');
    expect(zh).toContain('【每个主体申报不超过3个项目】unit-over-limit');
    expect(zh).toContain('【揭榜方向不在18个细化方向之中】direction-unknown');
    expect(zh).toContain('计入湖北省的 15 项');
    expect(zh).toContain('  注：每个揭榜方向原则上入围不超过 5 家，由工业和信息化部遴选，不是推荐限额。');
    const en = textOf(await inputs(), 'en-US');
    expect(en).toContain('[At most 3 projects per applicant (每个主体申报不超过3个项目)] unit-over-limit');
    expect(en).toContain('[Direction not among the 18] direction-unknown');
    expect(en).toContain("feeds the province's 15)");
    expect(en).toContain(
      '  Note: the ministry selects at most 5 per direction; that is no cap on recommenders.',
    );
  });
});
