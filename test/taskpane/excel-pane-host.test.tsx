/** @jest-environment ./test/helpers/jsdom-environment.js */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultProfile } from '../../src/core/profile';
import { mainThreadRunner } from '../../src/taskpane/check-runner';
import { excelPaneHost } from '../../src/taskpane/excel-pane-host';
import type { OfficeHost } from '../../src/excel/office-host';
import type { PaneHost } from '../../src/taskpane/pane-host';
import { PaneApp } from '../../src/taskpane/PaneApp';
import { decodeTextFile } from '../../src/xlsx/decode-text';
import { readTableFile } from '../../src/xlsx/read-table-file';
import type { FakeExcel } from '../helpers/fake-excel';
import { memoryStore, sampleExcel } from '../helpers/fake-pane-host';
import { markExcel, summariesExcel } from '../helpers/office-marks';
import { NOTE_HEADER } from '../../src/workbook/note-block';

/** The Excel pane host over an Office host, with the parts that don't concern these tests. */
const paneHost = (office: OfficeHost): PaneHost =>
  excelPaneHost(office, {
    lang: 'zh-CN',
    runCheck: mainThreadRunner(defaultProfile()),
    pcStore: memoryStore(),
    workbookStore: memoryStore(),
    readTableFile: (file, key) => readTableFile(file.bytes, file.name, key),
    decodeText: decodeTextFile,
    removeHandler: () => Promise.resolve(),
  });

/** The real Excel glue over the fake Excel. The fake has no events, so the edit subscription is a stub here. */
function glue(excel: FakeExcel): PaneHost {
  return { ...paneHost(excel.host), onSheetsChanged: () => Promise.resolve(() => Promise.resolve()) };
}

const text = (element: Element): string => element.textContent ?? '';

describe('the pane over the Excel glue and the fake Excel', () => {
  test("checks, marks, selects a finding's cell, and knows the marks when opened again", async () => {
    const excel = sampleExcel();
    const user = userEvent.setup();
    render(<PaneApp host={glue(excel)} />);
    await user.click(screen.getByRole('button', { name: '开始校验' }));
    expect(text(await screen.findByTestId('verdict'))).toContain('发现 4 个错误、1 个警告。');
    expect(excel.state.sheet('校验报告')).toBeDefined();
    expect(excel.cell('推荐表', 6, 7)?.fill.pattern).toBe('Solid');

    await user.click(screen.getByRole('button', { name: /^推荐表 G6/u }));
    await waitFor(() =>
      expect(excel.state.selection).toEqual({ sheet: '推荐表', rowIndex: 5, columnIndex: 6 }),
    );

    document.body.innerHTML = '';
    render(<PaneApp host={glue(excel)} />);
    expect(await screen.findByTestId('marks-banner')).toBeDefined();
    await user.click(screen.getByRole('button', { name: '设置' }));
    // Our own sheets are no data sheets to choose from.
    expect(screen.getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual(['推荐表']);
  });

  test('before any check, Settings offers no summary tab of ours that the officer renamed as a data sheet', async () => {
    const excel = sampleExcel();
    await summariesExcel(excel);
    excel.state.sheet('汇总-按单位')!.name = '附件2';
    const user = userEvent.setup();
    render(<PaneApp host={glue(excel)} />);
    await user.click(await screen.findByRole('button', { name: '设置' }));
    await waitFor(() =>
      expect(screen.getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual([
        '推荐表',
      ]),
    );
  });

  test('a click on a finding whose sheet the officer renamed since the check says so in one sentence', async () => {
    const excel = sampleExcel();
    const user = userEvent.setup();
    render(<PaneApp host={glue(excel)} />);
    await user.click(screen.getByRole('button', { name: '开始校验' }));
    await screen.findByTestId('verdict');
    excel.renameSheet('推荐表', '推荐表（终稿）');

    await user.click(screen.getByRole('button', { name: /^推荐表 G6/u }));
    expect(text(await screen.findByTestId('failure'))).toBe(
      '这个问题所在的工作表已不在工作簿中（可能已改名或删除）；请再次单击“开始校验”，按工作表现在的名称重新列出问题。',
    );
  });

  test('on an Office below ExcelApi 1.9 the pane says so as soon as it opens', async () => {
    render(<PaneApp host={glue(sampleExcel({ apiVersion: 8 }))} />);
    expect(text(await screen.findByTestId('failure'))).toMatch(/^此版本的 Excel 缺少本加载项需要的功能/u);
  });

  test("Excel's changed events of the add-in's own writes are no edits of the officer's", async () => {
    type Changed = (
      event: Pick<Excel.WorksheetChangedEventArgs, 'worksheetId' | 'triggerSource'>,
    ) => Promise<void>;
    let changed: Changed | undefined;
    // Just enough of Office.js for the subscription: the changed event, and a sheet's name by its id.
    const context = {
      workbook: {
        worksheets: {
          onChanged: { add: (handler: Changed) => ((changed = handler), {}) },
          getItem: () => ({ load: () => ({ name: '推荐表' }) }),
        },
      },
      sync: () => Promise.resolve(),
    };
    const office: OfficeHost = {
      run: (batch) => batch(context as unknown as Excel.RequestContext),
      supports: () => true,
    };
    const listener = jest.fn();
    await paneHost(office).onSheetsChanged(listener);

    await changed!({ worksheetId: '{1}', triggerSource: 'ThisLocalAddin' });
    expect(listener).not.toHaveBeenCalled();
    await changed!({ worksheetId: '{1}', triggerSource: 'Unknown' });
    expect(listener).toHaveBeenCalledWith(['推荐表']);
  });

  test('a marked sheet copied without our record shows the banner, and 清除标记 takes the marks away and names them', async () => {
    const excel = sampleExcel();
    await markExcel(excel);
    const sheets = excel.state.sheets;
    sheets.splice(0, sheets.length, ...sheets.filter((sheet) => sheet.name === '推荐表'));
    const user = userEvent.setup();
    render(<PaneApp host={glue(excel)} />);
    const banner = await screen.findByTestId('marks-banner');
    await user.click(within(banner).getByRole('button', { name: '清除标记' }));
    await waitFor(() => expect(screen.queryByTestId('marks-banner')).toBeNull());
    expect(document.body.textContent).toContain(
      '原底色无法确定，已去除标记底色和字体颜色，请核对：推荐表 A2、B2',
    );
    expect([...excel.state.notes.values()].filter((note) => note.content.includes(NOTE_HEADER))).toEqual([]);
    expect(excel.cell('推荐表', 6, 7)?.fill.pattern).toBe('None');
  });
});
