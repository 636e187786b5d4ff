import { textReport } from '../../src/cli/text-report';
import type { CheckOptions } from '../../src/core/check';
import type { WorkbookGrid } from '../../src/core/grid';
import type { Lang } from '../../src/i18n';
import { checkGrid } from '../helpers/findings';
import { defaultProfile } from '../../src/core/profile';
import { parseWinners } from '../../src/core/winners/winners-list';
import { projectSheet, sheet, workbook } from '../helpers/grid';
import { fourUnitsNamingOneJointApplicant } from '../helpers/joint-applicants';
import { validUscc } from '../helpers/uscc';
import { projectsBelowSealLine, tableBesideNanshan } from '../helpers/unread-parts';
import { listOf } from '../helpers/lists';

/** The report of a checked grid. */
const reportOf = (grid: WorkbookGrid, lang: Lang = 'zh-CN', options: Partial<CheckOptions> = {}): string =>
  textReport(checkGrid(grid, options), lang, grid);

/** The lines of the report's summary per applicant unit, under its heading. */
function unitLines(rows: Parameters<typeof projectSheet>[1], lang: 'zh-CN' | 'en-US' = 'zh-CN'): string[] {
  const lines = reportOf(workbook(projectSheet('S', rows)), lang).split('\n');
  const heading = lines.findIndex((line) =>
    line.startsWith(lang === 'zh-CN' ? '按申报单位汇总' : 'By applicant'),
  );
  const end = lines.indexOf('', heading);
  return lines.slice(heading + 1, end);
}

describe('the findings', () => {
  test('place a finding about a whole row by its row number, never as a bare number after the sheet', () => {
    const grid = workbook(
      sheet('S', [
        ['序号', '申报单位', '项目名称'],
        [1, '星河智算', '项目一'],
      ]),
    );
    const lines = (lang: 'zh-CN' | 'en-US') =>
      reportOf(grid, lang)
        .split('\n')
        .filter((line) => line.startsWith('  ['));
    expect(lines('zh-CN')[0]).toMatch(/^ {2}\[错误\] S 第 1 行 {2}/u);
    expect(lines('en-US')[0]).toMatch(/^ {2}\[error\] S row 1 {2}/u);
  });
});

describe('the place of a finding', () => {
  test('is where its cell is written, as the mark and the pane: a 同上 cell’s at the cell above', () => {
    const grid = workbook(
      sheet('S', [
        ['序号', '申报单位', '项目名称', '联系电话'],
        [1, '星河智算', '项目一', '12345'],
        [2, '云帆科技', '项目二', '同上'],
      ]),
    );
    const lines = (lang: Lang) =>
      reportOf(grid, lang)
        .split('\n')
        .filter((line) => line.includes('12345') || line.includes('电话') || line.includes('phone'));
    // Both rows say the same of one number, so one line names both places.
    expect(lines('zh-CN').filter((line) => line.startsWith('  ['))).toEqual([
      expect.stringMatching(/^ {2}\[警告\] S D2、D2（第 3 行） {2}/u),
    ]);
    expect(lines('en-US').filter((line) => line.startsWith('  ['))).toEqual([
      expect.stringMatching(/^ {2}\[warning\] S D2, D2 \(row 3\) {2}/u),
    ]);
  });
});

describe('the lines of a rule', () => {
  /**
   * 20 rows of one planned city, whose cap is 5; a phone that is no number on the first, a direction off the notice's
   * list on the second (a warning, while the list is partial), no project name on the third.
   */
  const grid = workbook(
    sheet('S', [
      ['推荐单位（盖章）：宁波市经济和信息化局'],
      ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '联系电话'],
      ...Array.from({ length: 20 }, (_, i) => [
        i + 1,
        `测试单位${i + 1}科技有限公司`,
        validUscc(i + 1),
        i === 2 ? '' : `测试项目${i + 1}`,
        i === 1 ? '智能芯片' : '智能传感器',
        i === 0 ? '12345' : '13800138000',
      ]),
    ]),
  );
  const findingLines = (lang: Lang) =>
    reportOf(grid, lang)
      .split('\n')
      .filter((line) => line.startsWith('  [') || line.startsWith('【') || line.startsWith('['));

  test('say one sentence once for all its places on a sheet, naming the first ten and counting them all', () => {
    const over = findingLines('zh-CN').filter((line) => line.includes('须再减少'));
    const places = Array.from({ length: 10 }, (_, i) => `D${i + 8}`).join('、');
    expect(over).toEqual([
      expect.stringMatching(new RegExp(`^ {2}\\[错误\\] S ${places} 等 15 处 {2}`, 'u')),
    ]);
    const english = findingLines('en-US').filter((line) => line.includes('drop 15'));
    expect(english).toEqual([expect.stringMatching(/^ {2}\[error\] S D8, D9, .*, D17 and 5 more {2}/u)]);
  });

  test('come with the rules that found errors first', () => {
    const headings = findingLines('zh-CN').filter((line) => line.startsWith('【'));
    expect(headings.map((line) => /】([a-z-]+)/u.exec(line)?.[1])).toEqual([
      'quota-exceeded',
      'required-missing',
      'direction-unknown',
      'phone-invalid',
    ]);
  });
});

describe('the summary per recommender', () => {
  test('says how many rows that name no recommender it counts as the workbook’s only named one’s', () => {
    const grid = workbook(
      sheet('S1', [
        ['推荐单位（盖章）：宁波市经济和信息化局'],
        ['序号', '申报单位', '项目名称'],
        [1, '甲', '项目一'],
      ]),
      sheet('S2', [
        ['序号', '申报单位', '项目名称'],
        [1, '乙', '项目二'],
        [2, '丙', '项目三'],
      ]),
    );
    const line = (lang: Lang) =>
      reportOf(grid, lang)
        .split('\n')
        .find((l) => l.startsWith('  宁波市经济和信息化局'));
    expect(line('zh-CN')).toMatch(/计入 3 项｜其中 2 行未写明推荐单位/u);
    expect(line('en-US')).toMatch(/counted 3 \| 2 rows naming no recommender/u);
  });
});

describe('the report’s lines', () => {
  test('keep a cell’s line breaks (Alt+Enter) out of the layout: one finding, one line', () => {
    const rows: Parameters<typeof projectSheet>[1] = [
      ['星河\n智算', validUscc(1), '智能传感器\r\n研发项目'],
      ['星河\n智算', validUscc(1), '智能传感器\r\n研发项目'],
    ];
    const lines = reportOf(workbook(projectSheet('S', rows))).split('\n');
    const findings = lines.filter((line) => line.startsWith('  [错误]'));
    expect(findings).toHaveLength(2);
    for (const line of findings) expect(line).toMatch(/智能传感器\s研发项目.*重复出现/u);
    expect(lines).toContain('  全部 1 个单位均未超过上限。');
    expect(lines.join('\n')).not.toContain('\r');
  });
});

describe('the summary per applicant unit', () => {
  test('lists the units over the limit with how many they are over, then counts the others', () => {
    const A = validUscc(1);
    const rows = [1, 2, 3, 4, 5].map((i): [string, string, string] => ['星河智算', A, `项目${i}`]);
    expect(unitLines([...rows, ['云帆科技', validUscc(2), '项目六']])).toEqual([
      '  星河智算：5 项（上限 3 项，超出 2 项）',
      '  其余 1 个单位均未超过上限。',
    ]);
    expect(unitLines(rows, 'en-US')).toEqual(['  星河智算: 5 projects (limit 3, over by 2)']);
  });

  test('lists the units whose code is written under each other’s names when their rows together are over', () => {
    const A = validUscc(1);
    const rows = ['哈尔滨工业大学', '哈尔滨工业大学', '哈工大', '哈工大'].map(
      (name, i): [string, string, string] => [name, A, `项目${i}`],
    );
    const sentence =
      '同一统一社会信用代码还填在其他单位名称下，若为同一单位，共 4 项（上限 3 项，超出 1 项）';
    expect(unitLines(rows)).toEqual([`  哈尔滨工业大学：2 项；${sentence}`, `  哈工大：2 项；${sentence}`]);
    expect(unitLines(rows, 'en-US')[0]).toBe(
      "  哈尔滨工业大学: 2 projects; its credit code is also written under other units' names: if they are one unit, it has 4 projects (limit 3, over by 1)",
    );
  });

  test('lists the units of a name written with two codes whose rows together are over the limit', () => {
    const [A, B] = [validUscc(1), validUscc(2)];
    const name = '江苏甲智能科技有限公司';
    const rows = [A, A, A, B].map((code, i): [string, string, string] => [name, code, `项目${i}`]);
    expect(unitLines(rows)).toEqual([
      `  ${name}（代码 ${A}）：3 项；同名的行填写了不同的统一社会信用代码，若为同一单位，共 4 项（上限 3 项，超出 1 项）`,
      `  ${name}（代码 ${B}）：1 项；同名的行填写了不同的统一社会信用代码，若为同一单位，共 4 项（上限 3 项，超出 1 项）`,
    ]);
    expect(unitLines(rows, 'en-US')[0]).toBe(
      `  ${name} (code ${A}): 3 projects; rows of the same name give other credit codes: if they are one unit, it has 4 projects (limit 3, over by 1)`,
    );
  });

  test('says how many of a unit’s rows are joint applications, and whether they count', () => {
    const grid = fourUnitsNamingOneJointApplicant();
    const counting = { profile: { ...defaultProfile(), countJointApplicants: true } };
    const lines = (options = {}) => {
      const all = reportOf(grid, 'zh-CN', options).split('\n');
      const heading = all.findIndex((line) => line.startsWith('按申报单位汇总'));
      return all.slice(heading + 1, all.indexOf('', heading));
    };
    expect(lines(counting)).toEqual([
      '  丙大学：4 项，其中作为联合申报单位 4 项（上限 3 项，超出 1 项）',
      '  其余 4 个单位均未超过上限。',
    ]);
    expect(lines()).toEqual(['  全部 5 个单位均未超过上限。']);
  });

  test('takes the limit from the profile, never a fixed 3', () => {
    const rows = [1, 2, 3, 4, 5, 6].map((i): [string, string, string] => [
      '星河智算',
      validUscc(1),
      `项目${i}`,
    ]);
    const profile = { ...defaultProfile(), unitLimit: 5 };
    const lines = reportOf(workbook(projectSheet('S', rows)), 'zh-CN', { profile }).split('\n');
    const heading = lines.findIndex((line) => line.startsWith('按申报单位汇总'));
    expect(lines[heading]).not.toMatch(/\d/u);
    expect(lines[heading + 1]).toContain('上限 5 项');
  });

  test('says which sheets read are hidden', () => {
    const grid = workbook(
      projectSheet('宁波市', [['星河智算', validUscc(1), '项目一']]),
      projectSheet('鄞州区', [['云帆科技', validUscc(2), '项目二']], {
        visibility: 'hidden',
        hiddenRows: [2],
      }),
    );
    expect(reportOf(grid)).toContain(
      '  宁波市：表头在第 1 行，共 1 个项目\n  鄞州区（已隐藏的工作表）：表头在第 1 行，共 1 个项目（其中 1 行已隐藏）\n',
    );
    expect(reportOf(grid, 'en-US')).toContain(
      '  鄞州区 (hidden sheet): header at row 1, 1 project (1 hidden)\n',
    );
  });

  test('in English, counts one project and one unit in the singular', () => {
    const lines = reportOf(workbook(projectSheet('S', [['星河智算', validUscc(1), '项目一']])), 'en-US');
    expect(lines).toContain('  S: header at row 1, 1 project\n');
    expect(unitLines([['星河智算', validUscc(1), '项目一']], 'en-US')).toEqual([
      '  The unit is within the limit.',
    ]);
  });

  test('says that no row names a unit, rather than that all 0 are within the limit', () => {
    expect(unitLines([['', '', '项目一']])).toEqual([
      '  未填写申报单位和统一社会信用代码的项目 1 项，无法计入任何单位。',
    ]);
    expect(unitLines([['', '', '项目一']], 'en-US')).toEqual([
      '  1 project gives neither an applicant unit nor a credit code, so it counts toward no unit.',
    ]);
  });

  test('counts a unit known by its code alone, and says how many projects name no unit', () => {
    const rows: [string, string, string][] = [
      ['星河智算', validUscc(1), '项目一'],
      ['', validUscc(2), '项目二'],
      ['', '', '项目三'],
      ['', '', '项目四'],
    ];
    expect(unitLines(rows)).toEqual([
      '  全部 2 个单位均未超过上限。',
      '  未填写申报单位和统一社会信用代码的项目 2 项，无法计入任何单位。',
    ]);
    expect(unitLines(rows, 'en-US')[1]).toBe(
      '  2 projects give neither an applicant unit nor a credit code, so they count toward no unit.',
    );
  });

  test('names a unit over the limit that its code alone identifies by the code', () => {
    const A = validUscc(1);
    const rows = [1, 2, 3, 4].map((i): [string, string, string] => ['', A, `项目${i}`]);
    expect(unitLines(rows)).toEqual([`  （未填写单位名称，代码 ${A}）：4 项（上限 3 项，超出 1 项）`]);
    expect(unitLines(rows, 'en-US')).toEqual([
      `  (no name given, code ${A}): 4 projects (limit 3, over by 1)`,
    ]);
  });
});

describe('the description of the previous winners list', () => {
  const titled = sheet('2020年', [
    ['序号', '揭榜方向', '项目名称', '揭榜单位'],
    [1, '机器翻译系统', '多语种机器翻译系统', '译通科技有限公司'],
  ]);
  const unitsOnly = sheet('2019年', [
    ['序号', '揭榜任务', '单位名称'],
    [1, '智能传感器', '华科智能（北京）科技有限公司'],
    [2, '智能传感器', '微湃感知电子有限公司'],
  ]);
  const grid = workbook(projectSheet('S', [['星河智算', validUscc(1), '项目一']]));
  const reportWith = (...sheets: ReturnType<typeof sheet>[]) => {
    const winners = listOf(parseWinners(workbook(...sheets), defaultProfile()));
    return reportOf(grid, 'zh-CN', { winners }).split('\n');
  };

  test('says that a units-only list (优胜单位名单) can compare units but not projects', () => {
    expect(reportWith(unitsOnly)).toContain(
      '前期揭榜优胜名单只有单位和方向，没有项目名称（共 2 条）：只能核对申报单位是否曾获优胜，无法核对项目是否重复申报。',
    );
  });

  test('counts the projects of a titled list, and the units without a project beside them', () => {
    expect(reportWith(titled)).toContain('前期揭榜优胜项目名单：1 个项目。');
    expect(reportWith(titled, unitsOnly)).toContain(
      '前期揭榜优胜项目名单：1 个项目；另有 2 条只有单位、没有项目名称，只能核对单位，无法核对项目是否重复申报。',
    );
  });

  test('counts a unit that won in two directions as two lines, not as two units', () => {
    const twice = sheet('2019年', [
      ['序号', '揭榜任务', '单位名称'],
      [1, '智能传感器', '微湃感知电子有限公司'],
      [2, '机器翻译系统', '微湃感知电子有限公司'],
    ]);
    expect(reportWith(twice).join('\n')).toContain('没有项目名称（共 2 条）');
    expect(reportWith(twice).join('\n')).not.toContain('2 个优胜单位');
  });

  test('is left out when no list was given', () => {
    expect(reportOf(grid)).not.toContain('优胜');
  });
});

describe('the summary by direction', () => {
  test('says that a cell names several directions, not that it is no known direction', () => {
    const grid = workbook(
      projectSheet('S', [['甲', validUscc(1), '项目一号', '智能传感器、机器翻译系统', '']]),
    );
    const line = (lang: Lang) =>
      reportOf(grid, lang)
        .split('\n')
        .find((l) => l.includes('、机器翻译系统｜') || l.includes('、机器翻译系统 |'));
    expect(line('zh-CN')).toBe(
      '  （未填类别）｜智能传感器、机器翻译系统｜1 项（填了 2 个方向，未计入其中任何一个）',
    );
    expect(line('en-US')).toBe(
      '  (no category) | 智能传感器、机器翻译系统 | 1 (names 2 directions, counted under none of them)',
    );
  });

  test('gives the rows that name no direction a line of their own', () => {
    const grid = workbook(
      sheet('S', [
        ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '所属类别', '是否推荐'],
        [1, '甲科技有限公司', validUscc(1), '项目一号', '', '重点产品', '是'],
        [2, '乙科技有限公司', validUscc(2), '项目二号', '', '重点产品', '否'],
        [3, '丙科技有限公司', validUscc(3), '项目三号', '智能传感器', '核心基础', '是'],
      ]),
    );
    const lines = (lang: Lang) => {
      const all = reportOf(grid, lang).split('\n');
      const heading = all.findIndex((line) =>
        line.startsWith(lang === 'zh-CN' ? '按揭榜方向汇总' : 'By direction'),
      );
      return all.slice(heading + 1, heading + 3);
    };
    expect(lines('zh-CN')).toEqual([
      '  核心基础｜智能传感器｜1 项',
      '  （未填写揭榜方向）｜1 项（共 2 行，其余未推荐）',
    ]);
    expect(lines('en-US')[1]).toBe('  (no direction given) | 1 (of 2 rows; the rest not recommended)');
  });

  test('gives the chosen projects where a choice column leaves rows out, and every row apart', () => {
    const grid = workbook(
      sheet('S', [
        ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '所属类别', '是否推荐'],
        [1, '甲科技有限公司', validUscc(1), '项目一号', '机器翻译系统', '重点产品', '是'],
        [2, '乙科技有限公司', validUscc(2), '项目二号', '机器翻译系统', '重点产品', '否'],
        [3, '丙科技有限公司', validUscc(3), '项目三号', '智能传感器', '核心基础', '是'],
        [4, '丁科技有限公司', validUscc(4), '项目四号', '人工智能训练资源库', '公共支撑', '否'],
      ]),
    );
    const line = (lang: Lang, direction: string) =>
      reportOf(grid, lang)
        .split('\n')
        .find((l) => l.includes(direction));
    expect(line('zh-CN', '机器翻译系统')).toBe('  重点产品｜机器翻译系统｜1 项（共 2 行，其余未推荐）');
    expect(line('zh-CN', '智能传感器')).toBe('  核心基础｜智能传感器｜1 项');
    expect(line('en-US', '机器翻译系统')).toBe(
      '  重点产品 | 机器翻译系统 | 1 (of 2 rows; the rest not recommended)',
    );
    expect(line('en-US', '人工智能训练资源库')).toBe(
      '  公共支撑 | 人工智能训练资源库 | 0 (of 1 row; the rest not recommended)',
    );
  });
});

describe('rows below the end of a table that read as projects', () => {
  const grid = projectsBelowSealLine;

  test.each<[Lang, RegExp]>([
    [
      'zh-CN',
      /^ {4}第 3 行是表尾（填报人、注或盖章行），其下第 4、5 行看起来是项目，但未作检查：如要上报，请移到表尾之上/u,
    ],
    [
      'en-US',
      /^ {4}Row 3 ends the table .*; rows 4, 5 below it look like projects but were not checked: .*move them above/u,
    ],
  ])('are named under their sheet’s line, in %s', (lang, sentence) => {
    const lines = reportOf(grid, lang).split('\n');
    const sheetLine = lines.findIndex((line) => line.startsWith('  南山区'));
    expect(lines[sheetLine + 1]).toMatch(sentence);
  });

  test('name the first five rows and how many in all', () => {
    const many = workbook(
      sheet('S', [
        ['序号', '申报单位', '项目名称'],
        [1, '星河智算科技有限公司', '云端芯片研发'],
        ['填报人：李四'],
        ...Array.from({ length: 7 }, (_, i) => [i + 2, `甲${i}科技有限公司`, `项目${i}`]),
      ]),
    );
    expect(reportOf(many)).toMatch(/其下第 4、5、6、7、8 等 7 行看起来是项目/u);
    expect(reportOf(many, 'en-US')).toMatch(/rows 4, 5, 6, 7, 8 and 2 more below it/u);
  });

  test.each<[string, WorkbookGrid]>([
    ['below the seal line', projectsBelowSealLine],
    ['beside the table', tableBesideNanshan],
  ])('are said to be unchecked under the verdict: %s', (_, grid) => {
    const head = (lang: Lang) => reportOf(grid, lang).split('\n\n')[0]!.split('\n');
    expect(head('zh-CN')[0]).toMatch(/^发现 \d+ 个错误/u);
    expect(head('zh-CN').slice(1)).toContainEqual(
      expect.stringMatching(/^注意：有的行看起来是项目，却没有检查/u),
    );
    expect(head('en-US').slice(1)).toContainEqual(
      expect.stringMatching(/^Note: some rows that look like projects were not checked/u),
    );
  });

  test('are not mentioned where there are none', () => {
    expect(
      reportOf(workbook(projectSheet('S', [['星河智算科技有限公司', validUscc(1), '项目一']]))),
    ).not.toMatch(/表尾|没有检查/u);
  });
});

describe('a table beside the sheet’s', () => {
  const grid = tableBesideNanshan;

  test.each<[Lang, RegExp]>([
    ['zh-CN', /^ {4}从 F 列起，表头又写了一遍申报单位和项目名称，像是并排的另一张表，未作检查/u],
    [
      'en-US',
      /^ {4}From column F on, the header names 申报单位 and 项目名称 again: another table beside this one, not checked/u,
    ],
  ])('is named under its sheet’s line, in %s', (lang, sentence) => {
    const lines = reportOf(grid, lang).split('\n');
    expect(lines[lines.findIndex((line) => line.startsWith('  南山区')) + 1]).toMatch(sentence);
  });
});
