import fc from 'fast-check';
import { defaultProfile } from '../../../src/core/profile';
import { renderFinding } from '../../../src/i18n';
import { checkGrid, findingsOf } from '../../helpers/findings';
import { projectSheet, workbook } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

const grid = (...directions: string[]) =>
  workbook(
    projectSheet(
      'S',
      directions.map((d, i) => [`单位${i}`, validUscc(i), `项目${i}号`, d, '']),
    ),
  );

/** A complete list of 18: the notice's six and twelve placeholders that exist only in this test. */
const fullList = Array.from({ length: 12 }, (_, i) => ({ name: `测试方向${i + 1}`, category: '重点产品' }));

describe('direction-unknown', () => {
  describe('flags', () => {
    test('as a warning while the list is partial, with the nearest known name', () => {
      const result = checkGrid(grid('智能传感'));
      const finding = result.findings.find((f) => f.rule === 'direction-unknown');
      expect([finding?.row, finding?.column, finding?.severity]).toEqual([2, 'E', 'warning']);
      expect(finding?.values).toMatchObject({ nearest: '智能传感器', listComplete: false });
      expect(result.directionList).toEqual({ complete: false, count: 6, expected: 18, source: 'profile' });
    });

    test('as an error once the officer’s list is complete', () => {
      expect(findingsOf('direction-unknown', grid('量子计算'), { directions: fullList })).toEqual([
        ['direction-unknown', 'S', 2, 'E', 'error'],
      ]);
    });

    test('as a warning that says a partial list the officer gave is to be completed, not given', () => {
      const given = checkGrid(grid('量子计算'), { directions: fullList.slice(0, 5) });
      const notGiven = checkGrid(grid('量子计算'));
      expect(given.findings.find((f) => f.rule === 'direction-unknown')?.values).toEqual({
        direction: '量子计算',
        listComplete: false,
        listGiven: true,
      });
      expect(notGiven.findings.find((f) => f.rule === 'direction-unknown')?.values).not.toHaveProperty(
        'listGiven',
      );
    });

    test('as a warning that says the list is too long, not partial, when it holds more than the notice states', () => {
      const result = checkGrid(grid('量子计算'), { directions: [...fullList, { name: '测试方向十三' }] });
      const finding = result.findings.find((f) => f.rule === 'direction-unknown');
      expect([finding?.severity, finding?.values]).toEqual([
        'warning',
        { direction: '量子计算', listComplete: false, listTooLong: true },
      ]);
    });

    describe('with a suggestion only where it is plausible and unambiguous', () => {
      /** Placeholders of the officer's list that exist only in this test, two of them a character apart. */
      const officerList = [
        { name: '测试方向甲五' },
        { name: '测试方向甲六' },
        { name: '测试服务机器人平台' },
      ];
      test.each([
        // Typos and short or long forms of the notice's six.
        ['智能传感', undefined, '智能传感器'],
        ['智能传感器件', undefined, '智能传感器'],
        ['机器翻译平台', undefined, '机器翻译系统'],
        ['翻译系统', undefined, '机器翻译系统'],
        ['训练资源库', undefined, '人工智能训练资源库'],
        ['终端推断框架', undefined, '终端人工智能推断框架'],
        ['人工智能训练数据库', undefined, '人工智能训练资源库'],
        ['云端芯片', undefined, '高性能云端人工智能芯片'],
        ['测试服务机器人平台系统', officerList, '测试服务机器人平台'],
        // A known direction with a remark in brackets after it.
        ['智能传感器（MEMS）', undefined, '智能传感器'],
        ['智能传感器（方向3）', undefined, '智能传感器'],
        ['智能传感器 (面向工业的高精度MEMS器件)', undefined, '智能传感器'],
        ['高性能边缘端/终端计算人工智能芯片【方向2】', undefined, '高性能边缘端/终端计算人工智能芯片'],
        // Sharing only a generic word such as 智能, too short a form, or two readings at once.
        ['智能服务机器人', undefined, undefined],
        ['智能无人机', undefined, undefined],
        ['智能无人机（MEMS）', undefined, undefined],
        ['智能网联汽车', undefined, undefined],
        ['区块链金融服务平台', undefined, undefined],
        ['系统', undefined, undefined],
        ['人工智能', undefined, undefined],
        ['智能芯片', undefined, undefined],
        ['测试方向甲七', officerList, undefined],
      ])('%s', (typed, directions, nearest) => {
        const result = checkGrid(grid(typed), directions ? { directions } : {});
        const finding = result.findings.find((f) => f.rule === 'direction-unknown');
        expect([finding?.rule, finding?.sheet, finding?.row, finding?.column]).toEqual([
          'direction-unknown',
          'S',
          2,
          'E',
        ]);
        expect(finding?.values).toEqual(
          nearest
            ? expect.objectContaining({ nearest })
            : expect.not.objectContaining({ nearest: expect.anything() }),
        );
      });
    });

    test.each(['核心基础', '重点产品类', ' 公共支撑 ', '核心基础任务'])(
      'a category written where the direction goes (%s), as such, and says so',
      (cell) => {
        const finding = checkGrid(grid(cell)).findings.find((f) => f.rule === 'direction-unknown');
        expect([finding?.row, finding?.column, finding?.severity]).toEqual([2, 'E', 'warning']);
        expect(finding?.values).toEqual({ direction: cell.trim(), categoryAlone: true, listComplete: false });
        expect(renderFinding(finding!, 'zh-CN')).toContain(`填的是类别“${cell.trim()}”`);
        expect(findingsOf('direction-unknown', grid(cell), { directions: fullList })).toEqual([
          ['direction-unknown', 'S', 2, 'E', 'error'],
        ]);
      },
    );

    test.each(['核心基础-量子计算', '公共支撑平台', '重点产品研发'])(
      'a cell that writes more than a category (%s) as no category alone',
      (cell) => {
        const finding = checkGrid(grid(cell)).findings.find((f) => f.rule === 'direction-unknown');
        expect(finding?.values.direction).toBe(cell);
        expect(finding?.values).not.toHaveProperty('categoryAlone');
      },
    );

    describe('a project that names several known directions, as such', () => {
      test.each([
        ['separated by 、', '智能传感器、机器翻译系统', ['智能传感器', '机器翻译系统']],
        ['separated by ；', '智能传感器；人工智能训练资源库', ['智能传感器', '人工智能训练资源库']],
        ['one a line in the cell', '机器翻译系统\n智能传感器', ['机器翻译系统', '智能传感器']],
        ['numbered', '1.机器翻译系统 2.智能传感器', ['机器翻译系统', '智能传感器']],
        ['separated by /', '智能传感器/终端人工智能推断框架', ['智能传感器', '终端人工智能推断框架']],
        ['separated by ／ and spaces', '机器翻译系统 ／ 智能传感器', ['机器翻译系统', '智能传感器']],
        [
          'separated by / beside the direction with a / inside',
          '高性能边缘端/终端计算人工智能芯片/智能传感器',
          ['高性能边缘端/终端计算人工智能芯片', '智能传感器'],
        ],
        [
          'separated by / and 、',
          '智能传感器/终端人工智能推断框架、机器翻译系统',
          ['智能传感器', '终端人工智能推断框架', '机器翻译系统'],
        ],
        [
          'beside an unknown one',
          '智能传感器、量子计算、机器翻译系统',
          ['智能传感器', '量子计算', '机器翻译系统'],
        ],
      ])('%s: a warning while the list is partial, an error against the full list', (_, cell, several) => {
        const result = checkGrid(grid(cell));
        expect(findingsOf('direction-unknown', grid(cell))).toEqual([
          ['direction-unknown', 'S', 2, 'E', 'warning'],
        ]);
        const finding = result.findings.find((f) => f.rule === 'direction-unknown');
        expect(finding?.values).toEqual({ direction: cell, several, listComplete: false });
        expect(findingsOf('direction-unknown', grid(cell), { directions: fullList })).toEqual([
          ['direction-unknown', 'S', 2, 'E', 'error'],
        ]);
      });

      test('whatever the directions and the separator', () => {
        const known = defaultProfile().directions.map(({ name }) => name);
        const separator = fc.constantFrom('、', '；', ';', '，', ',', '\n', ' 、 ', '/', '／', ' / ');
        fc.assert(
          fc.property(
            fc.uniqueArray(fc.constantFrom(...known), { minLength: 2 }),
            separator,
            (names, between) => {
              const finding = checkGrid(grid(names.join(between))).findings.find(
                (f) => f.rule === 'direction-unknown',
              );
              expect(finding?.values).toMatchObject({ several: names });
            },
          ),
        );
      });

      test('in a sentence that says so, not that a direction is unknown', () => {
        const finding = checkGrid(grid('智能传感器、机器翻译系统')).findings.find(
          (f) => f.rule === 'direction-unknown',
        )!;
        expect(renderFinding(finding, 'zh-CN')).toBe(
          '揭榜方向填了 2 个：“智能传感器”“机器翻译系统”；每个项目应只填一个揭榜方向，请核实后只保留一个',
        );
        expect(renderFinding(finding, 'en-US')).toBe(
          'The direction names 2 directions: "智能传感器", "机器翻译系统"; a project should name one, so check and keep one',
        );
      });
    });

    describe('a project that writes one known direction twice, as a hint to write it once', () => {
      test.each([
        ['机器翻译系统/机器翻译系统', '机器翻译系统'],
        ['智能传感器、智能传感器', '智能传感器'],
        ['智能传感器 ／ 智能传感器', '智能传感器'],
        ['机器翻译系统\n机器翻译系统', '机器翻译系统'],
        ['智能传感器/智能传感器/智能传感器', '智能传感器'],
        ['机器翻译系统 机器翻译系统', '机器翻译系统'],
        ['机器翻译系统\u3000机器翻译系统', '机器翻译系统'],
      ])('%s: a warning, even against the full list', (cell, repeated) => {
        const finding = checkGrid(grid(cell)).findings.find((f) => f.rule === 'direction-unknown');
        expect(finding?.values).toEqual({ direction: cell, repeated, listComplete: false });
        expect(findingsOf('direction-unknown', grid(cell), { directions: fullList })).toEqual([
          ['direction-unknown', 'S', 2, 'E', 'warning'],
        ]);
      });

      test('in a sentence that names the direction once, not as several', () => {
        const finding = checkGrid(grid('机器翻译系统/机器翻译系统')).findings.find(
          (f) => f.rule === 'direction-unknown',
        )!;
        expect(renderFinding(finding, 'zh-CN')).not.toContain('填了 2 个');
        expect(renderFinding(finding, 'zh-CN')).toContain('“机器翻译系统”写了不止一遍');
        expect(renderFinding(finding, 'en-US')).toContain('"机器翻译系统" more than once');
      });

      test('beside another direction, listed once among the several', () => {
        const cell = '智能传感器/智能传感器、机器翻译系统';
        const finding = checkGrid(grid(cell)).findings.find((f) => f.rule === 'direction-unknown');
        expect(finding?.values).toEqual({
          direction: cell,
          several: ['智能传感器', '机器翻译系统'],
          listComplete: false,
        });
      });
    });

    test('a known direction and an unknown word after a / as one unknown direction', () => {
      const finding = checkGrid(grid('智能传感器/MEMS')).findings.find((f) => f.rule === 'direction-unknown');
      expect(finding?.values).not.toHaveProperty('several');
    });

    test('a direction with a 、 inside as one direction, while the list lacks it', () => {
      const finding = checkGrid(grid('测试方向甲、乙')).findings.find((f) => f.rule === 'direction-unknown');
      expect(finding?.values).toEqual({ direction: '测试方向甲、乙', listComplete: false });
    });

    test('without a suggestion when nothing is near', () => {
      const finding = checkGrid(grid('区块链金融服务平台')).findings.find(
        (f) => f.rule === 'direction-unknown',
      );
      expect(finding?.values).not.toHaveProperty('nearest');
    });
  });

  describe('accepts', () => {
    test('for the notice’s six, with stray spaces and full-width slashes', () => {
      expect(
        findingsOf(
          'direction-unknown',
          grid(
            '高性能边缘端/终端 计算人工智能芯片',
            '智能传感器 ',
            '机器翻译系统',
            '高性能边缘端／终端计算人工智能芯片',
          ),
        ),
      ).toEqual([]);
    });

    test('for a direction written with its category', () => {
      expect(
        findingsOf('direction-unknown', grid('核心基础-智能传感器', '机器翻译系统（重点产品）')),
      ).toEqual([]);
    });

    test('for a numbered direction', () => {
      expect(findingsOf('direction-unknown', grid('3.智能传感器', '（一）高性能云端人工智能芯片'))).toEqual(
        [],
      );
    });

    test('for a direction with a 、 inside that the officer’s list names', () => {
      const directions = [{ name: '智能传感器、机器翻译系统' }];
      expect(findingsOf('direction-unknown', grid('智能传感器、机器翻译系统'), { directions })).toEqual([]);
    });

    test('for a direction the officer’s list adds', () => {
      expect(findingsOf('direction-unknown', grid('测试方向3'), { directions: fullList })).toEqual([]);
      expect(checkGrid(grid('测试方向3'), { directions: fullList }).directionList).toEqual({
        complete: true,
        count: 18,
        expected: 18,
        source: 'file',
      });
    });
  });
});
