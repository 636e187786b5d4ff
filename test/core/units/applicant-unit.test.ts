import { applicantKey } from '../../../src/core/units/applicant-unit';
import { unitKey } from '../../../src/core/units/unit-key';
import { findingsOf } from '../../helpers/findings';
import { projectSheet, workbook } from '../../helpers/grid';

describe('applicantKey', () => {
  test.each([
    '甲科技有限公司+乙大学',
    '甲科技有限公司＋乙大学',
    '甲科技有限公司&乙大学',
    '甲科技有限公司 & 乙大学',
    '①甲科技有限公司②乙大学',
    '（1）甲科技有限公司（2）乙大学',
    '甲科技有限公司（联合：乙大学）',
  ])('is the lead unit’s for %s', (cell) => {
    expect(applicantKey(cell)).toBe(unitKey('甲科技有限公司'));
  });

  test.each([
    ['华为技术有限公司/华为云', '华为技术有限公司'],
    ['华为云/华为技术有限公司', '华为技术有限公司'],
    ['AI芯片事业部/甲科技有限公司', '甲科技有限公司'],
    ['华为技术有限公司/Huawei Technologies Co., Ltd.', '华为技术有限公司'],
    ['甲科技有限公司（乙品牌）', '甲科技有限公司（乙品牌）'],
  ])('is that of the part that reads as a unit’s name in %s, wherever it stands', (cell, unit) => {
    expect(applicantKey(cell)).toBe(unitKey(unit));
  });

  test.each([
    [
      'a unit written with a brand before or after a slash',
      ['华为云/华为技术有限公司', '华为技术有限公司', '华为技术有限公司', '华为技术有限公司/华为云'],
    ],
    [
      'a lead unit numbered in a list of joint units',
      ['（1）甲科技有限公司（2）乙大学', '甲科技有限公司', '①甲科技有限公司②丙研究院', '甲科技有限公司'],
    ],
  ])('counts %s among its own rows', (_, cells) => {
    const sheet = projectSheet(
      'S',
      cells.map((cell, i) => [cell, '', `项目${i}号`]),
    );
    expect(findingsOf('unit-over-limit', workbook(sheet))).toEqual(
      [2, 3, 4, 5].map((row) => ['unit-over-limit', 'S', row, 'B', 'error']),
    );
  });

  test.each(['', '无', '暂无', '—', '-', '——', '/', '／', '－', 'N/A', 'n/a', 'Ｎ／Ａ'])(
    'is undefined for %j, which names no unit',
    (cell) => {
      expect(applicantKey(cell)).toBeUndefined();
    },
  );
});
