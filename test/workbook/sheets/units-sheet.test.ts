import { defaultProfile } from '../../../src/core/profile';
import { writeTexts } from '../../../src/i18n/write-texts';
import { unitsSheet } from '../../../src/workbook/sheets/units-sheet';
import { checkGrid } from '../../helpers/findings';
import { HEADER, sheet, workbook } from '../../helpers/grid';
import { fourUnitsNamingOneJointApplicant } from '../../helpers/joint-applicants';
import { validUscc } from '../../helpers/uscc';

const grid = fourUnitsNamingOneJointApplicant();

describe('unitsSheet (汇总-按单位)', () => {
  test('lists a joint-only unit with its joint rows, not counted, under the default profile', () => {
    const tab = unitsSheet(checkGrid(grid).summary, writeTexts('zh-CN'), '汇总-按单位');
    expect(tab.columns.map((c) => c.header)).toContain('联合申报（未计入）');
    expect(tab.rows).toContainEqual([5, '丙大学', '', 0, 4, 3, 0, '', '']);
    expect(tab.emphasis).toEqual([]);
  });

  test('leaves the name of a unit known by its code alone unwritten, and lists the rows that name no unit', () => {
    const row = (n: number, unit: string, code: string) => [
      n,
      unit,
      code,
      `项目${n}号`,
      '智能传感器',
      '核心基础',
    ];
    const blank = workbook(
      sheet('S', [
        HEADER.slice(0, 6),
        row(1, '甲科技有限公司', validUscc(1)),
        row(2, '', validUscc(2)),
        row(3, '', ''),
      ]),
    );
    const tab = (lang: 'zh-CN' | 'en-US') =>
      unitsSheet(checkGrid(blank).summary, writeTexts(lang), '汇总-按单位').rows.map((r) => r.slice(1, 8));
    expect(tab('zh-CN')).toEqual([
      ['甲科技有限公司', validUscc(1), 1, 0, 3, 0, 'S第 2 行'],
      ['（未填写）', validUscc(2), 1, 0, 3, 0, 'S第 3 行'],
      ['（未填写申报单位）', '', 1, 0, null, null, 'S第 4 行'],
    ]);
    expect(tab('en-US').map((r) => r[0])).toEqual([
      '甲科技有限公司',
      '(not given)',
      '(no applicant unit given)',
    ]);
  });

  test('counts them and marks the excess when the profile counts joint applications', () => {
    const counting = { profile: { ...defaultProfile(), countJointApplicants: true } };
    const tab = unitsSheet(checkGrid(grid, counting).summary, writeTexts('zh-CN'), '汇总-按单位');
    expect(tab.columns[4]?.header).toBe('其中联合申报');
    expect(tab.rows[0]?.slice(0, 7)).toEqual([1, '丙大学', '', 4, 4, 3, 1]);
    expect(tab.emphasis).toEqual([{ row: 0, column: 6, severity: 'error' }]);
  });

  test('says where the rows are that 是否推荐 leaves out, for a unit none of whose rows is chosen too', () => {
    const row = (n: number, unit: string, choice: string) => [
      n,
      unit,
      validUscc(unit.length),
      `项目${n}号`,
      '智能传感器',
      '核心基础',
      '13912345678',
      choice,
    ];
    const chosen = workbook(
      sheet('S', [
        [...HEADER, '是否推荐'],
        row(1, '甲科技有限公司', '是'),
        row(2, '甲科技有限公司', '否'),
        row(3, '乙大学', '否'),
      ]),
    );
    const tab = unitsSheet(checkGrid(chosen).summary, writeTexts('zh-CN'), '汇总-按单位');
    expect(tab.rows.map((r) => [r[1], r[3], r[7]])).toEqual([
      ['甲科技有限公司', 1, 'S第 2 行（另有未推荐的：S第 3 行）'],
      ['乙大学', 0, 'S第 4 行（均未推荐）'],
    ]);
  });

  test('says in 说明 what units tied by one name under two codes would have together, marked when over', () => {
    const row = (n: number, code: string) => [
      n,
      '甲科技有限公司',
      code,
      `项目${n}号`,
      '智能传感器',
      '核心基础',
      '13912345678',
    ];
    const [first, second] = [validUscc(1), validUscc(2)];
    const tied = (rows: number) =>
      workbook(
        sheet('S', [HEADER, ...Array.from({ length: rows }, (_, i) => row(i + 1, i < 2 ? first : second))]),
      );
    const over = unitsSheet(checkGrid(tied(4)).summary, writeTexts('zh-CN'), '汇总-按单位');
    expect(over.columns[8]?.header).toBe('说明');
    expect(over.rows.map((r) => [r[3], r[8]])).toEqual([
      [2, '同名的行填写了不同的统一社会信用代码，若为同一单位，共 4 项（上限 3 项，超出 1 项）'],
      [2, '同名的行填写了不同的统一社会信用代码，若为同一单位，共 4 项（上限 3 项，超出 1 项）'],
    ]);
    expect(over.emphasis).toEqual([
      { row: 0, column: 8, severity: 'error' },
      { row: 1, column: 8, severity: 'error' },
    ]);
    const within = unitsSheet(checkGrid(tied(3)).summary, writeTexts('zh-CN'), '汇总-按单位');
    expect(within.rows.map((r) => r[8])).toEqual([
      '同名的行填写了不同的统一社会信用代码，若为同一单位，共 3 项（上限 3 项）',
      '同名的行填写了不同的统一社会信用代码，若为同一单位，共 3 项（上限 3 项）',
    ]);
    expect(within.emphasis).toEqual([]);
  });
});
