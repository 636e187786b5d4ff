import fc from 'fast-check';
import { findingsOf, checkGrid, tuplesOf } from '../../helpers/findings';
import { HEADER, projectSheet, sheet, workbook, type ProjectRow } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

const A = validUscc(1);
const B = validUscc(2);

/** A code with a wrong check character: a one-character typo, or a pilot code issued before GB 32100-2015. */
const failingCheck = (code: string) => code.slice(0, 17) + (code.endsWith('0') ? '1' : '0');

/** The rows a check marks unit-over-limit, by their (distinct) titles. */
const overTitles = (rows: ProjectRow[]) => {
  const result = checkGrid(workbook(projectSheet('S', rows)));
  return new Set(
    result.findings.filter((f) => f.rule === 'unit-over-limit').map((f) => String(rows[f.row - 2]![2])),
  );
};

describe('unit-over-limit', () => {
  describe('flags', () => {
    test('for every row of a unit with four projects', () => {
      const rows: ProjectRow[] = [1, 2, 3, 4].map((n) => ['星河智算', A, `项目${n}号`]);
      expect(findingsOf('unit-over-limit', workbook(projectSheet('S', rows)))).toEqual([
        ['unit-over-limit', 'S', 2, 'B', 'error'],
        ['unit-over-limit', 'S', 3, 'B', 'error'],
        ['unit-over-limit', 'S', 4, 'B', 'error'],
        ['unit-over-limit', 'S', 5, 'B', 'error'],
      ]);
    });

    test('for a unit whose code one row writes in brackets after its name, with no code column filled', () => {
      const rows: ProjectRow[] = [
        ['深圳市星河智算科技有限公司（91440300MA5DA0Q5XA）', '', '项目1号'],
        ...[2, 3, 4].map((n): ProjectRow => ['深圳市星河智算科技有限公司', '', `项目${n}号`]),
      ];
      expect(overTitles(rows)).toEqual(new Set(['项目1号', '项目2号', '项目3号', '项目4号']));
    });

    test('for a unit counted across two sheets', () => {
      const grid = workbook(
        projectSheet('南山区', [
          ['星河智算', A, '甲'],
          ['星河智算', A, '乙'],
        ]),
        projectSheet('福田区', [
          ['星河智算', A, '丙'],
          ['星河智算', A, '丁'],
        ]),
      );
      expect(findingsOf('unit-over-limit', grid).map(([, sheet, row]) => `${sheet}${row}`)).toEqual([
        '南山区2',
        '南山区3',
        '福田区2',
        '福田区3',
      ]);
    });

    test('for the same unit written with full-width brackets and spaces, without a code', () => {
      const names = [
        '华科智能（北京）科技有限公司',
        '华科智能(北京)科技有限公司',
        ' 华科智能【北京】科技有限公司',
        '华科智能（北京）科技有限公司\u3000',
      ];
      const rows: ProjectRow[] = names.map((name, i) => [name, '', `项目${i}`]);
      expect(findingsOf('unit-over-limit', workbook(projectSheet('S', rows)))).toHaveLength(4);
    });

    test('for rows whose code is blank but whose name has one code elsewhere', () => {
      const rows: ProjectRow[] = [
        ['星河智算', A, '甲'],
        ['星河智算', A, '乙'],
        ['星河智算', A, '丙'],
        ['星河智算', '', '丁'],
      ];
      expect(findingsOf('unit-over-limit', workbook(projectSheet('S', rows)))).toHaveLength(4);
    });

    test('for a unit whose name is written with or without spaces inside, and no code', () => {
      const rows: ProjectRow[] = [
        ['中国科学院自动化研究所', '', '甲'],
        ['中国科学院 自动化研究所', '', '乙'],
        ['深圳市 星河智算科技有限公司 （南山）', '', '丙'],
        ['深圳市星河智算科技有限公司（南山）', '', '丁'],
        ['中国科学院\u3000自动化研究所', '', '戊'],
        ['深圳市星河智算科技有限公司 （南山）', '', '己'],
        ['中国科学院 自动化研究所和清华大学', '', '庚'],
        ['深圳市星河智算科技有限公司（南山）', '', '辛'],
      ];
      expect(overTitles(rows)).toEqual(new Set(['甲', '乙', '戊', '庚', '丙', '丁', '己', '辛']));
    });

    test('for a branch written after its company with or without a space, and no code, counted with the company', () => {
      const rows: ProjectRow[] = [
        ['甲科技有限公司深圳分公司', '', '甲'],
        ['甲科技有限公司 深圳分公司', '', '乙'],
        ['甲科技有限公司深圳分公司', '', '丙'],
        ['甲科技有限公司　深圳分公司', '', '丁'],
        ['甲科技有限公司', '', '戊'],
      ];
      expect(overTitles(rows)).toEqual(new Set(['甲', '乙', '丙', '丁', '戊']));
    });

    test('for a unit whose long name a line break (Alt+Enter) wraps on some rows, and no code', () => {
      const rows: ProjectRow[] = [
        ['深圳市星河智算科技有限公司', '', '甲'],
        ['深圳市星河智算\n科技有限公司', '', '乙'],
        ['深圳市星河智算科技\r\n有限公司', '', '丙'],
        ['深圳市星河智算科技有限公司', '', '丁'],
      ];
      expect(overTitles(rows)).toEqual(new Set(['甲', '乙', '丙', '丁']));
    });

    test('and names by its code a unit that no row names', () => {
      const rows: ProjectRow[] = [1, 2, 3, 4].map((n) => ['', A, `项目${n}号`]);
      const findings = checkGrid(workbook(projectSheet('S', rows))).findings;
      const units = findings.flatMap((f) => (f.rule === 'unit-over-limit' ? [f.values.unit] : []));
      expect(units).toEqual([A, A, A, A]);
    });

    test('and lists every row of the unit in the finding', () => {
      const rows: ProjectRow[] = [1, 2, 3, 4].map((n) => ['星河智算', A, `项目${n}`]);
      const finding = checkGrid(workbook(projectSheet('S', rows))).findings.find(
        (f) => f.rule === 'unit-over-limit',
      );
      expect(finding?.values).toMatchObject({ count: 4, limit: 3 });
      expect(finding?.related).toEqual([3, 4, 5].map((row) => ({ sheet: 'S', row })));
    });
  });

  describe('counts a joint application against its lead unit (申报主体)', () => {
    const overRows = (units: string[]) =>
      findingsOf(
        'unit-over-limit',
        workbook(
          projectSheet(
            'S',
            units.map((u, i) => [u, '', `项目${i}号`]),
          ),
        ),
      ).map(([, , row]) => row);
    const cases: [string, string[], number[]][] = [
      [
        'noted as the lead, or first among the units a cell names',
        [
          '甲科技有限公司（牵头）',
          '甲科技有限公司',
          '甲科技有限公司（牵头）、乙大学',
          '牵头单位：甲科技有限公司',
        ],
        [2, 3, 4, 5],
      ],
      [
        'noted as the lead after another unit',
        [
          '甲科技有限公司',
          '甲科技有限公司',
          '乙大学、甲科技有限公司(牵头单位)',
          '乙大学 甲科技有限公司（牵头）',
        ],
        [2, 3, 4, 5],
      ],
      [
        'first, with the others only named beside it',
        ['甲科技有限公司、乙大学', '甲科技有限公司；丙研究院', '甲科技有限公司', '甲科技有限公司 乙大学'],
        [2, 3, 4, 5],
      ],
      [
        'first, with the others listed in a bracket after it',
        [
          '甲科技有限公司（联合申报单位：乙大学、丙研究院）',
          '甲科技有限公司(合作单位:乙大学)',
          '甲科技有限公司',
          '甲科技有限公司（参与单位：华科智能（北京）科技有限公司）',
        ],
        [2, 3, 4, 5],
      ],
      [
        'first, with the others joined to it by 和, 与, 及 or 以及',
        [
          '甲科技有限公司和乙大学',
          '甲科技有限公司与丙研究院',
          '甲科技有限公司及丁大学',
          '甲科技有限公司以及乙大学',
        ],
        [2, 3, 4, 5],
      ],
      [
        'and not against a name with 和 inside it, or a lab that two units set up',
        [
          '北京和利时科技集团有限公司',
          '北京和利时科技集团有限公司',
          '北京',
          '甲大学与北京和利时科技集团有限公司联合实验室',
        ],
        [],
      ],
      [
        'and not against a joint unit named after the lead',
        ['甲科技有限公司', '甲科技有限公司', '甲科技有限公司', '乙大学、甲科技有限公司'],
        [],
      ],
      [
        'and not against a parent written before its own institute',
        ['中国科学院 自动化研究所', '中国科学院 自动化研究所', '中国科学院', '中国科学院'],
        [],
      ],
    ];
    test.each(cases)('%s', (_, units, rows) => {
      expect(overRows(units)).toEqual(rows);
    });

    test('and names the unit as a row that names it alone writes it', () => {
      const units = [
        '甲科技有限公司（牵头）、乙大学',
        '甲科技有限公司（牵头）',
        '甲科技有限公司',
        '甲科技有限公司',
      ];
      const grid = workbook(
        projectSheet(
          'S',
          units.map((u, i): ProjectRow => [u, '', `项目${i}号`]),
        ),
      );
      const names = checkGrid(grid)
        .findings.filter((f) => f.rule === 'unit-over-limit')
        .map((f) => f.values.unit);
      expect(names).toEqual(units.map(() => '甲科技有限公司'));
    });

    test('and names the unit without the notes and joint units of its cells when no row names it alone', () => {
      const units = [
        '甲科技有限公司（牵头）、乙大学',
        '甲科技有限公司和丙大学',
        '牵头单位：甲科技有限公司；乙大学',
        '甲科技有限公司（牵头）、乙大学',
      ];
      const result = checkGrid(
        workbook(
          projectSheet(
            'S',
            units.map((u, i): ProjectRow => [u, '', `项目${i}号`]),
          ),
        ),
      );
      const names = result.findings.filter((f) => f.rule === 'unit-over-limit').map((f) => f.values.unit);
      expect(names).toEqual(units.map(() => '甲科技有限公司'));
      expect(result.summary.units[0]?.unit).toBe('甲科技有限公司');
    });

    test.each([
      ['甲科技有限公司，详见附件', '甲科技有限公司'],
      ['华为云/华为技术有限公司', '华为技术有限公司'],
      [
        '=HYPERLINK("https://jia.example.cn/a","甲科技有限公司")',
        '=HYPERLINK("https://jia.example.cn/a","甲科技有限公司")',
      ],
    ])(
      'and names the unit of %s by its own name, or by the cell as written when no part of it reads as a unit’s name',
      (cell, unit) => {
        const rows = [1, 2, 3, 4].map((n): ProjectRow => [cell, '', `项目${n}号`]);
        const result = checkGrid(workbook(projectSheet('S', rows)));
        const names = result.findings.filter((f) => f.rule === 'unit-over-limit').map((f) => f.values.unit);
        expect(names).toEqual([unit, unit, unit, unit]);
        expect(result.summary.units.map((u) => u.unit)).toEqual([unit]);
      },
    );

    test('whatever notes and joint units a cell adds to the lead', () => {
      const lead = fc.constantFrom('深圳市甲科技有限公司', '华科智能（北京）科技有限公司', '丙大学');
      const written = fc.tuple(
        lead,
        fc.constantFrom('', '（牵头）', '(牵头单位)', '【牵头】'),
        fc.constantFrom('', '、乙研究院', '；丁大学等', ' 戊科技有限公司'),
      );
      fc.assert(
        fc.property(lead, fc.array(written, { minLength: 3, maxLength: 3 }), (plain, others) => {
          const units = [plain, ...others.map(([name, note, joint]) => name + note + joint)];
          const sameLead = others.every(([name]) => name === plain);
          expect(overRows(units)).toEqual(sameLead ? [2, 3, 4, 5] : []);
        }),
      );
    });
  });

  describe('counts only the chosen rows where a choice column decides', () => {
    /** One unit's rows under a 是否推荐 (H) or 推荐排序 (H) column, one mark a row, from row 2. */
    const chosenGrid = (column: string, marks: (string | number)[]) =>
      workbook(
        sheet('S', [
          [...HEADER, column],
          ...marks.map((mark, i) => [
            i + 1,
            '星河智算',
            A,
            `项目${i}号`,
            '智能传感器',
            '核心基础',
            '13912345678',
            mark,
          ]),
        ]),
      );

    test.each<[string, string, (string | number)[], number[]]>([
      ['four flagged 是, one 否', '是否推荐', ['是', '是', '否', '是', '是'], [2, 3, 5, 6]],
      ['four ranked, one left unranked', '推荐排序', [1, 2, '', 3, 4], [2, 3, 5, 6]],
      ['a blank choice column, which chooses nothing apart', '是否推荐', ['', '', '', ''], [2, 3, 4, 5]],
      ['three flagged 是, one 否', '是否推荐', ['是', '否', '是', '是'], []],
      ['three ranked of four', '推荐排序', [1, '', 2, 3], []],
      ['four ranked as a list numbers them', '推荐排序', ['（1）', '2.', '3、', '4.0'], [2, 3, 4, 5]],
      ['four ranked, one with a rank that is none', '推荐排序', [1, 2, 0, 3], [2, 3, 4, 5]],
    ])('%s', (_, column, marks, rows) => {
      const result = checkGrid(chosenGrid(column, marks));
      expect(tuplesOf(result, 'unit-over-limit').map(([, , row]) => row)).toEqual(rows);
      expect(result.summary.units[0]?.projects).toBe(rows.length || 3);
    });
  });

  describe('counts the rows of a school, division or branch with its parent', () => {
    const C = validUscc(3);
    const CIVIL = '52330000MJ0000000X';
    test.each<[string, ProjectRow[], number[]]>([
      [
        'a university’s schools written after it, with or without brackets and spaces',
        [
          ['浙江大学', '', '项目1号'],
          ['浙江大学（计算机科学与技术学院）', '', '项目2号'],
          ['浙江大学控制科学与工程学院', '', '项目3号'],
          ['浙江大学 信息与电子工程学院', '', '项目4号'],
        ],
        [2, 3, 4, 5],
      ],
      [
        'schools of a university that no row names alone',
        [
          ['浙江大学计算机学院', '', '项目1号'],
          ['浙江大学软件学院', '', '项目2号'],
          ['浙江大学控制学院', '', '项目3号'],
          ['浙江大学计算机学院', '', '项目4号'],
        ],
        [2, 3, 4, 5],
      ],
      [
        'a company’s division and branch, with the company’s code or none',
        [
          ['杭州甲智能科技有限公司', A, '项目1号'],
          ['杭州甲智能科技有限公司', A, '项目2号'],
          ['杭州甲智能科技有限公司人工智能事业部', '', '项目3号'],
          ['杭州甲智能科技有限公司上海分公司', A, '项目4号'],
        ],
        [2, 3, 4, 5],
      ],
      [
        'an institute’s laboratory and a company’s institute named for a city, without codes',
        [
          ['中国科学院计算技术研究所', '', '项目1号'],
          ['中国科学院计算技术研究所', '', '项目2号'],
          ['中国科学院计算技术研究所', '', '项目3号'],
          ['中国科学院计算技术研究所智能计算实验室', '', '项目4号'],
          ['中兴通讯股份有限公司', '', '项目5号'],
          ['中兴通讯股份有限公司', '', '项目6号'],
          ['中兴通讯股份有限公司', '', '项目7号'],
          ['中兴通讯股份有限公司南京研究所', '', '项目8号'],
        ],
        [2, 3, 4, 5, 6, 7, 8, 9],
      ],
      [
        'a university’s laboratories, written after it or after one of its schools or institutes, without codes',
        [
          ['北京大学', '', '项目1号'],
          ['北京大学视觉实验室', '', '项目2号'],
          ['北京大学信息科学技术学院视觉实验室', '', '项目3号'],
          ['北京大学人工智能研究院视觉实验室', '', '项目4号'],
        ],
        [2, 3, 4, 5],
      ],
      [
        'a laboratory of a university’s institute set up with a city, which is not counted with the university',
        [
          ['北京大学', '', '项目1号'],
          ['北京大学', '', '项目2号'],
          ['北京大学', '', '项目3号'],
          ['北京大学深圳研究院视觉实验室', '', '项目4号'],
        ],
        [],
      ],
      [
        'a branch with its own valid code, which is registered apart',
        [
          ['杭州甲智能科技有限公司', A, '项目1号'],
          ['杭州甲智能科技有限公司', A, '项目2号'],
          ['杭州甲智能科技有限公司', A, '项目3号'],
          ['杭州甲智能科技有限公司上海分公司', C, '项目4号'],
        ],
        [],
      ],
      [
        'colleges named for a place, often independent colleges, and a graduate school in another city, without codes',
        [
          ['浙江大学', '', '项目1号'],
          ['浙江大学', '', '项目2号'],
          ['浙江大学', '', '项目3号'],
          ['浙江大学城市学院', '', '项目4号'],
          ['四川大学', '', '项目5号'],
          ['四川大学', '', '项目6号'],
          ['四川大学', '', '项目7号'],
          ['四川大学锦江学院', '', '项目8号'],
          ['北京大学', '', '项目9号'],
          ['北京大学', '', '项目10号'],
          ['北京大学', '', '项目11号'],
          ['北京大学深圳研究生院', '', '项目12号'],
        ],
        [],
      ],
      [
        'schools named for one character of a discipline, and a university’s own graduate school',
        [
          ['浙江大学', '', '项目1号'],
          ['浙江大学医学院', '', '项目2号'],
          ['浙江大学法学院', '', '项目3号'],
          ['浙江大学研究生院', '', '项目4号'],
        ],
        [2, 3, 4, 5],
      ],
      [
        'a college with a civil-affairs code of its own, registered apart',
        [
          ['浙江大学', '', '项目1号'],
          ['浙江大学', '', '项目2号'],
          ['浙江大学', '', '项目3号'],
          ['浙江大学城市学院', CIVIL, '项目4号'],
        ],
        [],
      ],
      [
        'institutes of an academy, which are legal persons, beside the academy',
        [
          ['中国科学院', '', '项目1号'],
          ['中国科学院', '', '项目2号'],
          ['中国科学院自动化研究所', '', '项目3号'],
          ['中国科学院计算技术研究所', '', '项目4号'],
        ],
        [],
      ],
      [
        'a university’s own institutes, named for a discipline',
        [
          ['清华大学', '', '项目1号'],
          ['清华大学', '', '项目2号'],
          ['清华大学', '', '项目3号'],
          ['清华大学智能产业研究院', '', '项目4号'],
          ['北京大学', '', '项目5号'],
          ['北京大学人工智能研究院', '', '项目6号'],
          ['北京大学', '', '项目7号'],
          ['北京大学', '', '项目8号'],
          ['复旦大学类脑智能科学与技术研究院', '', '项目9号'],
          ['复旦大学', '', '项目10号'],
          ['清华大学微电子学研究所', '', '项目11号'],
        ],
        [2, 3, 4, 5, 6, 7, 8, 9, 12],
      ],
      [
        'a university’s institute with its university’s code',
        [
          ['清华大学', C, '项目1号'],
          ['清华大学', C, '项目2号'],
          ['清华大学', C, '项目3号'],
          ['清华大学智能产业研究院', C, '项目4号'],
        ],
        [2, 3, 4, 5],
      ],
      [
        'institutes named for a place, hospitals, an academy’s institutes and an institute with a code of its own',
        [
          ['清华大学', C, '项目1号'],
          ['清华大学', C, '项目2号'],
          ['清华大学', C, '项目3号'],
          ['清华大学深圳国际研究生院', '', '项目4号'],
          ['清华大学天津人工智能研究院', '', '项目5号'],
          ['清华大学智能产业研究院', A, '项目6号'],
          ['北京大学', '', '项目7号'],
          ['北京大学', '', '项目8号'],
          ['北京大学', '', '项目9号'],
          ['北京大学深圳研究院', '', '项目10号'],
          ['北京大学第三医院', '', '项目11号'],
          ['浙江大学', '', '项目12号'],
          ['浙江大学', '', '项目13号'],
          ['浙江大学', '', '项目14号'],
          ['浙江大学医学院附属第一医院', '', '项目15号'],
          ['浙江大学杭州国际科创中心', '', '项目16号'],
          ['中国科学院', '', '项目17号'],
          ['中国科学院', '', '项目18号'],
          ['中国科学院', '', '项目19号'],
          ['中国科学院自动化研究所', '', '项目20号'],
        ],
        [],
      ],
      [
        'a company whose name starts with a university’s word',
        [
          ['浙江大学', '', '项目1号'],
          ['浙江大学', '', '项目2号'],
          ['浙江大学', '', '项目3号'],
          ['大学城投资有限公司', '', '项目4号'],
        ],
        [],
      ],
    ])('%s', (_, rows, marked) => {
      expect(
        findingsOf('unit-over-limit', workbook(projectSheet('S', rows))).map(([, , row]) => row),
      ).toEqual(marked);
    });

    test('names the unit as its parent, and reports no code conflict between the parent and its parts', () => {
      const rows: ProjectRow[] = [
        ['浙江大学计算机学院', A, '项目1号'],
        ['浙江大学', A, '项目2号'],
        ['浙江大学软件学院', A, '项目3号'],
        ['浙江大学', A, '项目4号'],
      ];
      const result = checkGrid(workbook(projectSheet('S', rows)));
      const units = result.findings.flatMap((f) => (f.rule === 'unit-over-limit' ? [f.values.unit] : []));
      expect(units).toEqual(['浙江大学', '浙江大学', '浙江大学', '浙江大学']);
      expect(tuplesOf(result, 'uscc-conflict')).toEqual([]);
      expect(tuplesOf(result, 'not-legal-entity').map(([, , row]) => row)).toEqual([2, 4]);
    });
  });

  describe('counts apart the units whose names one code is written under', () => {
    const fillDown = (names: string[], codes: string[] = names.map(() => A)) =>
      names.map((name, i): ProjectRow => [name, codes[i]!, `项目${i}号`]);
    const cases: [string, ProjectRow[], number[]][] = [
      [
        'a code filled down over eight companies, one project each',
        fillDown('甲乙丙丁戊己庚辛'.split('').map((x) => `陕西${x}科技有限公司`)),
        [],
      ],
      [
        'a code filled down from a company with four projects over another company',
        fillDown([
          '陕西甲科技有限公司',
          '陕西甲科技有限公司',
          '陕西乙科技有限公司',
          '陕西甲科技有限公司',
          '陕西甲科技有限公司',
        ]),
        [2, 3, 5, 6],
      ],
      [
        'a row without a code, counted with its own name among those the code is filled over',
        fillDown(
          [
            '陕西甲科技有限公司',
            '陕西乙科技有限公司',
            '陕西甲科技有限公司',
            '陕西甲科技有限公司',
            '陕西甲科技有限公司',
          ],
          [A, A, A, A, ''],
        ),
        [2, 4, 5, 6],
      ],
      [
        'one unit’s name written with and without its legal form, region and bracketed region',
        fillDown([
          '星河智算科技有限公司',
          '星河智算科技公司',
          '深圳市星河智算科技有限公司',
          '星河智算（深圳）科技有限公司',
        ]),
        [2, 3, 4, 5],
      ],
      [
        'one unit’s name and its abbreviation',
        fillDown([
          '中国科学院自动化研究所',
          '中科院自动化所',
          '中国科学院自动化研究所',
          '中科院自动化研究所',
        ]),
        [2, 3, 4, 5],
      ],
    ];
    test.each(cases)('%s', (_, rows, marked) => {
      const grid = workbook(projectSheet('S', rows));
      expect(findingsOf('unit-over-limit', grid).map(([, , row]) => row)).toEqual(marked);
    });

    test('while uscc-conflict still reports the code on every row of the different names', () => {
      const rows = fillDown([
        '陕西甲科技有限公司',
        '陕西乙科技有限公司',
        '陕西丙科技有限公司',
        '陕西丁科技有限公司',
      ]);
      const grid = workbook(projectSheet('S', rows));
      expect(findingsOf('uscc-conflict', grid).map(([, , row, column]) => `${column}${row}`)).toEqual([
        'B2',
        'B3',
        'B4',
        'B5',
      ]);
    });
  });

  describe('reads a part of a unit written on the next line of its cell as one name with it', () => {
    test.each<[string, string[], number[]]>([
      [
        'two institutes of an academy, two projects each',
        [
          '中国科学院\n自动化研究所',
          '中国科学院\n自动化研究所',
          '中国科学院\n计算技术研究所',
          '中国科学院 计算技术研究所',
        ],
        [],
      ],
      [
        'a group’s institute beside the group',
        [
          '中国电子科技集团有限公司',
          '中国电子科技集团有限公司',
          '中国电子科技集团有限公司\n第十四研究所',
          '中国电子科技集团有限公司',
        ],
        [],
      ],
      [
        'an institute written so four times',
        [
          '中国科学院\n自动化研究所',
          '中国科学院自动化研究所',
          '中国科学院 自动化研究所',
          '中国科学院\r\n自动化研究所',
        ],
        [2, 3, 4, 5],
      ],
      [
        'a joint applicant on the next line, the applicant counted',
        ['甲科技有限公司\n乙大学', '甲科技有限公司', '甲科技有限公司', '甲科技有限公司\n乙科技有限公司'],
        [2, 3, 4, 5],
      ],
    ])('%s', (_, units, marked) => {
      const rows = units.map((unit, i): ProjectRow => [unit, '', `项目${i}号`]);
      expect(
        findingsOf('unit-over-limit', workbook(projectSheet('S', rows))).map(([, , row]) => row),
      ).toEqual(marked);
    });
  });

  describe('flags a unit whose code has a typo in one row', () => {
    const rowsOf = (codes: string[], names = codes.map(() => '深圳市星河智算科技有限公司')): ProjectRow[] =>
      codes.map((code, i) => [names[i]!, code, `项目${i}号`]);
    const cases: [string, ProjectRow[]][] = [
      ['in the last row', rowsOf([A, A, A, failingCheck(A)])],
      ['in the first row', rowsOf([failingCheck(A), A, A, A])],
      ['beside a row without a code', rowsOf([A, A, failingCheck(A), ''])],
      [
        'with the name written with full-width brackets on the typo’d row',
        rowsOf(
          [A, A, A, failingCheck(A)],
          [
            '星河智算(深圳)科技有限公司',
            '星河智算(深圳)科技有限公司',
            '星河智算(深圳)科技有限公司',
            '星河智算（深圳）科技有限公司',
          ],
        ),
      ],
      [
        'with one code that fails its check on every row and no valid code, under two spellings of the name',
        rowsOf(
          [failingCheck(A), failingCheck(A), failingCheck(A), failingCheck(A)],
          ['星河智算', '星河智算', '星河智算科技', '星河智算科技'],
        ),
      ],
    ];
    test.each(cases)('%s', (_, rows) => {
      expect(findingsOf('unit-over-limit', workbook(projectSheet('S', rows)))).toEqual([
        ['unit-over-limit', 'S', 2, 'B', 'error'],
        ['unit-over-limit', 'S', 3, 'B', 'error'],
        ['unit-over-limit', 'S', 4, 'B', 'error'],
        ['unit-over-limit', 'S', 5, 'B', 'error'],
      ]);
    });

    test('and uscc-invalid and uscc-conflict still report the typo', () => {
      const grid = workbook(projectSheet('S', rowsOf([A, A, A, failingCheck(A)])));
      expect(findingsOf('uscc-invalid', grid)).toEqual([['uscc-invalid', 'S', 5, 'C', 'warning']]);
      expect(
        findingsOf('uscc-conflict', grid).map(([rule, sheet, row, column]) => [rule, sheet, row, column]),
      ).toEqual([2, 3, 4, 5].map((row) => ['uscc-conflict', 'S', row, 'C']));
    });
  });

  describe('accepts', () => {
    test('for a code that fails its check under a name that has two valid codes, which stays its own unit', () => {
      const rows: ProjectRow[] = [
        ['星河智算', A, '甲'],
        ['星河智算', A, '乙'],
        ['星河智算', B, '丙'],
        ['星河智算', failingCheck(A), '丁'],
      ];
      expect(findingsOf('unit-over-limit', workbook(projectSheet('S', rows)))).toEqual([]);
    });

    test('for a typo of a unit’s code under another name, which does not join that unit', () => {
      const rows: ProjectRow[] = [
        ['星河智算', A, '甲'],
        ['星河智算', A, '乙'],
        ['星河智算', A, '丙'],
        ['云图智联', failingCheck(A), '丁'],
      ];
      expect(findingsOf('unit-over-limit', workbook(projectSheet('S', rows)))).toEqual([]);
    });

    test('for a unit with exactly three projects', () => {
      const rows: ProjectRow[] = [1, 2, 3].map((n) => ['星河智算', A, `项目${n}`]);
      expect(findingsOf('unit-over-limit', workbook(projectSheet('S', rows)))).toEqual([]);
    });

    test('for two units whose names differ only by the bracketed region', () => {
      const rows: ProjectRow[] = [
        ['华科智能（北京）科技有限公司', '', '甲'],
        ['华科智能（北京）科技有限公司', '', '乙'],
        ['华科智能（上海）科技有限公司', '', '丙'],
        ['华科智能（上海）科技有限公司', '', '丁'],
      ];
      expect(findingsOf('unit-over-limit', workbook(projectSheet('S', rows)))).toEqual([]);
    });

    test('for one name under two codes, which stays two units', () => {
      const rows: ProjectRow[] = [
        ['星河智算', A, '甲'],
        ['星河智算', A, '乙'],
        ['星河智算', B, '丙'],
        ['星河智算', B, '丁'],
      ];
      expect(findingsOf('unit-over-limit', workbook(projectSheet('S', rows)))).toEqual([]);
    });
  });

  test('row order never changes which units are over the limit', () => {
    const unitRows = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(unitRows, fc.infiniteStream(fc.double()), (units, noise) => {
        const rows: ProjectRow[] = units.map((u, i) => [`单位${u}`, validUscc(u + 100), `项目${i}`]);
        const overUnits = (list: ProjectRow[]) =>
          new Set(
            checkGrid(workbook(projectSheet('S', list)))
              .summary.units.filter((s) => s.over > 0)
              .map((s) => s.unit),
          );
        const shuffled = rows
          .map((row) => ({ row, key: noise.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ row }) => row);
        expect(overUnits(shuffled)).toEqual(overUnits(rows));
      }),
      { numRuns: 50 },
    );
  });

  test('row order never changes which rows are over the limit, with codes that fail their check or are missing', () => {
    const name = fc.constantFrom('星河智算', '星河智算 ', '云图智联', '译通科技');
    const code = fc.constantFrom(A, B, failingCheck(A), failingCheck(B), '');
    const rows = fc.array(fc.tuple(name, code), { minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(rows, fc.infiniteStream(fc.double()), (made, noise) => {
        const list: ProjectRow[] = made.map(([unit, uscc], i) => [unit, uscc, `项目${i}号`]);
        const shuffled = list
          .map((row) => ({ row, key: noise.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ row }) => row);
        expect(overTitles(shuffled)).toEqual(overTitles(list));
      }),
      { numRuns: 60 },
    );
  });

  test('a typo in one row’s check character never lowers the count of a unit whose name is written the same', () => {
    // One unit: name 星河智算, valid code A, on `size` rows; among other units' rows, and rows of the same name
    // without a code or with another code that fails its check (never another valid code: that would be a conflict).
    const other = fc
      .tuple(fc.constantFrom('星河智算', '云图智联', '译通科技'), fc.constantFrom(B, failingCheck(B), ''))
      .map(([unit, uscc]) => [unit, unit === '星河智算' && uscc === B ? '' : uscc] as const);
    const made = fc.tuple(
      fc.integer({ min: 2, max: 6 }),
      fc.array(other, { maxLength: 8 }),
      fc.nat(),
      fc.infiniteStream(fc.double()),
    );
    fc.assert(
      fc.property(made, ([size, otherRows, pick, noise]) => {
        const unitRows = Array.from({ length: size }, (_, i): ProjectRow => [
          '星河智算',
          A,
          `本单位项目${i}号`,
        ]);
        const rows = [
          ...unitRows,
          ...otherRows.map(([unit, uscc], i): ProjectRow => [unit, uscc, `其他${i}号`]),
        ]
          .map((row) => ({ row, key: noise.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ row }) => row);
        // The unit is the one holding 本单位项目0号, and the typo goes on another of its rows.
        const projectsOfUnit = (list: ProjectRow[]) => {
          const anchor = list.findIndex((row) => row[2] === '本单位项目0号') + 2;
          const units = checkGrid(workbook(projectSheet('S', list))).summary.units;
          return units.find((unit) => unit.rows.some((ref) => ref.row === anchor))!.projects;
        };
        const typoAt = rows.findIndex((row) => row[2] === `本单位项目${1 + (pick % (size - 1))}号`);
        const typoed = rows.map((row, i): ProjectRow =>
          i === typoAt ? [row[0], failingCheck(A), row[2]] : row,
        );
        expect(projectsOfUnit(typoed)).toBeGreaterThanOrEqual(projectsOfUnit(rows));
      }),
      { numRuns: 60 },
    );
  });
});
