import fc from 'fast-check';
import { WinnersList } from '../../../src/core/winners/winners-list';
import { checkGrid, findingsOf } from '../../helpers/findings';
import {
  choiceSheet,
  HEADER,
  projectSheet,
  sheet,
  standardRow,
  workbook,
  type ProjectRow,
} from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';
import { winnersFrom } from '../../helpers/winners';

const winners = new WinnersList([
  {
    project: '高精度MEMS智能传感器研发及产业化',
    unit: '华科智能（北京）科技有限公司',
    direction: '智能传感器',
  },
  { project: '多语种机器翻译系统（一期）', unit: '译通科技有限公司', direction: '机器翻译系统' },
  { project: '多语种机器翻译系统（一期）', unit: '星河智算科技有限公司', direction: '机器翻译系统' },
]);

const grid = (...rows: ProjectRow[]) => workbook(projectSheet('S', rows));

/** A published winners list with the given header over one winner: 译通科技有限公司's 多语种机器翻译系统. */
function listHeaded(header: string[]): WinnersList {
  const winner: Record<string, string> = {
    方向: '机器翻译系统',
    项目名称: '多语种机器翻译系统',
    推荐单位: '深圳市工业和信息化局',
  };
  const row = header.map((label) => winner[label] ?? '译通科技有限公司');
  const list = winnersFrom([['揭榜优胜单位名单'], header, row]);
  if (!list) throw new Error('no winners table');
  return list;
}

describe('previous-winner', () => {
  describe('flags', () => {
    test('for the same title from the same unit, as an error', () => {
      const rows: ProjectRow[] = [
        ['华科智能（北京）科技有限公司', validUscc(1), '高精度MEMS智能传感器研发及产业化'],
      ];
      expect(findingsOf('previous-winner', grid(...rows), { winners })).toEqual([
        ['previous-winner', 'S', 2, 'D', 'error'],
      ]);
    });

    test('for a title written with full-width letters, 【】 brackets and stray spaces, from the unit written with ASCII brackets', () => {
      const rows: ProjectRow[] = [
        ['华科智能(北京)科技有限公司', validUscc(1), '高精度 ＭＥＭＳ 智能传感器研发及产业化'],
        ['译通科技有限公司\u3000', validUscc(2), '多语种机器翻译系统【一期】'],
      ];
      expect(findingsOf('previous-winner', grid(...rows), { winners })).toEqual([
        ['previous-winner', 'S', 2, 'D', 'error'],
        ['previous-winner', 'S', 3, 'D', 'error'],
      ]);
    });

    test('for the title with 项目 after it, or the winner’s with 项目 after it', () => {
      const withWord = new WinnersList([
        { project: '面向数据中心的高能效训练芯片', unit: '杭州云岫微电子有限公司', direction: '' },
        { project: '端侧语音识别推断框架项目', unit: '深圳市灵犀语联科技有限公司', direction: '' },
      ]);
      const rows: ProjectRow[] = [
        ['杭州云岫微电子有限公司', validUscc(1), '面向数据中心的高能效训练芯片项目'],
        ['深圳市灵犀语联科技有限公司', validUscc(2), '端侧语音识别推断框架'],
        ['深圳市灵犀语联科技有限公司', validUscc(2), '端侧语音识别推断框架项目管理平台'],
      ];
      expect(findingsOf('previous-winner', grid(...rows), { winners: withWord })).toEqual([
        ['previous-winner', 'S', 2, 'D', 'error'],
        ['previous-winner', 'S', 3, 'D', 'error'],
      ]);
    });

    test('for the title written in 《》, as the title itself', () => {
      const rows: ProjectRow[] = [
        ['华科智能（北京）科技有限公司', validUscc(1), '《高精度MEMS智能传感器研发及产业化》'],
      ];
      expect(findingsOf('previous-winner', grid(...rows), { winners })).toEqual([
        ['previous-winner', 'S', 2, 'D', 'error'],
      ]);
    });

    test('for a title whose quotes the list prints as corner brackets 「」 and the row types as “”, "" or not at all', () => {
      const quoted = new WinnersList([
        {
          project: '「天璇」MEMS惯性传感器研制',
          unit: '华科智能（北京）科技有限公司',
          direction: '智能传感器',
        },
      ]);
      const rows: ProjectRow[] = [
        ['华科智能（北京）科技有限公司', validUscc(1), '“天璇”MEMS惯性传感器研制'],
        ['华科智能（北京）科技有限公司', validUscc(1), '"天璇"MEMS惯性传感器研制'],
        ['华科智能（北京）科技有限公司', validUscc(1), '天璇MEMS惯性传感器研制'],
      ];
      expect(findingsOf('previous-winner', grid(...rows), { winners: quoted })).toEqual([
        ['previous-winner', 'S', 2, 'D', 'error'],
        ['previous-winner', 'S', 3, 'D', 'error'],
        ['previous-winner', 'S', 4, 'D', 'error'],
      ]);
    });

    test('for a title that differs from a winner’s only in spaces, punctuation and case, as that title', () => {
      const rows: ProjectRow[] = [
        ['华科智能（北京）科技有限公司', validUscc(1), '高精度mems智能传感器——研发及产业化'],
        ['星河智算科技有限公司', validUscc(2), '多语种·机器翻译系统 一期'],
      ];
      expect(findingsOf('previous-winner', grid(...rows), { winners })).toEqual([
        ['previous-winner', 'S', 2, 'D', 'error'],
        ['previous-winner', 'S', 3, 'D', 'error'],
      ]);
    });

    test('for the same title from another unit, as a warning naming the winner’s unit', () => {
      const rows: ProjectRow[] = [['云图智联科技有限公司', validUscc(1), '高精度MEMS智能传感器研发及产业化']];
      const result = checkGrid(grid(...rows), { winners });
      expect(findingsOf('previous-winner', grid(...rows), { winners })).toEqual([
        ['previous-winner', 'S', 2, 'D', 'warning'],
      ]);
      expect(result.findings.find((f) => f.rule === 'previous-winner')?.values).toEqual({
        project: '高精度MEMS智能传感器研发及产业化',
        sameUnit: false,
        winnerUnit: '华科智能（北京）科技有限公司',
      });
    });

    test('for a unit that differs from the winner only by the bracketed region, as a warning', () => {
      const rows: ProjectRow[] = [
        ['华科智能（上海）科技有限公司', validUscc(1), '高精度MEMS智能传感器研发及产业化'],
      ];
      expect(findingsOf('previous-winner', grid(...rows), { winners })).toEqual([
        ['previous-winner', 'S', 2, 'D', 'warning'],
      ]);
    });

    test('for a title that won twice, as an error when the row’s unit is the second winner', () => {
      const rows: ProjectRow[] = [['星河智算科技有限公司', validUscc(1), '多语种机器翻译系统(一期)']];
      const result = checkGrid(grid(...rows), { winners });
      expect(findingsOf('previous-winner', grid(...rows), { winners })).toEqual([
        ['previous-winner', 'S', 2, 'D', 'error'],
      ]);
      expect(result.findings.find((f) => f.rule === 'previous-winner')?.values).toMatchObject({
        sameUnit: true,
        winnerUnit: '星河智算科技有限公司',
      });
    });

    test('for a row on a second sheet', () => {
      const grid2 = workbook(
        projectSheet('南山区', [['云图智联科技有限公司', validUscc(1), '城市级视觉大模型平台']]),
        projectSheet('福田区', [['译通科技有限公司', validUscc(2), '多语种机器翻译系统（一期）']]),
      );
      expect(findingsOf('previous-winner', grid2, { winners })).toEqual([
        ['previous-winner', '福田区', 2, 'D', 'error'],
      ]);
    });
  });

  describe('flags the winning unit written otherwise, as an error: one unit by its code, or as the check counts units', () => {
    const [C, D, E, H, J] = [
      validUscc(3),
      validUscc(4),
      validUscc(5),
      validUscc(8, '12100000'),
      validUscc(9, '12100000'),
    ];
    const list = winnersFrom([
      ['序号', '揭榜方向', '项目名称', '申报单位', '统一社会信用代码'],
      [1, '高性能云端人工智能芯片', '天璇云端训练芯片', '杭州丙微电子股份有限公司', C],
      [2, '人工智能训练资源库', '城市交通多模态训练数据集', '杭州丁数据科技有限公司', D],
      [3, '终端人工智能推断框架', '灵犀端侧推断框架', '宁波戊软件有限公司', E],
      [4, '智能传感器', '多模态触觉智能传感器', '哈工大', H],
      [5, '终端人工智能推断框架', '端侧轻量推断框架', '浙江大学计算机科学与技术学院', ''],
      [6, '智能传感器', '水下声呐智能传感器', '哈工程', ''],
    ]);
    test.each<[string, ProjectRow]>([
      [
        '股份有限公司 on the list, 有限公司 on the row, one code',
        ['杭州丙微电子有限公司', C, '天璇云端训练芯片'],
      ],
      ['a unit renamed since, one code', ['杭州新丁数据科技有限公司', D, '城市交通多模态训练数据集']],
      ['a branch writing its company’s code', ['宁波戊软件有限公司杭州分公司', E, '灵犀端侧推断框架']],
      ['a branch without a code', ['宁波戊软件有限公司杭州分公司', '', '灵犀端侧推断框架']],
      ['a short name on the list, one code', ['哈尔滨工业大学', H, '多模态触觉智能传感器']],
      ['a short name on the list, no code', ['哈尔滨工程大学', J, '水下声呐智能传感器']],
      [
        'a school on the list, its university on the row',
        ['浙江大学', validUscc(6, '12100000'), '端侧轻量推断框架'],
      ],
    ])('for %s', (_, row) => {
      expect(findingsOf('previous-winner', grid(row), { winners: list })).toEqual([
        ['previous-winner', 'S', 2, 'D', 'error'],
      ]);
    });

    test('but as a warning for another unit under another code', () => {
      const row: ProjectRow = ['杭州己微电子有限公司', validUscc(7), '天璇云端训练芯片'];
      expect(findingsOf('previous-winner', grid(row), { winners: list })).toEqual([
        ['previous-winner', 'S', 2, 'D', 'warning'],
      ]);
    });
  });

  describe('flags a row whose joint unit won with this title, as an error: it is the same project', () => {
    const jointWinner = new WinnersList([
      { project: '多语种机器翻译系统', unit: '乙大学', direction: '机器翻译系统' },
    ]);

    test('whether its 申报单位 cell names that unit after the applicant, or its 联合申报单位 cell names it', () => {
      const grid2 = workbook(
        sheet('S', [
          [...HEADER, '联合申报单位'],
          standardRow(1, '甲科技有限公司、乙大学', validUscc(1), '多语种机器翻译系统'),
          [...standardRow(2, '丙科技有限公司', validUscc(2), '多语种机器翻译系统'), '乙大学'],
          [...standardRow(3, '丁科技有限公司', validUscc(3), '多语种机器翻译系统'), '戊大学'],
          [...standardRow(4, '', validUscc(4), '多语种机器翻译系统'), '乙大学'],
        ]),
      );
      expect(findingsOf('previous-winner', grid2, { winners: jointWinner })).toEqual([
        ['previous-winner', 'S', 2, 'D', 'error'],
        ['previous-winner', 'S', 3, 'D', 'error'],
        ['previous-winner', 'S', 4, 'D', 'warning'],
        ['previous-winner', 'S', 5, 'D', 'error'],
      ]);
    });

    test('in whatever order and cell the row writes its units, as an error exactly when one of them is the winner', () => {
      const names = ['甲科技有限公司', '乙大学', '丙研究院', '丁科技有限公司'];
      const written = fc.record({
        applicant: fc.constantFrom(...names),
        joint: fc.shuffledSubarray(names),
        inUnitCell: fc.boolean(),
        join: fc.constantFrom('、', '和', '；', '，'),
      });
      fc.assert(
        fc.property(fc.array(written, { minLength: 1, maxLength: 6 }), (rows) => {
          const grid2 = workbook(
            sheet('S', [
              [...HEADER, '联合申报单位'],
              ...rows.map(({ applicant, joint, inUnitCell, join }, i) => {
                const others = joint.filter((name) => name !== applicant);
                const unit = inUnitCell ? [applicant, ...others].join(join) : applicant;
                return [
                  ...standardRow(i + 1, unit, '', '多语种机器翻译系统'),
                  inUnitCell ? '' : others.join(join),
                ];
              }),
            ]),
          );
          const expected = rows.map(({ applicant, joint }, i) => [
            'previous-winner',
            'S',
            i + 2,
            'D',
            applicant === '乙大学' || joint.includes('乙大学') ? 'error' : 'warning',
          ]);
          expect(findingsOf('previous-winner', grid2, { winners: jointWinner })).toEqual(expected);
        }),
      );
    });
  });

  describe('flags a row from the winning unit, as an error, whatever the list heads its unit column', () => {
    const rows: ProjectRow[] = [
      ['译通科技有限公司', validUscc(1), '多语种机器翻译系统'],
      ['云图智联科技有限公司', validUscc(2), '多语种机器翻译系统'],
    ];
    test.each(['申报单位', '优胜单位', '揭榜优胜单位', '单位'])('for a list headed %s', (unitHeader) => {
      const winners = listHeaded(['方向', '项目名称', unitHeader, '推荐单位']);
      expect(findingsOf('previous-winner', grid(...rows), { winners })).toEqual([
        ['previous-winner', 'S', 2, 'D', 'error'],
        ['previous-winner', 'S', 3, 'D', 'warning'],
      ]);
    });
  });

  describe('flags a title on a list without units, as a warning that the units could not be compared', () => {
    const noUnits = listHeaded(['方向', '项目名称', '推荐单位']);
    test('for a row that names its unit', () => {
      const rows: ProjectRow[] = [['译通科技有限公司', validUscc(1), '多语种机器翻译系统']];
      const result = checkGrid(grid(...rows), { winners: noUnits });
      expect(findingsOf('previous-winner', grid(...rows), { winners: noUnits })).toEqual([
        ['previous-winner', 'S', 2, 'D', 'warning'],
      ]);
      expect(result.findings.find((f) => f.rule === 'previous-winner')?.values).toMatchObject({
        sameUnit: false,
        winnerUnit: '',
      });
    });

    test('for a row without a unit, which is not taken for the same empty unit', () => {
      const rows: ProjectRow[] = [['', validUscc(1), '多语种机器翻译系统']];
      expect(findingsOf('previous-winner', grid(...rows), { winners: noUnits })).toEqual([
        ['previous-winner', 'S', 2, 'D', 'warning'],
      ]);
    });
  });

  describe('flags only the rows that go up where a choice column decides', () => {
    const WON = '高精度MEMS智能传感器研发及产业化';
    const UNIT = '华科智能（北京）科技有限公司';
    test.each<[string, string, (string | number)[], number[]]>([
      ['the winner flagged 是', '是否推荐', ['是', '是'], [3]],
      ['the winner flagged 否, to take it out', '是否推荐', ['是', '否'], []],
      ['the winner ranked', '推荐排序', [1, 2], [3]],
      ['the winner left unranked where the other row is ranked', '推荐排序', [1, ''], []],
    ])('%s', (_, column, [other, mark], flagged) => {
      const rows: [string, string, string, string | number][] = [
        [UNIT, validUscc(1), '端侧推断框架', other!],
        [UNIT, validUscc(1), WON, mark!],
      ];
      const found = findingsOf('previous-winner', workbook(choiceSheet('S', column, rows)), { winners });
      expect(found.map(([, , row]) => row)).toEqual(flagged);
    });
  });

  describe('accepts', () => {
    test('for any title when no winners list was given', () => {
      const rows: ProjectRow[] = [
        ['华科智能（北京）科技有限公司', validUscc(1), '高精度MEMS智能传感器研发及产业化'],
      ];
      expect(findingsOf('previous-winner', grid(...rows))).toEqual([]);
    });

    test('for a title that is not on the list', () => {
      const rows: ProjectRow[] = [
        ['华科智能（北京）科技有限公司', validUscc(1), '高精度MEMS智能传感器研发及产业化（二期）'],
      ];
      expect(findingsOf('previous-winner', grid(...rows), { winners })).toEqual([]);
    });

    test('for a title that contains a winner’s title but is longer', () => {
      const rows: ProjectRow[] = [
        ['云图智联科技有限公司', validUscc(1), '基于多语种机器翻译系统（一期）的政务服务平台'],
      ];
      expect(findingsOf('previous-winner', grid(...rows), { winners })).toEqual([]);
    });

    test('for a row without a title', () => {
      const rows: ProjectRow[] = [['华科智能（北京）科技有限公司', validUscc(1), '']];
      expect(findingsOf('previous-winner', grid(...rows), { winners })).toEqual([]);
    });

    test('for an empty winners list', () => {
      const rows: ProjectRow[] = [
        ['华科智能（北京）科技有限公司', validUscc(1), '高精度MEMS智能传感器研发及产业化'],
      ];
      expect(findingsOf('previous-winner', grid(...rows), { winners: new WinnersList([]) })).toEqual([]);
    });
  });
});
