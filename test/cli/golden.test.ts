import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, spawnCli } from '../helpers/spawn-cli';

const dir = join(ROOT, 'test', 'fixtures', 'golden');

interface Expected {
  description: string;
  args: string[];
  exit: number;
  findings: [string, string, number, string | null, string][];
  recommenders: Record<string, unknown>[];
  texts?: Record<string, string>;
  hidden?: string[];
}

interface ReportFinding {
  rule: string;
  severity: string;
  sheet: string;
  row: number;
  column: string | null;
  hidden: boolean;
  message: string;
  values: Record<string, unknown>;
}

const cases = readdirSync(dir).filter((name) => name.endsWith('.expected.json'));

describe.each(cases)('golden workbook %s', (name) => {
  const expected = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Expected;
  const workbook = join(dir, name.replace('.expected.json', '.xlsx'));
  const run = spawnCli([workbook, '--json', ...expected.args]);
  const report = JSON.parse(run.stdout) as {
    findings: ReportFinding[];
    summary: { recommenders: unknown[] };
  };

  test(`exits ${expected.exit}: ${expected.description}`, () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(expected.exit);
  });

  test('has exactly the expected findings', () => {
    const tuples = report.findings.map((f) => [f.rule, f.sheet, f.row, f.column, f.severity]);
    expect(tuples).toEqual(expected.findings);
  });

  test('has the expected recommenders', () => {
    expect(report.summary.recommenders).toMatchObject(expected.recommenders);
  });

  if (expected.texts) {
    test('reports the text as Excel displays it', () => {
      for (const [where, text] of Object.entries(expected.texts ?? {})) {
        const [sheet, cell] = where.split('!');
        const finding = report.findings.find((f) => f.sheet === sheet && `${f.column}${f.row}` === cell);
        expect(finding?.values.text).toBe(text);
      }
    });
  }

  if (expected.hidden) {
    test('says which findings sit on hidden rows', () => {
      const hidden = report.findings.filter((f) => f.hidden).map((f) => `${f.sheet}!${f.row}`);
      expect(hidden).toEqual(expected.hidden);
    });
  }
});
