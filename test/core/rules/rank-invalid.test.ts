import { findingsOf } from '../../helpers/findings';
import { distinctRow, HEADER, sheet, workbook, type TestCell } from '../../helpers/grid';

function ranked(ranks: TestCell[], header = '推荐排序') {
  const rows = ranks.map((rank, i) => distinctRow(i, [rank]));
  return workbook(sheet('S', [[...HEADER, header], ...rows]));
}

describe('rank-invalid', () => {
  describe('flags', () => {
    test('for a repeated rank, on both rows', () => {
      expect(findingsOf('rank-invalid', ranked([1, 2, 2, 3]))).toEqual([
        ['rank-invalid', 'S', 3, 'H', 'error'],
        ['rank-invalid', 'S', 4, 'H', 'error'],
      ]);
    });

    test('for a gap, on the rows ranked after it', () => {
      expect(findingsOf('rank-invalid', ranked([1, 2, 4, 5]))).toEqual([
        ['rank-invalid', 'S', 4, 'H', 'error'],
        ['rank-invalid', 'S', 5, 'H', 'error'],
      ]);
    });

    test('for a rank that is not a whole number', () => {
      expect(findingsOf('rank-invalid', ranked([1, 'A', 2]))).toEqual([
        ['rank-invalid', 'S', 3, 'H', 'error'],
      ]);
    });
  });

  describe('accepts', () => {
    test('for ranks 1…N in any order, with blanks for rows not recommended', () => {
      expect(findingsOf('rank-invalid', ranked([3, '', 1, 2, '']))).toEqual([]);
    });

    test('for full-width digits', () => {
      expect(findingsOf('rank-invalid', ranked(['１', '２']))).toEqual([]);
    });

    test('for a 是否推荐 column, which holds no ranks', () => {
      expect(findingsOf('rank-invalid', ranked(['是', '是', '否'], '是否推荐'))).toEqual([]);
    });
  });
});
