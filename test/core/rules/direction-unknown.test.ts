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

    test('for a numbered direction', () => {
      expect(findingsOf('direction-unknown', grid('3.智能传感器', '（一）高性能云端人工智能芯片'))).toEqual(
        [],
      );
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
