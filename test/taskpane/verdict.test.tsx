/** @jest-environment ./test/helpers/jsdom-environment.js */
import { render, screen } from '@testing-library/react';
import type { CellValue, WorkbookGrid } from '../../src/core/grid';
import type { Lang } from '../../src/i18n';
import { Verdict } from '../../src/taskpane/components/Verdict';
import { checkGrid } from '../helpers/findings';
import { projectSheet, workbook } from '../helpers/grid';
import { validUscc } from '../helpers/uscc';
import { projectsBelowSealLine, tableBesideNanshan } from '../helpers/unread-parts';

/**
 * The verdict of the pane and the page says how many project rows are hidden and how many cells hide their content
 * by number format (`;;;`), as the text report does: what is submitted but can't be seen, even where no rule found
 * anything wrong with it.
 */

const hidden = (value: CellValue) => ({ value, text: '' });

const result = (rows: Parameters<typeof projectSheet>[1]) => checkGrid(workbook(projectSheet('S', rows)));

describe('the verdict and cells hidden by their number format', () => {
  test.each<[Lang, RegExp]>([
    ['zh-CN', /有 2 个单元格的内容被数字格式隐藏.*会随表上报/u],
    ['en-US', /hides the content of 2 cells.*submitted/u],
  ])('names how many, in %s', (lang, sentence) => {
    render(
      <Verdict
        result={result([
          [hidden('华科智能有限公司'), hidden(validUscc(1)), '智能传感器项目'],
          ['星河科技有限公司', validUscc(2), '工业视觉项目'],
        ])}
        lang={lang}
      />,
    );
    expect(screen.getByTestId('hidden-by-format').textContent).toMatch(sentence);
  });

  test('says nothing of it when no cell hides its content', () => {
    render(<Verdict result={result([['华科智能有限公司', validUscc(1), '智能传感器项目']])} lang="zh-CN" />);
    expect(screen.queryByTestId('hidden-by-format')).toBeNull();
  });
});

describe('the verdict and hidden rows', () => {
  const rows: Parameters<typeof projectSheet>[1] = [
    ['华科智能有限公司', validUscc(1), '智能传感器项目'],
    ['星河科技有限公司', validUscc(2), '工业视觉项目'],
    ['云帆科技有限公司', validUscc(3), '机器翻译项目'],
  ];

  test.each<[Lang, RegExp]>([
    ['zh-CN', /有 2 个项目所在的行被隐藏.*会随表上报/u],
    ['en-US', /2 project rows are hidden.*submitted/u],
  ])('names how many project rows are hidden, in %s, as the text report does', (lang, sentence) => {
    const grid = workbook(projectSheet('S', rows, { hiddenRows: [2, 4] }));
    render(<Verdict result={checkGrid(grid)} lang={lang} />);
    expect(screen.getByTestId('hidden-rows').textContent).toMatch(sentence);
  });

  test('says nothing of it when no project row is hidden', () => {
    render(<Verdict result={result(rows)} lang="zh-CN" />);
    expect(screen.queryByTestId('hidden-rows')).toBeNull();
  });
});

/** Rows that read as projects but were not checked, as the pane's verdict names them by sheet. */
describe.each<[string, string, WorkbookGrid, RegExp, RegExp]>([
  [
    'rows below the end of a table that read as projects',
    'projects-below-end',
    projectsBelowSealLine,
    /工作表“南山区”第 3 行是表尾.*其下有 2 行看起来是项目，但未作检查/u,
    /Row 3 of sheet "南山区" ends the table.*2 rows below it look like projects but were not checked/u,
  ],
  [
    'a table beside a sheet’s',
    'table-beside',
    tableBesideNanshan,
    /工作表“南山区”从 F 列起像是并排的另一张表.*未作检查/u,
    /From column F on, sheet "南山区" holds another table beside its own.*not checked/u,
  ],
])('the verdict and %s', (_, testId, grid, zhCN, enUS) => {
  test.each<[Lang, RegExp]>([
    ['zh-CN', zhCN],
    ['en-US', enUS],
  ])('names the sheet and where, in %s', (lang, sentence) => {
    render(<Verdict result={checkGrid(grid)} lang={lang} />);
    expect(screen.getByTestId(testId).textContent).toMatch(sentence);
  });

  test('says nothing of it when there are none', () => {
    render(<Verdict result={result([['华科智能有限公司', validUscc(1), '智能传感器项目']])} lang="zh-CN" />);
    expect(screen.queryByTestId(testId)).toBeNull();
  });
});

describe('the verdict and hidden sheets', () => {
  const rows: Parameters<typeof projectSheet>[1] = [['华科智能有限公司', validUscc(1), '智能传感器项目']];
  const grid = workbook(
    projectSheet('南山区', rows),
    projectSheet('福田区', [['星河科技有限公司', validUscc(2), '工业视觉项目']], { visibility: 'hidden' }),
    projectSheet('宝安区', [['云帆科技有限公司', validUscc(3), '机器翻译项目']], { visibility: 'hidden' }),
  );

  test.each<[Lang, RegExp]>([
    ['zh-CN', /^工作表“福田区”“宝安区”已隐藏，标签栏里看不到，但会随表上报/u],
    ['en-US', /^Sheets "福田区", "宝安区" are hidden: no tab shows them, but they are submitted/u],
  ])('names the hidden sheets that were checked, in %s, as the text report does', (lang, sentence) => {
    render(<Verdict result={checkGrid(grid)} lang={lang} />);
    expect(screen.getByTestId('hidden-sheets').textContent).toMatch(sentence);
  });

  test('says nothing of it when no sheet is hidden', () => {
    render(<Verdict result={result(rows)} lang="zh-CN" />);
    expect(screen.queryByTestId('hidden-sheets')).toBeNull();
  });
});
