import { defaultProfile } from '../../../src/core/profile';
import { parseWinners, WinnersList } from '../../../src/core/winners/winners-list';
import { checkGrid, findingsOf } from '../../helpers/findings';
import { renderFinding } from '../../../src/i18n';
import { choiceSheet, HEADER, projectSheet, sheet, workbook, type ProjectRow } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';
import { listOf } from '../../helpers/lists';
import { winnersFrom } from '../../helpers/winners';

const winners = new WinnersList([
  {
    project: '高精度MEMS智能传感器研发及产业化',
    unit: '华科智能（北京）科技有限公司',
    direction: '智能传感器',
  },
  {
    project: '端侧推断框架（一期）',
    unit: '华科智能（北京）科技有限公司',
    direction: '终端人工智能推断框架',
  },
  { project: '多语种机器翻译系统', unit: '译通科技有限公司', direction: '机器翻译系统' },
]);

const grid = (...rows: ProjectRow[]) => workbook(projectSheet('S', rows));

/** A sheet of the standard header and a 联合申报单位 column (H): each row a unit, its joint units and its title. */
const withJointColumn = (...rows: [unit: string, joint: string, project: string][]) =>
  workbook(
    sheet('S', [
      [...HEADER, '联合申报单位'],
      ...rows.map(([unit, joint, project], i) => [
        i + 1,
        unit,
        validUscc(i + 1),
        project,
        '智能传感器',
        '核心基础',
        '13912345678',
        joint,
      ]),
    ]),
  );

describe('previous-winner-unit', () => {
  describe('flags', () => {
    test.each(['优胜单位', '揭榜优胜单位', '单位'])('for a unit from a list headed %s', (unitHeader) => {
      const list = listOf(
        parseWinners(
          workbook(
            sheet('优胜名单', [
              ['揭榜方向', '项目名称', unitHeader, '推荐单位'],
              ['机器翻译系统', '多语种机器翻译系统', '译通科技有限公司', '深圳市工业和信息化局'],
            ]),
          ),
          defaultProfile(),
        ),
      );
      const rows: ProjectRow[] = [['译通科技有限公司', validUscc(1), '面向政务的语音识别平台']];
      expect(findingsOf('previous-winner-unit', grid(...rows), { winners: list })).toEqual([
        ['previous-winner-unit', 'S', 2, 'B', 'warning'],
      ]);
    });

    test('for a previous winner’s unit with another project, on the unit column', () => {
      const rows: ProjectRow[] = [['译通科技有限公司', validUscc(1), '面向政务的语音识别平台']];
      expect(findingsOf('previous-winner-unit', grid(...rows), { winners })).toEqual([
        ['previous-winner-unit', 'S', 2, 'B', 'warning'],
      ]);
    });

    test('for the unit written with ASCII brackets and a trailing ideographic space, naming the project it won with', () => {
      const rows: ProjectRow[] = [['华科智能(北京)科技有限公司\u3000', validUscc(1), '城市级视觉大模型平台']];
      const result = checkGrid(grid(...rows), { winners });
      expect(findingsOf('previous-winner-unit', grid(...rows), { winners })).toEqual([
        ['previous-winner-unit', 'S', 2, 'B', 'warning'],
      ]);
      // The values carry the cell's display text, trimmed as every field is; only the comparison is normalised.
      expect(result.findings.find((f) => f.rule === 'previous-winner-unit')?.values).toEqual({
        unit: '华科智能(北京)科技有限公司',
        winnerProject: '高精度MEMS智能传感器研发及产业化',
      });
    });

    test.each([
      ['a product name before a slash', '译通云/译通科技有限公司'],
      ['its English name after a slash', '译通科技有限公司/Yitong Technology Co., Ltd.'],
      ['a joint applicant after it, with a note on its role', '译通科技有限公司（牵头）、乙大学'],
    ])('for the unit written with %s, naming the unit that won, not the whole cell', (_, cell) => {
      const rows: ProjectRow[] = [[cell, validUscc(1), '面向政务的语音识别平台']];
      const found = checkGrid(grid(...rows), { winners }).findings.filter(
        (f) => f.rule === 'previous-winner-unit',
      );
      expect(found.map((f) => [f.rule, f.sheet, f.row, f.column, f.values.unit])).toEqual([
        ['previous-winner-unit', 'S', 2, 'B', '译通科技有限公司'],
      ]);
    });

    test('for every row of the unit that carries a new project, but not the row of its old one', () => {
      const rows: ProjectRow[] = [
        ['译通科技有限公司', validUscc(1), '面向政务的语音识别平台'],
        ['译通科技有限公司', validUscc(1), '多语种机器翻译系统'],
        ['译通科技有限公司', validUscc(1), '跨境电商实时翻译引擎'],
      ];
      expect(findingsOf('previous-winner-unit', grid(...rows), { winners })).toEqual([
        ['previous-winner-unit', 'S', 2, 'B', 'warning'],
        ['previous-winner-unit', 'S', 4, 'B', 'warning'],
      ]);
    });

    test('for a winner’s unit whose row has no title', () => {
      const rows: ProjectRow[] = [['译通科技有限公司', validUscc(1), '']];
      expect(findingsOf('previous-winner-unit', grid(...rows), { winners })).toEqual([
        ['previous-winner-unit', 'S', 2, 'B', 'warning'],
      ]);
    });
  });

  describe('flags the winning unit written otherwise: one unit by its code, or as the check counts units', () => {
    const [C, D, H] = [validUscc(3), validUscc(4), validUscc(8, '12100000')];
    const list = winnersFrom([
      ['序号', '揭榜方向', '项目名称', '申报单位', '统一社会信用代码'],
      [1, '高性能云端人工智能芯片', '天璇云端训练芯片', '杭州丙微电子股份有限公司', C],
      [2, '人工智能训练资源库', '城市交通多模态训练数据集', '杭州丁数据科技有限公司', D],
      [3, '智能传感器', '多模态触觉智能传感器', '哈工大', ''],
      [4, '终端人工智能推断框架', '端侧轻量推断框架', '浙江大学计算机科学与技术学院', ''],
    ]);
    test.each<[string, ProjectRow]>([
      [
        '股份有限公司 on the list, 有限公司 on the row, one code',
        ['杭州丙微电子有限公司', C, '天璇推理芯片'],
      ],
      ['a unit renamed since, one code', ['杭州新丁数据科技有限公司', D, '城市交通多模态训练数据集（二期）']],
      ['a short name on the list', ['哈尔滨工业大学', H, '触觉传感器阵列']],
      [
        'a school on the list, its university on the row',
        ['浙江大学', validUscc(6, '12100000'), '端侧推断加速库'],
      ],
    ])('for %s', (_, row) => {
      expect(findingsOf('previous-winner-unit', grid(row), { winners: list })).toEqual([
        ['previous-winner-unit', 'S', 2, 'B', 'warning'],
      ]);
    });

    test('for a row without a code, whose name another row writes with the winner’s code', () => {
      const rows: ProjectRow[] = [
        ['杭州新丁数据科技有限公司', D, '城市交通多模态训练数据集（二期）'],
        ['杭州新丁数据科技有限公司', '', '城市交通信号优化系统'],
      ];
      expect(findingsOf('previous-winner-unit', grid(...rows), { winners: list })).toEqual([
        ['previous-winner-unit', 'S', 2, 'B', 'warning'],
        ['previous-winner-unit', 'S', 3, 'B', 'warning'],
      ]);
    });

    test('naming the winner as the list writes it where the row’s unit is found under another name', () => {
      const row: ProjectRow = ['杭州新丁数据科技有限公司', D, '城市交通信号优化系统'];
      const finding = checkGrid(grid(row), { winners: list }).findings.find(
        (f) => f.rule === 'previous-winner-unit',
      )!;
      expect(finding.values).toEqual({
        unit: '杭州新丁数据科技有限公司',
        winnerProject: '城市交通多模态训练数据集',
        winnerUnit: '杭州丁数据科技有限公司',
      });
      expect(renderFinding(finding, 'zh-CN')).toContain('认定为前期揭榜优胜单位“杭州丁数据科技有限公司”');
      expect(renderFinding(finding, 'en-US')).toContain(
        'is taken for the previous winner "杭州丁数据科技有限公司"',
      );
    });

    test('but not another unit under another code', () => {
      const row: ProjectRow = ['杭州己微电子有限公司', validUscc(7), '天璇推理芯片'];
      expect(findingsOf('previous-winner-unit', grid(row), { winners: list })).toEqual([]);
    });
  });

  describe('flags a joint applicant', () => {
    test('for one named after the applicant in the 申报单位 cell, on that cell', () => {
      const rows: ProjectRow[] = [
        ['甲科技有限公司、译通科技有限公司', validUscc(1), '面向政务的语音识别平台'],
      ];
      const result = checkGrid(grid(...rows), { winners });
      expect(findingsOf('previous-winner-unit', grid(...rows), { winners })).toEqual([
        ['previous-winner-unit', 'S', 2, 'B', 'warning'],
      ]);
      expect(result.findings.find((f) => f.rule === 'previous-winner-unit')?.values).toEqual({
        unit: '译通科技有限公司',
        winnerProject: '多语种机器翻译系统',
      });
    });

    test('for one named in the 联合申报单位 cell, on that cell', () => {
      const sheetWithJoint = withJointColumn([
        '甲科技有限公司',
        '乙大学、译通科技有限公司',
        '面向政务的语音识别平台',
      ]);
      expect(findingsOf('previous-winner-unit', sheetWithJoint, { winners })).toEqual([
        ['previous-winner-unit', 'S', 2, 'H', 'warning'],
      ]);
    });

    test('for one that both cells name, once, beside the applicant that won too', () => {
      const sheetWithJoint = withJointColumn([
        '华科智能（北京）科技有限公司、译通科技有限公司',
        '译通科技有限公司',
        '面向政务的语音识别平台',
      ]);
      expect(findingsOf('previous-winner-unit', sheetWithJoint, { winners })).toEqual([
        ['previous-winner-unit', 'S', 2, 'B', 'warning'],
        ['previous-winner-unit', 'S', 2, 'B', 'warning'],
      ]);
      const units = checkGrid(sheetWithJoint, { winners })
        .findings.filter((f) => f.rule === 'previous-winner-unit')
        .map((f) => f.values.unit);
      expect(units).toEqual(['华科智能（北京）科技有限公司', '译通科技有限公司']);
    });
  });

  describe('flags only the rows that go up where a choice column decides', () => {
    const UNIT = '译通科技有限公司';
    test.each<[string, string, (string | number)[], number[]]>([
      ['the winning unit’s row flagged 是', '是否推荐', ['是', '是'], [3]],
      ['the winning unit’s row flagged 否', '是否推荐', ['是', '否'], []],
      ['the winning unit’s row ranked', '推荐排序', [1, 2], [3]],
      ['the winning unit’s row left unranked where the other row is ranked', '推荐排序', [1, ''], []],
    ])('%s', (_, column, [other, mark], flagged) => {
      const rows: [string, string, string, string | number][] = [
        ['星河智算科技有限公司', validUscc(1), '端侧推断框架', other!],
        [UNIT, validUscc(2), '多语种语音识别系统', mark!],
      ];
      const found = findingsOf('previous-winner-unit', workbook(choiceSheet('S', column, rows)), { winners });
      expect(found.map(([, , row]) => row)).toEqual(flagged);
    });
  });

  describe('accepts', () => {
    test('for a joint applicant whose winning title is the row’s own, which is previous-winner’s to report', () => {
      const rows: ProjectRow[] = [['甲科技有限公司、译通科技有限公司', validUscc(1), '多语种机器翻译系统']];
      expect(findingsOf('previous-winner-unit', grid(...rows), { winners })).toEqual([]);
    });

    test('for an applicant that its own 联合申报单位 cell names again, once', () => {
      const sheetWithJoint = withJointColumn([
        '译通科技有限公司',
        '译通科技有限公司',
        '面向政务的语音识别平台',
      ]);
      expect(findingsOf('previous-winner-unit', sheetWithJoint, { winners })).toEqual([
        ['previous-winner-unit', 'S', 2, 'B', 'warning'],
      ]);
    });

    test('for the same unit with the same title, which is previous-winner’s error', () => {
      const rows: ProjectRow[] = [['译通科技有限公司', validUscc(1), '多语种机器翻译系统']];
      const result = checkGrid(grid(...rows), { winners });
      expect(findingsOf('previous-winner-unit', grid(...rows), { winners })).toEqual([]);
      expect(findingsOf('previous-winner', grid(...rows), { winners })).toEqual([
        ['previous-winner', 'S', 2, 'D', 'error'],
      ]);
      expect(result.findings.map((f) => f.rule)).not.toContain('previous-winner-unit');
    });

    test.each([
      ['quotation marks', '“多语种”机器翻译系统'],
      ['a trailing full stop', '多语种机器翻译系统。'],
      ['another letter case', '多语种机器翻译系统V2'],
    ])(
      'for the same unit with its winning title written with %s, which previous-winner reports',
      (_, title) => {
        const list = new WinnersList([
          ...winners.winners,
          { project: '多语种机器翻译系统v2', unit: '译通科技有限公司', direction: '机器翻译系统' },
        ]);
        const rows: ProjectRow[] = [['译通科技有限公司', validUscc(1), title]];
        expect(findingsOf('previous-winner', grid(...rows), { winners: list })).toEqual([
          ['previous-winner', 'S', 2, 'D', 'error'],
        ]);
        expect(findingsOf('previous-winner-unit', grid(...rows), { winners: list })).toEqual([]);
      },
    );

    test('for a unit that won with another project, on a row whose title another unit won with', () => {
      const rows: ProjectRow[] = [['译通科技有限公司', validUscc(1), '高精度MEMS智能传感器研发及产业化']];
      expect(findingsOf('previous-winner', grid(...rows), { winners })).toEqual([
        ['previous-winner', 'S', 2, 'D', 'warning'],
      ]);
      expect(findingsOf('previous-winner-unit', grid(...rows), { winners })).toEqual([]);
    });

    test('for the same unit with its second winning title, written with 【】 and spaces', () => {
      const rows: ProjectRow[] = [['华科智能（北京）科技有限公司', validUscc(1), '端侧 推断框架【一期】']];
      expect(findingsOf('previous-winner-unit', grid(...rows), { winners })).toEqual([]);
    });

    test('for a unit that differs from a winner only by the bracketed region', () => {
      const rows: ProjectRow[] = [['华科智能（上海）科技有限公司', validUscc(1), '城市级视觉大模型平台']];
      expect(findingsOf('previous-winner-unit', grid(...rows), { winners })).toEqual([]);
    });

    test('for a unit that is not on the list', () => {
      const rows: ProjectRow[] = [['云图智联科技有限公司', validUscc(1), '城市级视觉大模型平台']];
      expect(findingsOf('previous-winner-unit', grid(...rows), { winners })).toEqual([]);
    });

    test('for any unit when no winners list was given', () => {
      const rows: ProjectRow[] = [['译通科技有限公司', validUscc(1), '面向政务的语音识别平台']];
      expect(findingsOf('previous-winner-unit', grid(...rows))).toEqual([]);
    });

    test('for a row without a unit, even when the list has winners without one', () => {
      const withBlankUnit = new WinnersList([{ project: '多语种机器翻译系统', unit: '', direction: '' }]);
      const rows: ProjectRow[] = [['', validUscc(1), '面向政务的语音识别平台']];
      expect(findingsOf('previous-winner-unit', grid(...rows), { winners: withBlankUnit })).toEqual([]);
    });
  });
});
