import fc from 'fast-check';
import type { Finding } from '../../../src/core/finding';
import type { CellError } from '../../../src/core/grid';
import { FIELDS } from '../../../src/core/fields';
import { cellOf, cellsAt } from '../../../src/core/table/entry';
import { checkGrid, type FindingTuple } from '../../helpers/findings';
import {
  distinctRow,
  HEADER,
  projectSheet,
  sheet,
  workbook,
  type ProjectRow,
  type TestCell,
} from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

const NA: CellError = { error: '#N/A' };

/** Every finding of a check, as tuples. */
const allFindings = (grid: ReturnType<typeof workbook>): FindingTuple[] =>
  checkGrid(grid)
    .findings.map((f): FindingTuple => [f.rule, f.sheet, f.row, f.column, f.severity])
    .sort((a, b) => a[2] - b[2] || String(a[3]).localeCompare(String(b[3])) || a[0].localeCompare(b[0]));

const missing = (row: number, column: string): FindingTuple => [
  'required-missing',
  'S',
  row,
  column,
  'error',
];

/** Four rows of a unit whose name a VLOOKUP failed to find, on a sheet without a code column (the audit's t13b). */
const unitLookupFailed = workbook(
  sheet('S', [
    ['序号', '申报单位', '项目名称', '揭榜方向'],
    ...[0, 1, 2, 3].map((i) => [i + 1, NA, `项目${i}号`, '智能传感器']),
  ]),
);

const rows = (...projectRows: ProjectRow[]) => workbook(projectSheet('S', projectRows));

describe('fieldText', () => {
  describe('reads an error value as an empty cell, which only required-missing (and phone-invalid) reports', () => {
    test.each([
      [
        'the unit of four rows, not one unit of four projects',
        unitLookupFailed,
        [2, 3, 4, 5].map((r) => missing(r, 'B')),
      ],
      [
        'the unit of four rows with four codes, not one name under four codes',
        rows(...[0, 1, 2, 3].map((i): ProjectRow => [NA, validUscc(i), `项目${i}号`])),
        [2, 3, 4, 5].map((r) => missing(r, 'B')),
      ],
      ['a credit code, not a code of the wrong length', rows(['单位0', NA, '项目0号']), [missing(2, 'C')]],
      [
        'the title of two rows, not one project twice',
        rows(['单位0', validUscc(0), NA], ['单位1', validUscc(1), NA]),
        [missing(2, 'D'), missing(3, 'D')],
      ],
      [
        'a direction, not an unknown direction',
        rows(['单位0', validUscc(0), '项目0号', NA]),
        [missing(2, 'E')],
      ],
      [
        'a category, not one at odds with the direction',
        rows(['单位0', validUscc(0), '项目0号', '智能传感器', NA]),
        [],
      ],
    ])('for %s', (_, grid, expected) => {
      expect(allFindings(grid)).toEqual(expected);
    });

    test.each(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!'])('for %s', (error) => {
      const grid = rows(
        ...[0, 1, 2, 3].map((i): ProjectRow => [{ error }, validUscc(i), `项目${i}号`, { error }]),
      );
      expect(allFindings(grid)).toEqual([2, 3, 4, 5].flatMap((r) => [missing(r, 'B'), missing(r, 'E')]));
    });
  });

  describe('properties', () => {
    const pick = <T>(...values: T[]) => fc.constantFrom(...values);
    /** A row whose cells other than the title are drawn from small pools, so units, codes and titles repeat. */
    const row = fc.tuple(
      pick('星河智算', '云帆科技', '华科智能分公司'),
      pick(validUscc(1), validUscc(2), '9144030010000000X', '92440300MA5G8N2Y8'),
      pick('云端芯片研发', '边缘芯片研发', '机器翻译系统研发'),
      pick('智能传感器', '机器翻译系统', '不存在的方向'),
      pick('核心基础', '重点产品'),
      pick('13912345678', '83606658', 'abc'),
    );
    const error = pick('#N/A', '#REF!', '#VALUE!');
    /** Which of a row's unit, code, direction, category and phone cells hold an error value. */
    const failed = fc.array(fc.boolean(), { minLength: 5, maxLength: 5 });
    const sheetRows = fc.array(fc.tuple(row, failed, error), { minLength: 1, maxLength: 12 });

    /**
     * Findings without the error value a required-missing finding names, where a blank cell names none, and without
     * the phone-invalid finding of a phone that is an error value, where a blank phone has none.
     */
    const unnamed = (findings: readonly Finding[]) =>
      findings
        .filter((finding) => finding.rule !== 'phone-invalid' || finding.values.problem !== 'error-value')
        .map((finding) => {
          if (finding.rule !== 'required-missing') return finding;
          const values = { ...finding.values };
          delete values.errorValue;
          return { ...finding, values };
        });

    test('an error value anywhere but the title gives the findings and summary of a blank cell, naming it', () => {
      const built = (cells: [ProjectRow, boolean[], string][], failure: (error: string) => TestCell) =>
        rows(
          ...cells.map(([[unit, code, project, direction, category, phone], failedAt, error]): ProjectRow => {
            const [u, c, d, k, p] = [unit, code, direction, category, phone].map((cell, i) =>
              failedAt[i] ? failure(error) : cell,
            );
            return [u, c, project, d, k, p];
          }),
        );
      fc.assert(
        fc.property(sheetRows, (cells) => {
          const withErrors = checkGrid(built(cells, (error) => ({ error })));
          const withBlanks = checkGrid(built(cells, () => ''));
          expect(unnamed(withErrors.findings)).toEqual(withBlanks.findings);
          expect(withErrors.summary).toEqual(withBlanks.summary);
        }),
        { numRuns: 60 },
      );
    });
  });

  test('but a phone that is an error value is a phone gone wrong, named, not a malformed number', () => {
    const grid = rows(['单位0', validUscc(0), '项目0号', '智能传感器', '核心基础', NA]);
    expect(allFindings(grid)).toEqual([['phone-invalid', 'S', 2, 'G', 'warning']]);
    expect(checkGrid(grid).findings[0]?.values).toEqual({ phone: '#N/A', problem: 'error-value' });
  });

  test('but a rank that is an error value is a rank gone wrong, not a row left out', () => {
    const grid = workbook(sheet('S', [[...HEADER, '推荐排序'], distinctRow(0, [1]), distinctRow(1, [NA])]));
    expect(allFindings(grid)).toEqual([['rank-invalid', 'S', 3, 'H', 'error']]);
    expect(checkGrid(grid).findings[0]?.values).toEqual({ rank: '#N/A', problem: 'not-number' });
  });
});

describe('cellsAt', () => {
  test('puts each field’s cell under the field at its place in FIELDS, and nothing under the others', () => {
    const byPlace = FIELDS.map((field) => ({ value: field, text: field }));
    const cells = cellsAt(byPlace);
    expect(Object.keys(cells)).toEqual([...FIELDS]);
    for (const field of FIELDS) expect(cells[field]?.text).toBe(field);
    expect(Object.values(cellsAt([])).every((cell) => cell === undefined)).toBe(true);
  });
});

describe('cellOf', () => {
  test('gives each field’s own cell, and undefined for a field the row has no cell of', () => {
    const cells = cellsAt(FIELDS.map((field) => ({ value: field, text: field })));
    for (const field of FIELDS) expect(cellOf(cells, field)).toBe(cells[field]);
    const none = cellsAt([]);
    for (const field of FIELDS) expect(cellOf(none, field)).toBeUndefined();
  });
});
