import type { Entry } from '../../../src/core/table/entry';
import { cellsAt } from '../../../src/core/table/entry';
import { perRow } from '../../../src/core/table/per-row';

const row = (index: number): Entry => ({
  sheet: 'S',
  row: index + 2,
  index,
  hidden: false,
  cells: cellsAt([]),
});

describe('perRow', () => {
  test('works a row out once, however often it is asked for, and only the rows asked for', () => {
    const worked: number[] = [];
    const of = perRow(3, (entry) => {
      worked.push(entry.index);
      return { row: entry.row };
    });
    const [first, , third] = [row(0), row(1), row(2)];
    const answer = of(first);
    expect(of(first)).toBe(answer);
    expect(of(third)).toEqual({ row: 4 });
    expect(of(third)).toEqual({ row: 4 });
    expect(worked).toEqual([0, 2]);
  });

  test('keeps nothing for a row with no place among the checked ones (a template example row)', () => {
    let calls = 0;
    const of = perRow(1, () => ++calls);
    const example = row(-1);
    expect([of(example), of(example)]).toEqual([1, 2]);
    expect(of(row(0))).toBe(3);
    expect(of(row(0))).toBe(3);
  });
});
