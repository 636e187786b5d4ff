import fc from 'fast-check';
import { withOwnRow, type RowRef } from '../../src/core/row-ref';

/** Rows of a few sheets in reading order: sheet by sheet as they first appear, each sheet's rows ascending. */
const readingOrder = fc
  .uniqueArray(
    fc.record({ sheet: fc.constantFrom('南山区', '福田区', '宝安区'), row: fc.integer({ min: 2, max: 60 }) }),
    { selector: ({ sheet, row }) => `${sheet}/${row}`, minLength: 1, maxLength: 30 },
  )
  .map((refs): RowRef[] => {
    const sheets = [...new Set(refs.map(({ sheet }) => sheet))];
    return [...refs].sort((a, b) => sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet) || a.row - b.row);
  });

describe('withOwnRow', () => {
  test('puts the own row among its sheet’s rows, that sheet first, then the others as given', () => {
    expect(
      withOwnRow({ sheet: '福田区', row: 3 }, [
        { sheet: '南山区', row: 2 },
        { sheet: '南山区', row: 5 },
        { sheet: '福田区', row: 2 },
        { sheet: '福田区', row: 4 },
      ]),
    ).toEqual([
      { sheet: '福田区', row: 2 },
      { sheet: '福田区', row: 3 },
      { sheet: '福田区', row: 4 },
      { sheet: '南山区', row: 2 },
      { sheet: '南山区', row: 5 },
    ]);
  });

  test('lists every row once, the own sheet’s first and in order, the others in their order', () => {
    fc.assert(
      fc.property(readingOrder, fc.nat(), (rows, pick) => {
        const own = rows[pick % rows.length]!;
        const listed = withOwnRow(
          own,
          rows.filter((ref) => ref !== own),
        );
        const ownSheet = rows.filter((ref) => ref.sheet === own.sheet);
        expect(listed).toEqual([...ownSheet, ...rows.filter((ref) => ref.sheet !== own.sheet)]);
      }),
    );
  });
});
