import fc from 'fast-check';
import type { CellValue } from '../../../src/core/grid';
import { textReport } from '../../../src/cli/text-report';
import { renderFinding } from '../../../src/i18n';
import { readWorkbook } from '../../../src/xlsx/read-workbook';
import { checkGrid, findingsOf, tuplesOf } from '../../helpers/findings';
import { projectSheet, workbook, type ProjectRow } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';
import { xlsxBytes } from '../../helpers/xlsx';
import { formatHiddenText } from '../../../src/core/table/format-hidden';

/** A cell whose number format (`;;;`) shows nothing of the value it holds. */
const hidden = (value: CellValue) => ({ value, text: '' });

describe('a value that its number format hides (;;;)', () => {
  describe('formatHiddenText', () => {
    test.each<[string, CellValue, string]>([
      ['a string', '华科智能有限公司', '华科智能有限公司'],
      ['a number', 13912345678, '13912345678'],
      ['a date', { date: '2021-07-01' }, '2021-07-01'],
      ['a boolean', true, 'TRUE'],
    ])('reads %s as its value', (_, value, text) => {
      expect(formatHiddenText(hidden(value))).toBe(text);
    });

    test.each<[string, { value: CellValue; text: string }]>([
      ['an empty cell', { value: null, text: '' }],
      ['an empty string', { value: '', text: '' }],
      ['a string of spaces, which shows as blank as it is', { value: '  ', text: '  ' }],
      ['an error value', { value: { error: '#N/A' }, text: '' }],
      ['a cell that shows its value', { value: '华科', text: '华科' }],
    ])('leaves %s alone', (_, cell) => {
      expect(formatHiddenText(cell)).toBeUndefined();
    });

    test('never touches a cell that shows something', () => {
      fc.assert(
        fc.property(
          fc.string(),
          fc.string({ minLength: 1 }).filter((t) => t.trim() !== ''),
          (value, text) => {
            expect(formatHiddenText({ value, text })).toBeUndefined();
          },
        ),
      );
    });
  });

  test('counts for the rules: a unit, title and code hidden so are not required-missing', () => {
    const grid = workbook(
      projectSheet('S', [[hidden('华科智能有限公司'), hidden(validUscc(1)), hidden('智能传感器项目')]]),
    );
    expect(findingsOf('required-missing', grid)).toEqual([]);
  });

  test('is what a 同上 under it takes, as it takes any value written above it', () => {
    const unit = '华科智能有限公司';
    const rows = [hidden(unit), '同上', '同上', unit].map((name, i): ProjectRow => [name, '', `项目${i}`]);
    expect(findingsOf('unit-over-limit', workbook(projectSheet('S', rows))).map(([, , row]) => row)).toEqual([
      2, 3, 4, 5,
    ]);
  });

  test('a finding on such a cell says that its format hides it; others do not', () => {
    const grid = workbook(
      projectSheet('S', [
        [hidden('星河智算科技有限公司深圳分公司'), validUscc(1), '项目一'],
        ['某公司驻京办事处', validUscc(2), '项目二'],
      ]),
    );
    const result = checkGrid(grid);
    const found = result.findings
      .filter((f) => f.rule === 'not-legal-entity')
      .map((f) => [f.rule, f.sheet, f.row, f.column, f.hiddenByFormat ?? false]);
    expect(found).toEqual([
      ['not-legal-entity', 'S', 2, 'B', true],
      ['not-legal-entity', 'S', 3, 'B', false],
    ]);
    const [first] = result.findings.filter((f) => f.rule === 'not-legal-entity');
    expect(first && renderFinding(first, 'zh-CN')).toContain('数字格式把内容隐藏了');
  });

  test('in an .xlsx, a unit under ;;; is read as the upload system reads it', async () => {
    const bytes = await xlsxBytes((book) => {
      const sheet = book.addWorksheet('S');
      sheet.addRow(['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向']);
      sheet.addRow([1, '华科智能有限公司', validUscc(1), '项目一', '智能传感器']);
      sheet.getCell('B2').numFmt = ';;;';
    });
    const grid = await readWorkbook(bytes);
    const result = checkGrid(grid);
    expect(tuplesOf(result, 'required-missing')).toEqual([]);
    expect(result.sheets.map((s) => s.hiddenByFormat)).toEqual([1]);
    // The sentence is the point here: the report for people tells the officer to look.
    expect(textReport(result, 'zh-CN', grid)).toContain('有 1 个单元格的内容被数字格式隐藏');
  });

  test('the sheet counts the cells so hidden, as it counts hidden rows', () => {
    const grid = workbook(
      projectSheet('S', [
        [hidden('华科智能有限公司'), hidden(validUscc(1)), '项目一'],
        ['星河智算有限公司', validUscc(2), '项目二'],
      ]),
    );
    expect(checkGrid(grid).sheets.map((s) => [s.name, s.hiddenByFormat])).toEqual([['S', 2]]);
  });
});
