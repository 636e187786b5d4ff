import { writeTexts } from '../../../src/i18n/write-texts';
import { directionsSheet } from '../../../src/workbook/sheets/directions-sheet';
import { checkGrid } from '../../helpers/findings';
import { HEADER, projectSheet, sheet, workbook } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

describe('directionsSheet (汇总-按揭榜方向)', () => {
  test('says that a cell names several directions, and counts its project once in the total', () => {
    const grid = workbook(
      projectSheet('S', [
        ['甲', validUscc(1), '项目一号', '智能传感器', '核心基础'],
        ['乙', validUscc(2), '项目二号', '智能传感器、机器翻译系统', '核心基础'],
        ['丙', validUscc(3), '项目三号', '区块链金融服务平台', '核心基础'],
      ]),
    );
    const tab = directionsSheet(checkGrid(grid).summary, writeTexts('zh-CN'), '汇总-按揭榜方向');
    expect(tab.rows).toEqual([
      [1, '核心基础', '智能传感器', 1, '是'],
      [2, '核心基础', '智能传感器、机器翻译系统', 1, '否（填了多个方向）'],
      [3, '核心基础', '区块链金融服务平台', 1, '否'],
      [null, '合计', null, 3, null],
    ]);
  });

  test('gives the rows that name no direction a line, unmarked, so that the total is every project', () => {
    const grid = workbook(
      projectSheet('S', [
        ['甲', validUscc(1), '项目一号', '', '核心基础'],
        ['乙', validUscc(2), '项目二号', '智能传感器', '核心基础'],
        ['丙', validUscc(3), '项目三号', '', ''],
      ]),
    );
    const tab = (lang: 'zh-CN' | 'en-US') =>
      directionsSheet(checkGrid(grid).summary, writeTexts(lang), '汇总-按揭榜方向');
    expect(tab('zh-CN').rows).toEqual([
      [1, '核心基础', '智能传感器', 1, '是'],
      [2, '', '（未填写揭榜方向）', 2, null],
      [null, '合计', null, 3, null],
    ]);
    expect(tab('zh-CN').emphasis).toEqual([]);
    expect(tab('en-US').rows[1]).toEqual([2, '', '(no direction given)', 2, null]);
  });

  test('heads its columns with the terms the rest of the report uses (所属类别, as in the category-mismatch rule)', () => {
    const grid = workbook(projectSheet('S', [['甲', validUscc(1), '项目一号', '智能传感器', '核心基础']]));
    const tab = directionsSheet(checkGrid(grid).summary, writeTexts('zh-CN'), '汇总-按方向');
    expect(tab.columns.map((column) => column.header)).toEqual([
      '序号',
      '所属类别',
      '揭榜方向',
      '项目数',
      '在方向清单中',
    ]);
  });

  test('counts the chosen rows where 是否推荐 leaves some out, and every row in a column of its own', () => {
    const row = (n: number, direction: string, choice: string) => [
      n,
      `单位${n}`,
      validUscc(n),
      `项目${n}号`,
      direction,
      '核心基础',
      '13912345678',
      choice,
    ];
    const grid = workbook(
      sheet('S', [
        [...HEADER, '是否推荐'],
        row(1, '智能传感器', '是'),
        row(2, '智能传感器', '否'),
        row(3, '区块链金融服务平台', '否'),
      ]),
    );
    const tab = directionsSheet(checkGrid(grid).summary, writeTexts('zh-CN'), '汇总-按方向');
    expect(tab.columns.map((column) => column.header)).toEqual([
      '序号',
      '所属类别',
      '揭榜方向',
      '计入项目数',
      '全部项目数',
      '在方向清单中',
    ]);
    expect(tab.rows).toEqual([
      [1, '核心基础', '智能传感器', 1, 2, '是'],
      [2, '核心基础', '区块链金融服务平台', 0, 1, '否'],
      [null, '合计', null, 1, 3, null],
    ]);
    expect(tab.emphasis).toEqual([{ row: 1, column: 5, severity: 'warning' }]);
  });
});
