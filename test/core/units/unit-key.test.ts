import fc from 'fast-check';
import { unitKey } from '../../../src/core/units/unit-key';

describe('unitKey', () => {
  test.each([
    ['中国科学院 自动化研究所', '中国科学院自动化研究所'],
    ['深圳市\u3000甲科技有限公司 （南山）', '深圳市甲科技有限公司(南山)'],
    ['Huawei Technologies Co., Ltd.', 'Huawei Technologies Co.,Ltd.'],
    [' 乙大学 ', '乙大学'],
  ])('reads %s as %s', (written, key) => {
    expect(unitKey(written)).toBe(key);
  });

  test('is the same with or without spaces between the characters of a Chinese name', () => {
    const name = fc.constantFrom('中国科学院自动化研究所', '华科智能（北京）科技有限公司', '乙大学');
    const space = fc.constantFrom(' ', '  ', '\u3000', '\u00A0');
    fc.assert(
      fc.property(name, fc.array(fc.nat(), { maxLength: 4 }), space, (written, at, blank) => {
        const chars = [...written];
        for (const i of at) chars.splice(i % (chars.length + 1), 0, blank);
        expect(unitKey(chars.join(''))).toBe(unitKey(written));
      }),
    );
  });

  test('keeps two Latin words apart', () => {
    expect(unitKey('Jia Tech Co., Ltd.')).not.toBe(unitKey('JiaTech Co., Ltd.'));
  });
});
