import { applicantKey } from '../../../src/core/units/applicant-unit';
import { unitKey } from '../../../src/core/units/unit-key';

describe('applicantKey', () => {
  test.each([
    '甲科技有限公司+乙大学',
    '甲科技有限公司＋乙大学',
    '甲科技有限公司&乙大学',
    '甲科技有限公司 & 乙大学',
  ])('is the lead unit’s for %s', (cell) => {
    expect(applicantKey(cell)).toBe(unitKey('甲科技有限公司'));
  });

  test.each(['', '无', '暂无', '—', '-', '——', '/', '／', '－'])(
    'is undefined for %j, which names no unit',
    (cell) => {
      expect(applicantKey(cell)).toBeUndefined();
    },
  );
});
