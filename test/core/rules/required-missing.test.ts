import { checkGrid, findingsOf, tuplesOf } from '../../helpers/findings';
import { projectSheet, sheet, workbook, type ProjectRow } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

describe('required-missing', () => {
  describe('flags', () => {
    test('for an empty unit, code, project and direction', () => {
      const grid = workbook(projectSheet('S', [['', '', '', '']], {}));
      expect(findingsOf('required-missing', grid)).toEqual([
        ['required-missing', 'S', 2, 'B', 'error'],
        ['required-missing', 'S', 2, 'C', 'error'],
        ['required-missing', 'S', 2, 'D', 'error'],
        ['required-missing', 'S', 2, 'E', 'error'],
      ]);
    });

    test('for an error value such as #N/A', () => {
      const grid = workbook(projectSheet('S', [['甲', validUscc(1), { error: '#N/A' }]]));
      expect(findingsOf('required-missing', grid)).toEqual([['required-missing', 'S', 2, 'D', 'error']]);
    });

    test.each(['#N/A', '#DIV/0!'])(
      'for an error value %s, saying which it is rather than that nothing was written',
      (error) => {
        const grid = workbook(projectSheet('S', [['甲', validUscc(1), '智能传感器平台', { error }]]));
        const result = checkGrid(grid);
        expect(tuplesOf(result, 'required-missing')).toEqual([['required-missing', 'S', 2, 'E', 'error']]);
        const finding = result.findings.find((f) => f.rule === 'required-missing');
        expect(finding?.values).toMatchObject({ field: 'direction', errorValue: error });
        expect(finding?.values).not.toHaveProperty('written');
      },
    );

    test('for cells holding nothing but zero-width characters', () => {
      const grid = workbook(projectSheet('S', [['\u200b', ' \u200b\u200c ', '项目一', '\ufeff']]));
      expect(findingsOf('required-missing', grid)).toEqual([
        ['required-missing', 'S', 2, 'B', 'error'],
        ['required-missing', 'S', 2, 'C', 'error'],
        ['required-missing', 'S', 2, 'E', 'error'],
      ]);
    });

    // Officers write a dash, a slash or a word such as 无 in a cell they leave out, and 待定 or 见附件 in one whose
    // value is not known yet or is written elsewhere; no other rule then reads it as a value: four rows of it are no
    // unit over its limit, no duplicate project, no code or phone gone wrong and no unknown direction.
    test.each([
      ...['—', '/', '——', '－', '／', '无', '暂无', '空', '不适用'],
      ...[
        '待定',
        '暂定',
        '待补充',
        '待填',
        '待确认',
        '见附件',
        '详见附件',
        '另附',
        '附后',
        '（待定）',
        '见附件2',
      ],
    ])('for a unit, code, project and direction that hold only %j, and for nothing else', (placeholder) => {
      const row: ProjectRow = [placeholder, placeholder, placeholder, placeholder, '核心基础', placeholder];
      const grid = workbook(projectSheet('S', [row, row, row, row]));
      const flagged = ['B', 'C', 'D', 'E'];
      const expected = [2, 3, 4, 5].flatMap((row) =>
        flagged.map((column) => ['required-missing', 'S', row, column, 'error']),
      );
      expect(findingsOf('required-missing', grid)).toEqual(expected);
      expect(checkGrid(grid).findings.filter((f) => f.rule !== 'required-missing')).toEqual([]);
    });

    test.each(['无', '暂无', '待定', '见附件'])('for a unit that says %j, counting no unit', (written) => {
      const grid = workbook(
        projectSheet(
          'S',
          [1, 2, 3, 4].map((i) => [written, validUscc(i), `项目${i}号`]),
        ),
      );
      expect(findingsOf('required-missing', grid)).toEqual(
        [2, 3, 4, 5].map((row) => ['required-missing', 'S', row, 'B', 'error']),
      );
      expect(findingsOf('unit-over-limit', grid)).toEqual([]);
    });

    test('for a code that says 无, saying what the cell holds', () => {
      const grid = workbook(projectSheet('S', [['甲', '无', '项目一']]));
      expect(checkGrid(grid).findings.find((f) => f.rule === 'required-missing')?.values).toEqual({
        field: 'uscc',
        label: '统一社会信用代码',
        missingColumn: false,
        written: '无',
      });
    });

    test('for a project that holds only a dash, saying what the cell holds', () => {
      const grid = workbook(projectSheet('S', [['甲', validUscc(1), '—']]));
      expect(checkGrid(grid).findings.find((f) => f.rule === 'required-missing')?.values).toEqual({
        field: 'project',
        label: '项目名称',
        missingColumn: false,
        written: '—',
      });
    });

    test('once per sheet that has no direction column', () => {
      const grid = workbook(
        sheet('S', [
          ['申报单位', '项目名称'],
          ['甲', '项目一'],
          ['乙', '项目二'],
        ]),
      );
      expect(findingsOf('required-missing', grid)).toEqual([['required-missing', 'S', 1, null, 'error']]);
    });

    const cells: Record<string, string> = {
      序号: '1',
      申报单位: '甲',
      组织机构代码: '55138508-2',
      项目名称: '项目一',
      揭榜方向: '智能传感器',
    };
    test.each([
      ['in place of the credit code', ['申报单位', '组织机构代码', '项目名称', '揭榜方向'], 'B'],
      ['after the project', ['序号', '申报单位', '项目名称', '揭榜方向', '组织机构代码'], 'E'],
    ])(
      'once per sheet with an old 组织机构代码 column and no credit code column: %s',
      (_, header, column) => {
        const grid = workbook(sheet('S', [header, header.map((h) => cells[h] ?? '')]));
        const result = checkGrid(grid);
        expect(tuplesOf(result, 'required-missing')).toEqual([['required-missing', 'S', 1, column, 'error']]);
        expect(result.findings.find((f) => f.rule === 'required-missing')?.values).toEqual({
          field: 'uscc',
          label: '',
          missingColumn: true,
          orgCodeLabel: '组织机构代码',
        });
      },
    );
    test('once for an old 组织机构代码 column that holds mostly old codes, one credit code among them', () => {
      const grid = workbook(
        sheet('S', [
          ['申报单位', '组织机构代码', '项目名称', '揭榜方向'],
          ['甲', '55138508-2', '项目一', '智能传感器'],
          ['乙', validUscc(2), '项目二', '智能传感器'],
          ['丙', '71093124-X', '项目三', '智能传感器'],
        ]),
      );
      expect(findingsOf('required-missing', grid)).toEqual([['required-missing', 'S', 1, 'B', 'error']]);
      expect(checkGrid(grid).sheets[0]?.columns).toMatchObject({ orgCode: 'B' });
    });
  });

  describe('accepts', () => {
    test('for a complete row', () => {
      expect(
        findingsOf('required-missing', workbook(projectSheet('S', [['甲', validUscc(1), '项目一']]))),
      ).toEqual([]);
    });

    test.each([
      ['a project with 暂定 after its name', '甲', '智能传感器平台（暂定）'],
      ['a project that begins with 待定', '甲', '待定区域智能巡检系统'],
      ['a project about 附件', '甲', '汽车附件缺陷视觉检测平台'],
      ['a unit whose name holds 见', '见微科技有限公司', '项目一'],
    ])('for %s, which is a name, not a word for one to come', (_, unit, project) => {
      expect(
        findingsOf('required-missing', workbook(projectSheet('S', [[unit, validUscc(1), project]]))),
      ).toEqual([]);
    });

    test('for a sheet without a code column', () => {
      const grid = workbook(
        sheet('S', [
          ['申报单位', '项目名称', '揭榜方向'],
          ['甲', '项目一', '智能传感器'],
        ]),
      );
      expect(findingsOf('required-missing', grid)).toEqual([]);
    });

    test('for a sheet with both a credit code and an old 组织机构代码 column', () => {
      const grid = workbook(
        sheet('S', [
          ['申报单位', '统一社会信用代码', '组织机构代码', '项目名称', '揭榜方向'],
          ['甲', validUscc(1), '55138508-2', '项目一', '智能传感器'],
        ]),
      );
      expect(findingsOf('required-missing', grid)).toEqual([]);
    });

    test('for a 组织机构代码 column that holds credit codes, read as the credit code column and checked', () => {
      const grid = workbook(
        sheet('S', [
          ['申报单位', '组织机构代码', '项目名称', '揭榜方向'],
          ['甲', validUscc(1), '项目一', '智能传感器'],
          ['乙', '91110108551385082A', '项目二', '智能传感器'],
          ['丙', { value: 911201163000123500, text: '911201163000123500' }, '项目三', '智能传感器'],
          ['丁', '', '项目四', '智能传感器'],
        ]),
      );
      const result = checkGrid(grid);
      expect(result.sheets[0]?.columns).toMatchObject({ uscc: 'B' });
      expect(result.sheets[0]?.columns.orgCode).toBeUndefined();
      expect(tuplesOf(result, 'required-missing')).toEqual([['required-missing', 'S', 5, 'B', 'error']]);
      expect(tuplesOf(result, 'uscc-invalid')).toEqual([['uscc-invalid', 'S', 3, 'B', 'warning']]);
      expect(tuplesOf(result, 'id-as-number')).toEqual([['id-as-number', 'S', 4, 'B', 'error']]);
    });
  });
});
