import { defaultProfile } from '../../../src/core/profile';
import { checkGrid, findingsOf } from '../../helpers/findings';
import { projectSheet, workbook } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

const grid = (...pairs: [string, string][]) =>
  workbook(
    projectSheet(
      'S',
      pairs.map(([direction, category], i) => [`单位${i}`, validUscc(i), `项目${i}号`, direction, category]),
    ),
  );

describe('category-mismatch', () => {
  describe('flags', () => {
    test('for a core-foundation direction filed as a key product', () => {
      expect(findingsOf('category-mismatch', grid(['智能传感器', '重点产品']))).toEqual([
        ['category-mismatch', 'S', 2, 'F', 'warning'],
      ]);
    });
  });

  describe('flags a category written beside the direction in its cell, on that cell', () => {
    test.each([
      ['before it', ['重点产品-智能传感器', ''], [['category-mismatch', 'S', 2, 'E', 'warning']]],
      [
        'after it in brackets',
        ['智能传感器（重点产品）', '核心基础'],
        [['category-mismatch', 'S', 2, 'E', 'warning']],
      ],
      [
        'as the category column does too',
        ['重点产品：智能传感器', '重点产品'],
        [
          ['category-mismatch', 'S', 2, 'E', 'warning'],
          ['category-mismatch', 'S', 2, 'F', 'warning'],
        ],
      ],
    ])('%s', (_, pair, expected) => {
      expect(findingsOf('category-mismatch', grid(pair as [string, string]))).toEqual(expected);
    });

    test('naming the direction and the categories, not the whole cell', () => {
      const finding = checkGrid(grid(['重点产品-智能传感器', ''])).findings.find(
        (f) => f.rule === 'category-mismatch',
      );
      expect(finding?.values).toEqual({
        category: '重点产品',
        direction: '智能传感器',
        expected: '核心基础',
      });
    });

    test('as no unknown direction, against a complete list, counted under its direction', () => {
      const directions = [
        ...defaultProfile().directions,
        ...Array.from({ length: 12 }, (_, i) => ({ name: `测试方向${i + 1}` })),
      ];
      const result = checkGrid(grid(['重点产品-智能传感器', ''], ['智能传感器', '核心基础']), { directions });
      expect(result.findings.filter((f) => f.rule === 'direction-unknown')).toEqual([]);
      expect(result.summary.directions).toEqual([
        { category: '核心基础', direction: '智能传感器', projects: 2, rows: 2, known: true },
      ]);
    });
  });

  describe('flags against the officer’s list, which wins over the category inferred from the notice', () => {
    const directions = [{ name: '智能传感器', category: '重点产品' }, { name: '机器翻译系统' }];
    test.each([
      ['the officer’s category', ['智能传感器', '核心基础'], [['category-mismatch', 'S', 2, 'F', 'warning']]],
      [
        'the inferred category where the officer’s line has none',
        ['机器翻译系统', '公共支撑'],
        [['category-mismatch', 'S', 2, 'F', 'warning']],
      ],
    ])('for a row that disagrees with %s', (_, pair, expected) => {
      expect(findingsOf('category-mismatch', grid(pair as [string, string]), { directions })).toEqual(
        expected,
      );
    });
  });

  describe('accepts', () => {
    test('for a category that the officer’s list gives, though the notice’s order implies another', () => {
      const directions = [{ name: '智能 传感器', category: '重点产品' }];
      expect(findingsOf('category-mismatch', grid(['智能传感器', '重点产品']), { directions })).toEqual([]);
    });

    test('for matching categories, also when written with a number', () => {
      expect(
        findingsOf(
          'category-mismatch',
          grid(
            ['智能传感器', '核心基础'],
            ['机器翻译系统', '二、重点产品'],
            ['人工智能训练资源库', '公共支撑'],
          ),
        ),
      ).toEqual([]);
    });

    test('for a direction written with its own category in its cell', () => {
      expect(
        findingsOf(
          'category-mismatch',
          grid(['核心基础-智能传感器', '核心基础'], ['机器翻译系统（重点产品类）', '']),
        ),
      ).toEqual([]);
    });

    test('for an empty category or an unknown direction', () => {
      expect(findingsOf('category-mismatch', grid(['智能传感器', ''], ['量子计算', '重点产品']))).toEqual([]);
    });
  });
});
