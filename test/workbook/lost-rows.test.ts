import { lostMarksText, unrecordedMarksText } from '../../src/i18n';
import type { RecordedMark } from '../../src/workbook/mark-record';
import { lostRows } from '../../src/workbook/lost-rows';

const mark = (sheet: string, row: number, column: number, key: string): RecordedMark => ({
  sheet,
  row,
  column,
  key,
  original: { fill: null, fontColor: null, note: null },
  mark: { fill: 'FFFFC7CE', fontColor: 'FF9C0006', noteDigest: '' },
});

describe('lostRows', () => {
  test('names a row once however many of its cells were marked, by the unit and project of its key', () => {
    const marks = [
      mark('S', 13, 1, '甲公司|乙项目'),
      mark('S', 13, 3, '甲公司|乙项目'),
      mark('S', 13, 6, '甲公司|乙项目'),
    ];
    expect(lostRows(marks)).toEqual([{ sheet: 'S', row: 13, unit: '甲公司', project: '乙项目' }]);
  });

  test.each<[string, RecordedMark[], [string, number, string, string][]]>([
    [
      'two rows of one project, deleted both',
      [mark('S', 4, 1, '甲公司|乙项目'), mark('S', 9, 1, '甲公司|乙项目')],
      [
        ['S', 4, '甲公司', '乙项目'],
        ['S', 9, '甲公司', '乙项目'],
      ],
    ],
    ['a row without unit or project', [mark('S', 5, 1, ''), mark('S', 5, 2, '')], [['S', 5, '', '']]],
    ['a row with a project alone', [mark('S', 6, 4, '|乙项目')], [['S', 6, '', '乙项目']]],
    [
      'rows of two sheets',
      [mark('S', 7, 1, 'a|b'), mark('T', 7, 1, 'a|b')],
      [
        ['S', 7, 'a', 'b'],
        ['T', 7, 'a', 'b'],
      ],
    ],
  ])('keeps apart %s', (_, marks, expected) => {
    expect(lostRows(marks).map((r) => [r.sheet, r.row, r.unit, r.project])).toEqual(expected);
  });
});

describe('lostMarksText', () => {
  test('names at most ten rows, then how many there are', () => {
    const rows = lostRows(Array.from({ length: 12 }, (_, i) => mark('S', i + 2, 1, `甲公司|项目${i}`)));
    const text = lostMarksText(rows, 'en-US');
    expect(text.match(/was row \d+/gu)).toHaveLength(10);
    expect(text).toContain('and 2 more');
  });
});

describe('unrecordedMarksText', () => {
  test('names each sheet once, with every one of its cells', () => {
    const cells = [
      ...Array.from({ length: 12 }, (_, i) => ({ sheet: 'S', row: i + 2, column: 4 })),
      { sheet: 'T', row: 5, column: 1 },
      { sheet: 'T', row: 5, column: 28 },
    ];
    const text = unrecordedMarksText(cells, 'zh-CN');
    expect(text).toContain('S D2、D3、D4、D5、D6、D7、D8、D9、D10、D11、D12、D13；T A5、AB5');
    expect(text.match(/S /gu)).toHaveLength(1);
  });
});
