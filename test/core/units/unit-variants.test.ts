import { unitSimilarityKey, variantGroups } from '../../../src/core/units/unit-variants';
import { unitKey } from '../../../src/core/units/unit-key';

const groupsOf = (names: string[]) => [...variantGroups(names.map(unitKey))];

describe('unitSimilarityKey', () => {
  test.each([
    ['星河智算科技有限公司', '星河智算科技'],
    ['星河智算（深圳）科技股份有限公司', '星河智算科技'],
    ['中国电子科技集团有限公司', '中国电子科技'],
    ['甲科技公司', '甲科技'],
    ['浙江大学', '浙江大学'],
  ])('of %s is %s', (name, key) => {
    expect(unitSimilarityKey(unitKey(name))).toBe(key);
  });
});

describe('variantGroups', () => {
  describe('groups the names of one unit', () => {
    test.each<[string, string[]]>([
      ['with and without its legal form', ['甲科技有限公司', '甲科技公司', '甲科技股份有限公司']],
      [
        'with and without its region',
        ['深圳市星河智算科技有限公司', '星河智算科技有限公司', '星河智算（深圳）科技有限公司'],
      ],
      ['and its abbreviation', ['中国科学院自动化研究所', '中科院自动化所']],
      ['a parent and its part', ['浙江大学', '浙江大学人工智能研究院']],
      // Exact keys keep the region apart; one code under both leaves it to the code.
      [
        'differing in the bracketed region alone',
        ['华科智能（北京）科技有限公司', '华科智能（上海）科技有限公司'],
      ],
    ])('%s', (_, names) => {
      expect(groupsOf(names)).toEqual(names.map(() => 0));
    });
  });

  describe('parts the names of different units', () => {
    test.each<[string, string[], number[]]>([
      ['one character apart', ['陕西甲科技有限公司', '陕西乙科技有限公司', '陕西甲科技公司'], [0, 1, 0]],
      [
        'numbered apart',
        ['第1号智能科技有限公司', '第10号智能科技有限公司', '第0号智能科技有限公司'],
        [0, 1, 2],
      ],
      [
        'numbered apart in Chinese',
        ['中国电子科技集团公司第十四研究所', '中国电子科技集团公司第五十四研究所'],
        [0, 1],
      ],
    ])('%s', (_, names, groups) => {
      expect(groupsOf(names)).toEqual(groups);
    });
  });
});
