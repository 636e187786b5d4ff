import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PLANTED } from '../../scripts/make-sample';
import type { RuleId } from '../../src/core/finding';
import { defaultProfile, profileNumbers } from '../../src/core/profile';
import { messagesFor } from '../../src/i18n';
import { SAMPLE, useTempDir } from '../helpers/cli-inputs';
import { ROOT, spawnCli, type CliRun } from '../helpers/spawn-cli';
import { validUscc } from '../helpers/uscc';
import { xlsxBytes } from '../helpers/xlsx';

/** The parts of the JSON report (DESIGN.md, JSON report) that these tests read. */
interface Report {
  version: number;
  profile: string;
  valid: boolean;
  stats: { errors: number; warnings: number; rows: number };
  directionList: { complete: boolean; count: number; expected: number; source: string };
  winnersList?: { winners: number; titled: number; source: string };
  sheets: { name: string; hidden: boolean; headerRow: number; firstDataRow: number; lastDataRow: number }[];
  skippedSheets: { name: string; reason: string }[];
  findings: {
    rule: RuleId;
    severity: 'error' | 'warning';
    sheet: string;
    row: number;
    column: string | null;
    message: string;
    hidden: boolean;
    hiddenSheet?: true;
    related?: { sheet: string; row: number }[];
  }[];
  summary: {
    recommenders: {
      name: string;
      type: string;
      typeFrom: string;
      cap: number;
      counted: number;
      over: number;
    }[];
  };
}

type Tuple = [string, string, number, string | null, string];

const byTuple = (a: Tuple, b: Tuple): number =>
  a[0].localeCompare(b[0]) ||
  a[1].localeCompare(b[1]) ||
  a[2] - b[2] ||
  String(a[3]).localeCompare(String(b[3])) ||
  a[4].localeCompare(b[4]);

const reportTuples = (report: Report): Tuple[] =>
  report.findings.map((f): Tuple => [f.rule, f.sheet, f.row, f.column, f.severity]).sort(byTuple);

const plantedTuples = (keep: (p: (typeof PLANTED)[number]) => boolean = () => true): Tuple[] =>
  PLANTED.filter(keep)
    .map((p): Tuple => [p.rule, p.sheet, p.row, p.column, p.severity])
    .sort(byTuple);

/** Parses a `--json` run: the whole of stdout is the report, and nothing went to stderr. */
function reportOf(run: CliRun): Report {
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Report;
}

const tmp = useTempDir();

/** The sample and its winners list, copied into the test's temp dir. */
function sampleFiles(): { workbook: string; winners: string } {
  return {
    workbook: tmp.current().copy(SAMPLE.workbook, 'recommendation-sample.xlsx'),
    winners: tmp.current().copy(SAMPLE.winners, 'previous-winners-sample.csv'),
  };
}

describe('the bundled sample with --winners --json', () => {
  let run: CliRun;
  let report: Report;
  beforeEach(() => {
    const { workbook, winners } = sampleFiles();
    run = spawnCli([workbook, '--winners', winners, '--json']);
    report = reportOf(run);
  });

  test('exits 1 (errors found), with the report alone on stdout', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
    expect(run.stdout.trim().startsWith('{')).toBe(true);
    expect(run.stdout.trim().endsWith('}')).toBe(true);
    expect(report.version).toBe(1);
    expect(report.profile).toBe('miit-ai-2021');
    expect(report.valid).toBe(false);
  });

  test('finds exactly the planted problems', () => {
    expect(reportTuples(report)).toEqual(plantedTuples());
  });

  test('counts its errors and warnings in stats', () => {
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    expect(report.stats).toEqual({ errors, warnings: report.findings.length - errors, rows: 19 });
    expect(errors).toBe(PLANTED.filter((p) => p.severity === 'error').length);
  });

  test('reads 南山区 and 福田区 with the header at row 4, and skips 填表说明', () => {
    expect(report.sheets.map((s) => [s.name, s.headerRow])).toEqual([
      ['南山区', 4],
      ['福田区', 4],
    ]);
    expect(report.skippedSheets).toEqual([{ name: '填表说明', reason: 'no-table' }]);
  });

  test('says the direction list is the partial one of the profile', () => {
    expect(report.directionList).toEqual({ complete: false, count: 6, expected: 18, source: 'profile' });
  });

  test('says how many winners the list holds, and how many of them name their project', () => {
    expect(report.winnersList).toEqual({ winners: 5, titled: 5, source: 'file' });
    expect(reportOf(spawnCli([sampleFiles().workbook, '--json'])).winnersList).toBeUndefined();
  });

  test('counts the city as one planned-city recommender with a cap of 5', () => {
    expect(report.summary.recommenders).toHaveLength(1);
    expect(report.summary.recommenders[0]).toMatchObject({
      type: 'planned-city',
      cap: 5,
      counted: 10,
      over: 5,
    });
  });

  test('gives every finding a sentence', () => {
    for (const finding of report.findings) expect(finding.message.trim()).not.toBe('');
  });
});

describe('the report for people', () => {
  test('puts the verdict first, then the rules and cells of the findings', () => {
    const { workbook, winners } = sampleFiles();
    const report = reportOf(spawnCli([workbook, '--winners', winners, '--json']));
    const run = spawnCli([workbook, '--winners', winners]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const { errors, warnings } = report.stats;
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`发现 ${errors} 个错误、${warnings} 个警告。`);
    const zh = messagesFor('zh-CN');
    for (const rule of new Set(report.findings.map((f) => f.rule))) {
      expect(run.stdout).toContain(zh.rules[rule].name(profileNumbers(defaultProfile())));
      expect(run.stdout).toContain(rule);
    }
    expect(run.stdout).toContain('福田区 I6、I7、I8、I9、I10');
    // A finding is placed where its cell is written: a merged cell's at its top row, naming its own row. Places
    // that one sentence is said of share a line.
    for (const f of report.findings)
      expect(run.stdout).toMatch(
        new RegExp(
          `${f.sheet} (?:\\S+、)*(?:${f.column ?? ''}${f.row}|${f.column}\\d+（第 ${f.row} 行）)[、 ]`,
          'u',
        ),
      );
    expect(run.stdout).toContain('南山区 B6、B6（第 7 行）');
    expect(() => JSON.parse(run.stdout) as unknown).toThrow();
  });

  test('is in English with --lang en-US', () => {
    const { workbook, winners } = sampleFiles();
    const report = reportOf(spawnCli([workbook, '--winners', winners, '--json', '--lang', 'en-US']));
    const run = spawnCli([workbook, '--winners', winners, '--lang', 'en-US']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const first = run.stdout.split('\n')[0] ?? '';
    expect(first.startsWith('Found')).toBe(true);
    expect(first).toBe(`Found ${report.stats.errors} errors and ${report.stats.warnings} warnings.`);
    expect(run.stdout).toContain('福田区 I6, I7, I8, I9, I10');
  });
});

describe('the input file is never written', () => {
  function fingerprint(path: string): { sha256: string; mtimeNs: bigint; size: number } {
    const stat = statSync(path, { bigint: true });
    return {
      sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
      mtimeNs: stat.mtimeNs,
      size: Number(stat.size),
    };
  }

  test.each([
    ['with --json', ['--json']],
    ['without --json', []],
    ['with --json --lang en-US', ['--json', '--lang', 'en-US']],
  ])('%s', (_name, extra) => {
    const { workbook, winners } = sampleFiles();
    const before = { workbook: fingerprint(workbook), winners: fingerprint(winners) };
    const listing = readdirSync(tmp.current().path).sort();
    const run = spawnCli([workbook, '--winners', winners, ...extra]);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toBe('');
    expect({ workbook: fingerprint(workbook), winners: fingerprint(winners) }).toEqual(before);
    expect(readdirSync(tmp.current().path).sort()).toEqual(listing);
  });
});

describe('--help', () => {
  test.each([['--help'], ['-h']])('%s prints the usage and exits 0', (flag) => {
    const run = spawnCli([flag]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('用法');
    expect(run.stdout).toContain('quota-check');
    for (const option of [
      '--sheet',
      '--recommender-type',
      '--winners',
      '--directions',
      '--profile',
      '--json',
      '--lang',
    ]) {
      expect(run.stdout).toContain(option);
    }
  });

  test('in English with --lang en-US', () => {
    const run = spawnCli(['--help', '--lang', 'en-US']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Usage');
    expect(run.stdout).not.toContain('用法');
  });
});

describe('--version', () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

  test.each([[['--version']], [['--version', '--lang', 'en-US']], [['推荐汇总表.xlsx', '--version']]])(
    '%j prints the version of package.json and exits 0',
    (args) => {
      const run = spawnCli(args);
      expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
        status: 0,
        stdout: `quota-check ${version}\n`,
        stderr: '',
      });
    },
  );

  test.each([['zh-CN'], ['en-US']])('--help in %s lists it', (lang) => {
    expect(spawnCli(['--help', '--lang', lang]).stdout).toContain('--version');
  });
});

describe('--directions', () => {
  test('a complete list makes the direction check an error', () => {
    const { workbook, winners } = sampleFiles();
    const lines = [
      '# 申报指南的揭榜方向（测试用）',
      '高性能云端人工智能芯片',
      '核心基础\t高性能边缘端/终端计算人工智能芯片',
      '智能传感器',
      '核心基础\t终端人工智能推断框架',
      '重点产品\t机器翻译系统',
      '公共支撑\t人工智能训练资源库',
      '',
      ...Array.from({ length: 12 }, (_, i) => {
        const name = `测试方向${i + 1}`;
        return i % 3 === 0 ? `重点产品\t${name}` : name;
      }),
    ];
    const directions = tmp.current().write('directions.txt', lines.join('\r\n') + '\r\n');
    const before = reportOf(spawnCli([workbook, '--winners', winners, '--json']));
    const run = spawnCli([workbook, '--winners', winners, '--directions', directions, '--json']);
    const report = reportOf(run);
    expect(run.status).toBe(1);
    expect(report.directionList).toEqual({ complete: true, count: 18, expected: 18, source: 'file' });

    const unknown = report.findings.filter((f) => f.rule === 'direction-unknown');
    expect(unknown.map((f) => [f.sheet, f.row, f.column, f.severity])).toEqual([
      ['福田区', 12, 'F', 'error'],
    ]);
    expect(unknown[0]?.message).toContain('机器翻译平台');
    expect(unknown[0]?.message).toContain('机器翻译系统');

    // Nothing else changes: the same findings, with direction-unknown now an error.
    const expected = plantedTuples().map((t): Tuple =>
      t[0] === 'direction-unknown' ? [t[0], t[1], t[2], t[3], 'error'] : t,
    );
    expect(reportTuples(report)).toEqual(expected.sort(byTuple));
    expect(report.stats.errors).toBe(before.stats.errors + 1);
    expect(report.stats.warnings).toBe(before.stats.warnings - 1);
  });
});

describe('a side list saved as an .xlsx under a .csv name', () => {
  test('is read as the workbook it is, not decoded as text', async () => {
    const directions = [
      ...defaultProfile().directions.map(({ name }) => name),
      ...Array.from({ length: 12 }, (_, i) => `测试方向${i + 1}`),
    ];
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('方向');
      sheet.addRow(['序号', '揭榜方向']);
      directions.forEach((name, i) => sheet.addRow([i + 1, name]));
    });
    const list = tmp.current().write('directions.csv', bytes);
    const report = reportOf(spawnCli([sampleFiles().workbook, '--directions', list, '--json']));
    expect(report.directionList).toEqual({ complete: true, count: 18, expected: 18, source: 'file' });
  });
});

describe('--recommender-type province', () => {
  test.each(['province', '省、自治区、直辖市'])(
    '%s raises the cap to 15 and removes the quota-exceeded findings',
    (type) => {
      const { workbook, winners } = sampleFiles();
      const run = spawnCli([workbook, '--winners', winners, '--recommender-type', type, '--json']);
      const report = reportOf(run);
      expect(run.status).toBe(1);
      expect(report.summary.recommenders).toHaveLength(1);
      expect(report.summary.recommenders[0]).toMatchObject({
        type: 'province',
        typeFrom: 'option',
        cap: 15,
        counted: 10,
        over: 0,
      });
      expect(report.findings.filter((f) => f.rule === 'quota-exceeded')).toEqual([]);
      expect(reportTuples(report)).toEqual(plantedTuples((p) => p.rule !== 'quota-exceeded'));
    },
  );
});

describe('a recommender whose type cannot be told (中国铁塔股份有限公司, a national company without 集团 on no list)', () => {
  /** Four projects under the line, within a province's assumed 15, over a central group's 3. */
  async function stateGrid(): Promise<string> {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.addRow(['推荐单位（盖章）：中国铁塔股份有限公司']);
      sheet.addRow(['序号', '申报单位', '统一社会信用代码', '项目名称', '所属类别', '揭榜方向', '联系电话']);
      for (const i of [1, 2, 3, 4])
        sheet.addRow([
          i,
          `国网${i}号科技有限公司`,
          validUscc(i),
          `项目${i}`,
          '核心基础',
          '智能传感器',
          '13912345678',
        ]);
    });
    return tmp.current().write('state-grid.xlsx', bytes);
  }

  test('is said next to the verdict, with the cap assumed and how to correct it, with no error made up', async () => {
    const run = spawnCli([await stateGrid()]);
    const lines = run.stdout.split('\n');
    expect(lines[1]).toBe(
      '注意：无法判断推荐单位“中国铁塔股份有限公司”的类型，已暂按省级 15 项计；请核实，或用 --recommender-type 指明类型。',
    );
    expect(run.stdout).not.toContain('所在省份');
    expect(run.stdout).not.toContain('[错误]');
  });

  test('is listed in the JSON report, and the recommender marked unverified', async () => {
    const run = spawnCli([await stateGrid(), '--json', '--lang', 'en-US']);
    const report = JSON.parse(run.stdout) as Report & {
      recommenderTypeUnknown: { name: string; cap: number; message: string }[];
      summary: { recommenders: { unverified: boolean; capOf: string }[] };
    };
    expect(report.recommenderTypeUnknown).toEqual([
      { name: '中国铁塔股份有限公司', cap: 15, message: expect.stringContaining('--recommender-type') },
    ]);
    expect(report.summary.recommenders).toMatchObject([
      { name: '中国铁塔股份有限公司', typeFrom: 'default', unverified: true, capOf: 'own' },
    ]);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('is no longer said once the officer gives the type, which then decides the cap', async () => {
    const run = spawnCli([await stateGrid(), '--recommender-type', 'central', '--json']);
    const report = JSON.parse(run.stdout) as Report & { recommenderTypeUnknown?: unknown };
    expect(report.recommenderTypeUnknown).toBeUndefined();
    expect(reportTuples(report)).toContainEqual(['quota-exceeded', 'Sheet1', 6, 'D', 'error']);
  });
});

/** The columns of the sheets the tests below build, 所属类别 before 揭榜方向 as the sample writes them. */
const SHEET_HEADER = ['序号', '申报单位', '统一社会信用代码', '项目名称', '所属类别', '揭榜方向', '联系电话'];

describe('a 深圳 sheet of eight ranked rows, four of one unit, the ranks numbered as a list', () => {
  /** Rows 3–10 under the bureau's line, ranked 1–8 as `spell` writes each rank; rows 3–6 are one unit's. */
  async function rankedSheet(spell: (rank: number) => string): Promise<string> {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.addRow(['推荐单位（盖章）：深圳市工业和信息化局']);
      sheet.addRow([...SHEET_HEADER, '推荐排序']);
      for (const rank of [1, 2, 3, 4, 5, 6, 7, 8]) {
        const unit = rank <= 4 ? 0 : rank;
        const row = [
          rank,
          `深圳${unit}号科技有限公司`,
          validUscc(unit),
          `项目${rank}`,
          '核心基础',
          '智能传感器',
        ];
        sheet.addRow([...row, '13912345678', spell(rank)]);
      }
    });
    return tmp.current().write('ranked.xlsx', bytes);
  }

  test.each<[string, (rank: number) => string]>([
    ['（1）…（8）', (rank) => `（${rank}）`],
    ['1、…8、', (rank) => `${rank}、`],
  ])(
    'ranked %s counts all eight: the three past the cap and the unit’s four are errors',
    async (_, spell) => {
      const run = spawnCli([await rankedSheet(spell), '--json']);
      const report = reportOf(run);
      expect(run.status).toBe(1);
      expect(report.summary.recommenders).toMatchObject([{ cap: 5, counted: 8, over: 3 }]);
      expect(reportTuples(report)).toEqual([
        ['quota-exceeded', 'Sheet1', 8, 'H', 'error'],
        ['quota-exceeded', 'Sheet1', 9, 'H', 'error'],
        ['quota-exceeded', 'Sheet1', 10, 'H', 'error'],
        ['unit-over-limit', 'Sheet1', 3, 'B', 'error'],
        ['unit-over-limit', 'Sheet1', 4, 'B', 'error'],
        ['unit-over-limit', 'Sheet1', 5, 'B', 'error'],
        ['unit-over-limit', 'Sheet1', 6, 'B', 'error'],
      ]);
    },
  );
});

describe('a hidden sheet', () => {
  test('is said to be hidden in the sheets read, the JSON report and each of its findings', async () => {
    const input = tmp.current().write(
      'hidden-sheet.xlsx',
      await xlsxBytes((workbook) => {
        const visible = workbook.addWorksheet('宁波市');
        visible.addRows([
          SHEET_HEADER,
          [1, '宁波甲科技有限公司', validUscc(1), '项目一', '核心基础', '智能传感器', '13912345678'],
        ]);
        const hidden = workbook.addWorksheet('鄞州区', { state: 'hidden' });
        hidden.addRows([
          SHEET_HEADER,
          [1, '宁波乙科技有限公司', '9133020', '项目二', '核心基础', '智能传感器', '13912345678'],
        ]);
      }),
    );
    const text = spawnCli([input]).stdout.split('\n');
    expect(text).toContain('  鄞州区（已隐藏的工作表）：表头在第 1 行，共 1 个项目');
    expect(text).toContain('  宁波市：表头在第 1 行，共 1 个项目');
    expect(text.find((line) => line.includes('鄞州区 C2'))).toMatch(/（该工作表已隐藏，但仍会随表上报）$/u);
    expect(spawnCli([input, '--lang', 'en-US']).stdout).toContain(
      '  鄞州区 (hidden sheet): header at row 1, 1 project\n',
    );
    const report = JSON.parse(spawnCli([input, '--json']).stdout) as Report;
    expect(report.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['宁波市', false],
      ['鄞州区', true],
    ]);
    expect(report.findings.map((f) => [f.sheet, f.row, f.column, f.hidden, f.hiddenSheet])).toEqual([
      ['鄞州区', 2, 'C', true, true],
    ]);
  });
});

describe('--sheet', () => {
  test('--sheet 南山区 checks only that sheet', () => {
    const { workbook, winners } = sampleFiles();
    const run = spawnCli([workbook, '--winners', winners, '--sheet', '南山区', '--json']);
    const report = reportOf(run);
    expect(run.status).toBe(1);
    expect(report.sheets.map((s) => s.name)).toEqual(['南山区']);
    expect(report.skippedSheets).toEqual([]);
    expect(report.stats.rows).toBe(9);
    for (const f of report.findings) {
      expect(f.sheet).toBe('南山区');
      for (const ref of f.related ?? []) expect(ref.sheet).toBe('南山区');
    }
    // The planted problems of 南山区 that need no row of 福田区.
    const acrossSheets = new Set<string>([
      'unit-over-limit',
      'duplicate-project',
      'similar-project',
      'uscc-conflict',
    ]);
    expect(reportTuples(report)).toEqual(
      plantedTuples((p) => p.sheet === '南山区' && !acrossSheets.has(p.rule)),
    );
    expect(report.summary.recommenders[0]).toMatchObject({
      type: 'planned-city',
      cap: 5,
      counted: 5,
      over: 0,
    });
  });
});
