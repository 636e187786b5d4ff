import { applicantKey } from '../../../src/core/units/applicant-unit';
import { unitKey } from '../../../src/core/units/unit-key';
import { checkGrid, findingsOf, tuplesOf } from '../../helpers/findings';
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

  test.each([
    '甲科技有限公司（牵头申报）',
    '甲科技有限公司（联合体牵头人）',
    '甲科技有限公司（联合体牵头）',
    '甲科技有限公司（牵头方）',
    '甲科技有限公司（牵头申报单位）',
    '甲科技有限公司（主持单位）',
    '甲科技有限公司（申报主体）',
    '甲科技有限公司（揭榜单位）',
    '甲科技有限公司（第一单位）',
    '甲科技有限公司【盖章】',
    '联合体牵头方：甲科技有限公司',
    '联合体：甲科技有限公司、乙大学',
    '乙大学（参与单位）、甲科技有限公司（联合体牵头人）',
    '乙大学、联合体牵头方：甲科技有限公司',
    '甲科技有限公司牵头，乙大学参与',
    '乙大学参与，甲科技有限公司牵头',
    '甲科技有限公司*',
    '甲科技有限公司 ＊',
  ])('is the unit’s alone for %s, whose other words are notes on its role', (cell) => {
    expect(applicantKey(cell)).toBe(unitKey('甲科技有限公司'));
  });

  test.each([
    '甲科技有限公司（待定）',
    '甲科技有限公司（暂定）',
    '甲科技有限公司 (待确认)',
    '甲科技有限公司【名称待定】',
    '甲科技有限公司（牵头）（暂定）',
  ])('is the unit’s alone for %s, whose bracket after it says it is not settled yet', (cell) => {
    expect(applicantKey(cell)).toBe(unitKey('甲科技有限公司'));
  });

  test('counts a unit’s rows noted as not settled yet with its others', () => {
    const cells = ['甲科技有限公司', '甲科技有限公司', '甲科技有限公司（待定）', '甲科技有限公司（暂定）'];
    const sheet = projectSheet(
      'S',
      cells.map((cell, i) => [cell, '', `项目${i}号`]),
    );
    expect(findingsOf('unit-over-limit', workbook(sheet))).toEqual(
      [2, 3, 4, 5].map((row) => ['unit-over-limit', 'S', row, 'B', 'error']),
    );
  });

  test.each([
    ['华为技术有限公司（深圳）'],
    ['华为技术有限公司（北京）'],
    ['华科智能（北京）科技有限公司'],
    ['甲科技有限公司（乙品牌）'],
    ['甲联合科技有限公司'],
    ['甲参与科技有限公司'],
  ])('keeps %s whole, whose brackets or words are no role', (cell) => {
    expect(applicantKey(cell)).toBe(unitKey(cell));
  });

  test('counts a unit’s rows with any role notes together, its code under one name', () => {
    const code = '91440300MA5DA0Q5XA';
    const cells = [
      '甲科技有限公司',
      '甲科技有限公司（牵头申报）',
      '联合体牵头方：甲科技有限公司',
      '甲科技有限公司*',
    ];
    const grid = workbook(
      projectSheet(
        'S',
        cells.map((cell, i) => [cell, code, `项目${i}号`]),
      ),
    );
    const result = checkGrid(grid);
    expect(tuplesOf(result, 'unit-over-limit')).toEqual(
      [2, 3, 4, 5].map((row) => ['unit-over-limit', 'S', row, 'B', 'error']),
    );
    expect(tuplesOf(result, 'uscc-conflict')).toEqual([]);
  });

  test.each([
    ['浙江大学（计算机科学与技术学院）', '浙江大学'],
    ['浙江大学 (信息与电子工程学院)', '浙江大学'],
    ['清华大学（自动化系）', '清华大学'],
    ['中国科学院大学【人工智能学院】', '中国科学院大学'],
    ['北京大学（人工智能研究院）', '北京大学'],
    ['浙江大学（计算机科学与技术学院、软件学院）', '浙江大学'],
    ['浙江大学（计算机学院，软件学院）', '浙江大学'],
    ['香港中文大学（深圳）', '香港中文大学（深圳）'],
    ['甲科技有限公司（研发中心）', '甲科技有限公司（研发中心）'],
  ])('is the university’s for %s, a school in brackets after it', (cell, unit) => {
    expect(applicantKey(cell)).toBe(unitKey(unit));
  });

  test('counts a university’s projects from its schools together, under its own name', () => {
    const schools = ['计算机学院', '信电学院', '控制学院', '软件学院'];
    const grid = workbook(
      projectSheet(
        'S',
        schools.map((school, i) => [`浙江大学（${school}）`, '', `项目${i}号`]),
      ),
    );
    expect(findingsOf('unit-over-limit', grid)).toEqual(
      [2, 3, 4, 5].map((row) => ['unit-over-limit', 'S', row, 'B', 'error']),
    );
    const finding = checkGrid(grid).findings.find((f) => f.rule === 'unit-over-limit');
    expect(finding?.rule === 'unit-over-limit' && finding.values.unit).toBe('浙江大学');
  });

  test.each([
    '',
    '无',
    '暂无',
    '—',
    '-',
    '——',
    '/',
    '／',
    '－',
    'N/A',
    'n/a',
    'Ｎ／Ａ',
    '（待定）',
    '(暂定)',
  ])('is undefined for %j, which names no unit', (cell) => {
    expect(applicantKey(cell)).toBeUndefined();
  });
});
