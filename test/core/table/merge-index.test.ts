import fc from 'fast-check';
import type { MergeRange, SheetGrid } from '../../../src/core/grid';
import { MergeIndex } from '../../../src/core/table/merge-index';
import { sheet } from '../../helpers/grid';

describe('MergeIndex', () => {
  test('finds the merged area over every cell, the last one listed where areas overlap', () => {
    const merge = fc
      .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 6 }), fc.nat(3), fc.nat(3))
      .map(([top, left, down, across]): MergeRange => ({
        top,
        left,
        bottom: top + down,
        right: left + across,
      }));
    fc.assert(
      fc.property(fc.array(merge, { maxLength: 6 }), (merges) => {
        const grid: SheetGrid = sheet('S', [['甲', '乙'], ['丙']], { merges });
        const index = new MergeIndex(grid);
        for (let row = 1; row <= 12; row++) {
          for (let column = 1; column <= 10; column++) {
            const covering = merges.filter(
              (m) => m.top <= row && row <= m.bottom && m.left <= column && column <= m.right,
            );
            const expected = covering[covering.length - 1];
            expect(index.at(row, column)).toBe(expected);
            const from = expected ? [expected.top, expected.left] : [row, column];
            expect(index.cellShown(row, column)).toBe(grid.rows[from[0]! - 1]?.[from[1]! - 1]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
