import type { RecordedMark } from '../../src/workbook/mark-record';
import { renamedSheets } from '../../src/workbook/renamed-sheets';
import type { SheetRowKeys } from '../../src/workbook/row-keys';

const look = { fill: null, fontColor: null, note: null };
const mark = (sheet: string, row: number, key: string): RecordedMark => ({
  sheet,
  row,
  column: 2,
  key,
  original: look,
  mark: { fill: '#FFC7CE', fontColor: '#9C0006', noteDigest: '' },
});

/** A sheet's row keys from its rows' keys, row 2 first. */
function keysOf(...keys: string[]): SheetRowKeys {
  const keyAt = new Map(keys.map((key, i) => [i + 2, key]));
  const rowsOf = new Map<string, number[]>();
  keyAt.forEach((key, row) => rowsOf.set(key, [...(rowsOf.get(key) ?? []), row]));
  return { keyAt, rowsOf, columnOf: {} };
}

const MARKS = [
  mark('推荐表', 2, '甲|一'),
  mark('推荐表', 2, '甲|一'),
  mark('推荐表', 3, '乙|二'),
  mark('推荐表', 4, '丙|三'),
];

describe('renamedSheets', () => {
  test('finds the one sheet that holds most of the marked rows where they were', () => {
    const unrecorded = new Map([
      ['说明', keysOf()],
      ['推荐表（终稿）', keysOf('甲|一', '乙|二', '丁|四')],
    ]);
    expect([...renamedSheets(MARKS, ['推荐表'], unrecorded)]).toEqual([['推荐表', '推荐表（终稿）']]);
  });

  test.each([
    ['no sheet holds them', new Map([['说明', keysOf('甲|一')]])],
    ['only a third of them are in place', new Map([['推荐表（终稿）', keysOf('甲|一', '戊|五', '己|六')]])],
    [
      'two sheets hold them (the officer copied the sheet)',
      new Map([
        ['推荐表（终稿）', keysOf('甲|一', '乙|二', '丙|三')],
        ['推荐表 (2)', keysOf('甲|一', '乙|二', '丙|三')],
      ]),
    ],
  ])('finds no new name where %s', (_, unrecorded) => {
    expect(renamedSheets(MARKS, ['推荐表'], unrecorded).size).toBe(0);
  });
});
