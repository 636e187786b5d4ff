import fc from 'fast-check';
import { RELATED_NAMED, relatedRows } from '../../../src/core/rules/rule';
import type { Entry } from '../../../src/core/table/entry';

const entry = (row: number): Entry => ({ sheet: 'S', row, index: row - 2, hidden: false, cells: {} });

describe('relatedRows', () => {
  test('names the group’s first rows but the member, in order, and counts every other row', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 * RELATED_NAMED }), fc.nat(), (size, pick) => {
        const rows = Array.from({ length: size }, (_, i) => entry(i + 2));
        const member = rows[pick % size]!;
        const { refs, count } = relatedRows(rows, member);
        const others = rows.filter((row) => row !== member).map(({ sheet, row }) => ({ sheet, row }));
        expect(refs).toEqual(others.slice(0, RELATED_NAMED));
        expect(count).toBe(size - 1);
      }),
    );
  });

  test('names every row of a list without a member, up to the cap', () => {
    const rows = Array.from({ length: RELATED_NAMED + 3 }, (_, i) => entry(i + 2));
    expect(relatedRows(rows)).toEqual({
      refs: rows.slice(0, RELATED_NAMED).map(({ sheet, row }) => ({ sheet, row })),
      count: RELATED_NAMED + 3,
    });
  });
});
