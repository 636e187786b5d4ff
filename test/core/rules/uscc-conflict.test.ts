import { OTHERS_NAMED } from '../../../src/core/rules/uscc-conflict';
import { renderFinding } from '../../../src/i18n';
import { checkGrid, findingsOf } from '../../helpers/findings';
import { HEADER, projectSheet, sheet, workbook, type ProjectRow } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

const A = validUscc(1);
const B = validUscc(2);

const grid = (...rows: ProjectRow[]) => workbook(projectSheet('S', rows));

describe('uscc-conflict', () => {
  describe('flags', () => {
    test('for one code under two names, on both rows’ unit column', () => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, '项目甲'],
        ['星河智能科技有限公司', A, '项目乙'],
      ];
      const result = checkGrid(grid(...rows));
      expect(findingsOf('uscc-conflict', grid(...rows))).toEqual([
        ['uscc-conflict', 'S', 2, 'B', 'warning'],
        ['uscc-conflict', 'S', 3, 'B', 'warning'],
      ]);
      const findings = result.findings.filter((f) => f.rule === 'uscc-conflict');
      expect(findings.map((f) => f.values)).toEqual([
        { kind: 'code-two-names', code: A, unit: '星河智算科技有限公司', others: ['星河智能科技有限公司'] },
        { kind: 'code-two-names', code: A, unit: '星河智能科技有限公司', others: ['星河智算科技有限公司'] },
      ]);
      expect(findings.map((f) => f.related)).toEqual([[{ sheet: 'S', row: 3 }], [{ sheet: 'S', row: 2 }]]);
    });

    test('for a code filled down the rows of many units: naming a few of the others, and counting them all', () => {
      const units = OTHERS_NAMED + 4;
      const rows = Array.from({ length: units }, (_, i): ProjectRow => [
        `第${i}智能科技有限公司`,
        A,
        `项目${i}`,
      ]);
      const found = checkGrid(grid(...rows)).findings.filter((f) => f.rule === 'uscc-conflict');
      expect(found).toHaveLength(units);
      const second = found[1]!;
      expect(second.values).toEqual({
        kind: 'code-two-names',
        code: A,
        unit: '第1智能科技有限公司',
        others: [
          '第0智能科技有限公司',
          '第2智能科技有限公司',
          '第3智能科技有限公司',
          '第4智能科技有限公司',
          '第5智能科技有限公司',
        ],
        othersCount: units - 1,
        count: units,
        limit: 3,
      });
      expect(second.related).toHaveLength(units - 1);
      expect(renderFinding(second, 'zh-CN')).toContain(`“第5智能科技有限公司”等 ${units - 1} 个名称`);
    });

    test('for one name under two codes, on both rows’ code column', () => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, '项目甲'],
        ['星河智算科技有限公司', B, '项目乙'],
      ];
      const result = checkGrid(grid(...rows));
      expect(findingsOf('uscc-conflict', grid(...rows))).toEqual([
        ['uscc-conflict', 'S', 2, 'C', 'warning'],
        ['uscc-conflict', 'S', 3, 'C', 'warning'],
      ]);
      expect(result.findings.filter((f) => f.rule === 'uscc-conflict').map((f) => f.values)).toEqual([
        { kind: 'name-two-codes', code: A, unit: '星河智算科技有限公司', others: [B] },
        { kind: 'name-two-codes', code: B, unit: '星河智算科技有限公司', others: [A] },
      ]);
    });

    test('for one name under two codes whose rows together are over the limit, as an error that counts them', () => {
      const name = '江苏甲智能科技有限公司';
      const rows: ProjectRow[] = [
        [name, A, '项目甲'],
        [name, A, '项目乙'],
        [name, A, '项目丙'],
        [name, B, '项目丁'],
      ];
      expect(findingsOf('uscc-conflict', grid(...rows))).toEqual(
        [2, 3, 4, 5].map((row) => ['uscc-conflict', 'S', row, 'C', 'error']),
      );
      const findings = checkGrid(grid(...rows)).findings.filter((f) => f.rule === 'uscc-conflict');
      expect(findings.map((f) => f.values)).toEqual([
        ...[1, 2, 3].map(() => ({
          kind: 'name-two-codes',
          code: A,
          unit: name,
          others: [B],
          count: 4,
          limit: 3,
        })),
        { kind: 'name-two-codes', code: B, unit: name, others: [A], count: 4, limit: 3 },
      ]);
      expect(renderFinding(findings[3]!, 'zh-CN')).toContain('若为同一单位，共 4 项');
      expect(renderFinding(findings[3]!, 'en-US')).toContain('if they are one unit, it has 4 projects');
    });

    test.each<[string, number, 'error' | 'warning']>([
      ['together over the limit, as an error that counts them', 2, 'error'],
      ['together within the limit, as a warning', 1, 'warning'],
    ])('for one code under the names of two units counted apart, %s', (_, second, severity) => {
      const rows = [
        ...Array<string>(2).fill('陕西甲科技有限公司'),
        ...Array<string>(second).fill('陕西乙科技有限公司'),
      ];
      const sheetRows = rows.map((name, i): ProjectRow => [name, A, `项目${i}号`]);
      expect(findingsOf('uscc-conflict', grid(...sheetRows))).toEqual(
        rows.map((_, i) => ['uscc-conflict', 'S', i + 2, 'B', severity]),
      );
      const found = checkGrid(grid(...sheetRows)).findings.filter((f) => f.rule === 'uscc-conflict');
      if (severity === 'warning') return;
      expect(found[0]!.values).toMatchObject({ kind: 'code-two-names', count: 4, limit: 3 });
      expect(renderFinding(found[0]!, 'zh-CN')).toContain('若为同一单位，共 4 项');
      expect(renderFinding(found[0]!, 'en-US')).toContain('if they are one unit, it has 4 projects');
    });

    test('for one name under two codes, counting only the chosen rows where a choice column decides', () => {
      const name = '江苏甲智能科技有限公司';
      const marks = ['是', '是', '否', '是', '是'];
      const codes = [A, A, A, A, B];
      const sheetRows = marks.map((mark, i) => [
        i + 1,
        name,
        codes[i],
        `项目${i}`,
        '智能传感器',
        '核心基础',
        '13912345678',
        mark,
      ]);
      const chosen = workbook(sheet('S', [[...HEADER, '是否推荐'], ...sheetRows]));
      expect(findingsOf('uscc-conflict', chosen).map(([, , row, , severity]) => [row, severity])).toEqual([
        [2, 'error'],
        [3, 'error'],
        [4, 'error'],
        [5, 'error'],
        [6, 'error'],
      ]);
      marks[1] = '否';
      const fewer = workbook(
        sheet('S', [[...HEADER, '是否推荐'], ...sheetRows.map((row, i) => [...row.slice(0, 7), marks[i]])]),
      );
      expect(new Set(findingsOf('uscc-conflict', fewer).map(([, , , , severity]) => severity))).toEqual(
        new Set(['warning']),
      );
    });

    test('for one name under two codes on two sheets, pointing at the other sheet', () => {
      const grid2 = workbook(
        projectSheet('南山区', [['星河智算科技有限公司', A, '项目甲']]),
        projectSheet('福田区', [['星河智算科技有限公司', B, '项目乙']]),
      );
      const result = checkGrid(grid2);
      expect(findingsOf('uscc-conflict', grid2)).toEqual([
        ['uscc-conflict', '南山区', 2, 'C', 'warning'],
        ['uscc-conflict', '福田区', 2, 'C', 'warning'],
      ]);
      expect(result.findings.filter((f) => f.rule === 'uscc-conflict').map((f) => f.related)).toEqual([
        [{ sheet: '福田区', row: 2 }],
        [{ sheet: '南山区', row: 2 }],
      ]);
    });

    test('for a code whose check character fails, which still names a unit', () => {
      const failing = `${A.slice(0, 17)}${A.endsWith('0') ? '1' : '0'}`;
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', failing, '项目甲'],
        ['云图智联科技有限公司', failing, '项目乙'],
      ];
      expect(findingsOf('uscc-conflict', grid(...rows))).toEqual([
        ['uscc-conflict', 'S', 2, 'B', 'warning'],
        ['uscc-conflict', 'S', 3, 'B', 'warning'],
      ]);
    });

    test('for one code under two names and one of those names under a second code, both ways', () => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, '项目甲'],
        ['星河智能科技有限公司', A, '项目乙'],
        ['星河智能科技有限公司', B, '项目丙'],
      ];
      expect(findingsOf('uscc-conflict', grid(...rows))).toEqual([
        ['uscc-conflict', 'S', 2, 'B', 'warning'],
        ['uscc-conflict', 'S', 3, 'B', 'warning'],
        ['uscc-conflict', 'S', 3, 'C', 'warning'],
        ['uscc-conflict', 'S', 4, 'C', 'warning'],
      ]);
    });

    // A row without a code (or a name) is no third value: it is left out of `others` and `related`.
    test('for one name under two codes, naming only the other code when a third row has none', () => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, '项目甲'],
        ['星河智算科技有限公司', B, '项目乙'],
        ['星河智算科技有限公司', '', '项目丙'],
      ];
      const findings = checkGrid(grid(...rows))
        .findings.filter((f) => f.rule === 'uscc-conflict')
        .filter((f) => f.row !== 4);
      expect(findings.map((f) => [f.row, f.values.others, f.related])).toEqual([
        [2, [B], [{ sheet: 'S', row: 3 }]],
        [3, [A], [{ sheet: 'S', row: 2 }]],
      ]);
    });

    // The other way round: a row with the code but no unit name.
    test('for one code under two names, naming only the other name when a third row has none', () => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, '项目甲'],
        ['星河智能科技有限公司', A, '项目乙'],
        ['', A, '项目丙'],
      ];
      const findings = checkGrid(grid(...rows))
        .findings.filter((f) => f.rule === 'uscc-conflict')
        .filter((f) => f.row !== 4);
      expect(findings.map((f) => [f.row, f.values.others, f.related])).toEqual([
        [2, ['星河智能科技有限公司'], [{ sheet: 'S', row: 3 }]],
        [3, ['星河智算科技有限公司'], [{ sheet: 'S', row: 2 }]],
      ]);
    });
  });

  test('quotes a joint application’s own code and applicant, not its whole cells', () => {
    const rows: ProjectRow[] = [
      ['北京甲科技有限公司\n北京乙科技有限公司', `${A}\n${B}`, '项目甲'],
      ['北京丙科技有限公司', A, '项目乙'],
    ];
    const values = checkGrid(grid(...rows))
      .findings.filter((f) => f.rule === 'uscc-conflict')
      .map((f) => [f.row, f.values.code, f.values.unit, f.values.others]);
    expect(values).toEqual([
      [2, A, '北京甲科技有限公司', ['北京丙科技有限公司']],
      [3, A, '北京丙科技有限公司', ['北京甲科技有限公司']],
    ]);
  });

  describe('accepts', () => {
    test('for one unit with one code on several rows and sheets', () => {
      const grid2 = workbook(
        projectSheet('南山区', [
          ['星河智算科技有限公司', A, '项目甲'],
          ['云图智联科技有限公司', B, '项目乙'],
        ]),
        projectSheet('福田区', [['星河智算科技有限公司', A, '项目丙']]),
      );
      expect(findingsOf('uscc-conflict', grid2)).toEqual([]);
    });

    test('for one code under a name written with full-width or ASCII brackets and stray spaces', () => {
      const rows: ProjectRow[] = [
        ['华科智能（北京）科技有限公司', A, '项目甲'],
        ['华科智能(北京)科技有限公司\u3000', A, '项目乙'],
        ['华科智能【北京】科技有限公司', A, '项目丙'],
      ];
      expect(findingsOf('uscc-conflict', grid(...rows))).toEqual([]);
    });

    test('for one code under a name written with or without spaces between its words', () => {
      const rows: ProjectRow[] = [
        ['中国科学院自动化研究所', A, '项目甲'],
        ['中国科学院 自动化研究所', A, '项目乙'],
        ['Huawei Technologies Co., Ltd.', B, '项目丙'],
        ['Huawei Technologies Co.,Ltd.', B, '项目丁'],
      ];
      expect(findingsOf('uscc-conflict', grid(...rows))).toEqual([]);
    });

    test('for one code written in full width, in lower case and with spaces', () => {
      const spaced = `${A.slice(0, 6)} ${A.slice(6)}`;
      const fullWidth = [...A].map((ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).join('');
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, '项目甲'],
        ['星河智算科技有限公司', fullWidth, '项目乙'],
        ['星河智算科技有限公司', spaced.toLowerCase(), '项目丙'],
      ];
      expect(findingsOf('uscc-conflict', grid(...rows))).toEqual([]);
    });

    test('for two units that differ only by the bracketed region, each with its own code', () => {
      const rows: ProjectRow[] = [
        ['华科智能（北京）科技有限公司', A, '项目甲'],
        ['华科智能（上海）科技有限公司', B, '项目乙'],
      ];
      expect(findingsOf('uscc-conflict', grid(...rows))).toEqual([]);
    });

    test('for a malformed code, which is uscc-invalid’s and no second code', () => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, '项目甲'],
        ['星河智算科技有限公司', A.slice(0, 17), '项目乙'],
      ];
      expect(findingsOf('uscc-conflict', grid(...rows))).toEqual([]);
    });

    test('for a code stored as a number, which is id-as-number’s and no second code', () => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, '项目甲'],
        ['星河智算科技有限公司', { value: 9.11201163000123e17, text: '9.11201E+17' }, '项目乙'],
      ];
      expect(findingsOf('uscc-conflict', grid(...rows))).toEqual([]);
    });

    test('for rows without a code, or without a name', () => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, '项目甲'],
        ['星河智算科技有限公司', '', '项目乙'],
        ['', A, '项目丙'],
      ];
      expect(findingsOf('uscc-conflict', grid(...rows))).toEqual([]);
    });
  });
});
