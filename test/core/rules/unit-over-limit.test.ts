import fc from 'fast-check';
import { findingsOf, checkGrid } from '../../helpers/findings';
import { projectSheet, workbook, type ProjectRow } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

const A = validUscc(1);
const B = validUscc(2);

describe('unit-over-limit', () => {
  describe('flags', () => {
    test('for every row of a unit with four projects', () => {
      const rows: ProjectRow[] = [1, 2, 3, 4].map((n) => ['星河智算', A, `项目${n}号`]);
      expect(findingsOf('unit-over-limit', workbook(projectSheet('S', rows)))).toEqual([
        ['unit-over-limit', 'S', 2, 'B', 'error'],
        ['unit-over-limit', 'S', 3, 'B', 'error'],
        ['unit-over-limit', 'S', 4, 'B', 'error'],
        ['unit-over-limit', 'S', 5, 'B', 'error'],
      ]);
    });

    test('for a unit counted across two sheets', () => {
      const grid = workbook(
        projectSheet('南山区', [
          ['星河智算', A, '甲'],
          ['星河智算', A, '乙'],
        ]),
        projectSheet('福田区', [
          ['星河智算', A, '丙'],
          ['星河智算', A, '丁'],
        ]),
      );
      expect(findingsOf('unit-over-limit', grid).map(([, sheet, row]) => `${sheet}${row}`)).toEqual([
        '南山区2',
        '南山区3',
        '福田区2',
        '福田区3',
      ]);
    });

    test('for the same unit written with full-width brackets and spaces, without a code', () => {
      const names = [
        '华科智能（北京）科技有限公司',
        '华科智能(北京)科技有限公司',
        ' 华科智能【北京】科技有限公司',
        '华科智能（北京）科技有限公司\u3000',
      ];
      const rows: ProjectRow[] = names.map((name, i) => [name, '', `项目${i}`]);
      expect(findingsOf('unit-over-limit', workbook(projectSheet('S', rows)))).toHaveLength(4);
    });

    test('for rows whose code is blank but whose name has one code elsewhere', () => {
      const rows: ProjectRow[] = [
        ['星河智算', A, '甲'],
        ['星河智算', A, '乙'],
        ['星河智算', A, '丙'],
        ['星河智算', '', '丁'],
      ];
      expect(findingsOf('unit-over-limit', workbook(projectSheet('S', rows)))).toHaveLength(4);
    });

    test('and lists every row of the unit in the finding', () => {
      const rows: ProjectRow[] = [1, 2, 3, 4].map((n) => ['星河智算', A, `项目${n}`]);
      const finding = checkGrid(workbook(projectSheet('S', rows))).findings.find(
        (f) => f.rule === 'unit-over-limit',
      );
      expect(finding?.values).toMatchObject({ count: 4, limit: 3 });
      expect(finding?.related).toEqual([3, 4, 5].map((row) => ({ sheet: 'S', row })));
    });
  });

  describe('accepts', () => {
    test('for a unit with exactly three projects', () => {
      const rows: ProjectRow[] = [1, 2, 3].map((n) => ['星河智算', A, `项目${n}`]);
      expect(findingsOf('unit-over-limit', workbook(projectSheet('S', rows)))).toEqual([]);
    });

    test('for two units whose names differ only by the bracketed region', () => {
      const rows: ProjectRow[] = [
        ['华科智能（北京）科技有限公司', '', '甲'],
        ['华科智能（北京）科技有限公司', '', '乙'],
        ['华科智能（上海）科技有限公司', '', '丙'],
        ['华科智能（上海）科技有限公司', '', '丁'],
      ];
      expect(findingsOf('unit-over-limit', workbook(projectSheet('S', rows)))).toEqual([]);
    });

    test('for one name under two codes, which stays two units', () => {
      const rows: ProjectRow[] = [
        ['星河智算', A, '甲'],
        ['星河智算', A, '乙'],
        ['星河智算', B, '丙'],
        ['星河智算', B, '丁'],
      ];
      expect(findingsOf('unit-over-limit', workbook(projectSheet('S', rows)))).toEqual([]);
    });
  });

  test('row order never changes which units are over the limit', () => {
    const unitRows = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(unitRows, fc.infiniteStream(fc.double()), (units, noise) => {
        const rows: ProjectRow[] = units.map((u, i) => [`单位${u}`, validUscc(u + 100), `项目${i}`]);
        const overUnits = (list: ProjectRow[]) =>
          new Set(
            checkGrid(workbook(projectSheet('S', list)))
              .summary.units.filter((s) => s.over > 0)
              .map((s) => s.unit),
          );
        const shuffled = rows
          .map((row) => ({ row, key: noise.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ row }) => row);
        expect(overUnits(shuffled)).toEqual(overUnits(rows));
      }),
      { numRuns: 50 },
    );
  });
});
