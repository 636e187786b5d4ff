import { jsonReportText } from '../../src/cli/json-report';
import { writeInPieces } from '../../src/cli/cli-output';
import { RELATED_NAMED } from '../../src/core/rules/rule';
import { checkGrid } from '../helpers/findings';
import { distinctRow, HEADER, sheet, workbook } from '../helpers/grid';

/** A sheet whose `rows` projects are all one unit's: each unit-over-limit finding names every other row. */
function oneUnit(rows: number) {
  const body = Array.from({ length: rows }, (_, i) =>
    distinctRow(i, [], { code: 0 }).map((cell, c) => (c === 1 ? '星河智算' : cell)),
  );
  return checkGrid(workbook(sheet('S', [HEADER, ...body])));
}

describe('the JSON report as text', () => {
  test.each([
    ['with findings', oneUnit(5)],
    ['without findings', checkGrid(workbook(sheet('S', [HEADER, distinctRow(0, [])])))],
  ])('is JSON laid out as JSON.stringify lays it out, %s', (_, result) => {
    const text = [...jsonReportText(result, 'zh-CN')].join('');
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    expect(JSON.parse(text).findings).toHaveLength(result.findings.length);
  });

  test('names the other rows of a unit over the limit once, in related, so that each finding grows with them once', () => {
    const report = JSON.parse([...jsonReportText(oneUnit(12), 'zh-CN')].join(''));
    const overLimit = report.findings.filter((f: { rule: string }) => f.rule === 'unit-over-limit');
    expect(overLimit).toHaveLength(12);
    for (const finding of overLimit) {
      expect([finding.related.length, finding.relatedCount]).toEqual([11, undefined]);
      expect(JSON.stringify(finding).match(/"row":/gu)).toHaveLength(12);
    }
  });

  test('names at most RELATED_NAMED other rows, counting them all, so that the report grows with the rows alone', () => {
    const rows = 3 * RELATED_NAMED;
    const report = JSON.parse([...jsonReportText(oneUnit(rows), 'zh-CN')].join(''));
    const overLimit = report.findings.filter((f: { rule: string }) => f.rule === 'unit-over-limit');
    expect(overLimit).toHaveLength(rows);
    for (const finding of overLimit) {
      expect([finding.related.length, finding.relatedCount]).toEqual([RELATED_NAMED, rows - 1]);
      expect(finding.related).not.toContainEqual({ sheet: 'S', row: finding.row });
      expect(finding.message).toContain(`共 ${rows} 行`);
    }
  });

  test('comes in pieces of one finding at most, so that a report past the longest string is still written', () => {
    const result = oneUnit(40);
    const pieces = [...jsonReportText(result, 'zh-CN')];
    expect(result.findings.filter((f) => f.rule === 'unit-over-limit')).toHaveLength(40);
    for (const piece of pieces) expect(piece.match(/"rule": /gu)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('writeInPieces', () => {
  test('writes the pieces whole and in order, gathered into few writes', async () => {
    const writes: string[] = [];
    const pieces = Array.from({ length: 3000 }, (_, i) => `${i}`.padStart(1000, '.'));
    await writeInPieces((text) => void writes.push(text), pieces);
    expect(writes.join('')).toBe(pieces.join(''));
    expect(writes.length).toBe(3);
  });

  test('writes nothing for nothing', async () => {
    const writes: string[] = [];
    await writeInPieces((text) => void writes.push(text), []);
    expect(writes).toEqual([]);
  });

  test('makes no write before the reader has taken the one before', async () => {
    const pieces = Array.from({ length: 3000 }, (_, i) => `${i}`.padStart(1000, '.'));
    const writes: string[] = [];
    const taken: (() => void)[] = [];
    const done = writeInPieces(
      (text) =>
        new Promise<void>((resolve) => {
          writes.push(text);
          taken.push(resolve);
        }),
      pieces,
    );
    for (let write = 1; write <= 3; write++) {
      await new Promise(setImmediate);
      expect(writes).toHaveLength(write);
      taken[write - 1]?.();
    }
    await done;
    expect(writes.join('')).toBe(pieces.join(''));
  });
});
