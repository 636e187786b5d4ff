/** @jest-environment ./test/helpers/jsdom-environment.js */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OfficeFailure } from '../../src/excel/office-failure';
import { officeWorkbook } from '../../src/excel/office-workbook';
import { PaneApp } from '../../src/taskpane/PaneApp';
import { LIVE_DELAY_MS } from '../../src/taskpane/use-pane';
import { FakeExcel } from '../helpers/fake-excel';
import { fakePaneHost, sampleExcel, sampleRows, type FakePaneHost } from '../helpers/fake-pane-host';
import { validUscc } from '../helpers/uscc';

const START = '开始校验';

/** The text an element shows. */
const text = (element: Element): string => element.textContent ?? '';

function renderPane(fake: FakePaneHost) {
  const user = userEvent.setup();
  render(<PaneApp host={fake.host} />);
  return user;
}

async function checkSample(fake: FakePaneHost) {
  const user = renderPane(fake);
  await user.click(screen.getByRole('button', { name: START }));
  await screen.findByTestId('verdict');
  return user;
}

/** The places of the listed findings, as the list shows them (`推荐表 G6`). */
const places = () =>
  within(screen.getByTestId('findings'))
    .queryAllByRole('button', { name: /^推荐表 / })
    .map((button) => button.textContent?.split(/(?<=\d)(?=\D)/u)[0]);

describe('the task pane', () => {
  test('开始校验 reads, checks and marks: a verdict, counts by severity and findings grouped by rule', async () => {
    const excel = sampleExcel();
    const fake = fakePaneHost(excel);
    await checkSample(fake);

    const verdict = screen.getByTestId('verdict');
    expect(text(verdict)).toContain('发现 4 个错误、1 个警告。');
    expect(text(verdict)).toContain('已检查 1 张工作表、5 个项目。');
    expect(text(screen.getByTestId('count-error'))).toContain('4错误');
    expect(text(screen.getByTestId('count-warning'))).toContain('1警告');
    const overLimit = screen.getByTestId('group-unit-over-limit');
    expect(text(overLimit)).toContain('每个主体申报不超过3个项目');
    expect(within(overLimit).getAllByRole('listitem')).toHaveLength(4);
    expect(text(overLimit)).toContain('“甲公司”共申报 4 项');
    expect(within(screen.getByTestId('group-phone-invalid')).getAllByRole('listitem')).toHaveLength(1);

    // Marked: the offending cells, the report sheet and the record; the banner says so.
    expect(fake.port.writeLooks).toHaveBeenCalled();
    expect(excel.cell('推荐表', 6, 7)?.fill.color).not.toBe('#FFFFFF');
    expect(excel.state.sheet('校验报告')).toBeDefined();
    expect(text(screen.getByTestId('notices'))).toContain('已标记');
    expect(text(screen.getByTestId('marks-banner'))).toContain('本工作簿仍带有校验标记，上报前请清除');
    expect(screen.queryByTestId('failure')).toBeNull();
  });

  test('the filter shows all findings, the errors only, or the warnings only', async () => {
    const user = await checkSample(fakePaneHost(sampleExcel()));
    expect(places()).toHaveLength(5);
    await user.click(screen.getByRole('tab', { name: '警告 (1)' }));
    expect(places()).toEqual(['推荐表 G6']);
    expect(screen.queryByTestId('group-unit-over-limit')).toBeNull();
    await user.click(screen.getByRole('tab', { name: '错误 (4)' }));
    expect(places()).toEqual(['推荐表 B2', '推荐表 B3', '推荐表 B4', '推荐表 B5']);
    await user.click(screen.getByRole('tab', { name: '全部 (5)' }));
    expect(places()).toHaveLength(5);
  });

  test('a click on a finding shows its cell', async () => {
    const fake = fakePaneHost(sampleExcel());
    const user = await checkSample(fake);
    await user.click(screen.getByRole('button', { name: /^推荐表 G6/u }));
    expect(fake.showCell).toHaveBeenCalledWith({ sheet: '推荐表', row: 6, column: 7 });
  });

  test('a finding of a 同上 cell is labelled and selected at the cell whose value it takes, where the mark is', async () => {
    const excel = new FakeExcel();
    const rows = sampleRows();
    excel.addSheet({
      name: '推荐表',
      rows: [...rows, [6, '丙公司', validUscc(3), '智能巡检机器人', '智能传感器', '核心基础', '同上']],
    });
    const fake = fakePaneHost(excel);
    const user = await checkSample(fake);
    expect(places()).not.toContain('推荐表 G7');
    // The label names the written cell, and the row the finding is about.
    await user.click(screen.getByRole('button', { name: /^推荐表 G6（第 7 行）/u }));
    expect(fake.showCell).toHaveBeenLastCalledWith({ sheet: '推荐表', row: 6, column: 7 });
  });

  test('清除标记 restores the cells, removes the report sheet and the banner', async () => {
    const excel = sampleExcel();
    const fake = fakePaneHost(excel);
    const user = await checkSample(fake);
    const banner = screen.getByTestId('marks-banner');
    const [button] = screen.getAllByRole('button', { name: '清除标记' }).filter((b) => !banner.contains(b));
    await user.click(button!);
    await waitFor(() => expect(screen.queryByTestId('marks-banner')).toBeNull());
    expect(text(screen.getByTestId('notices'))).toMatch(/^已清除 \d+ 个单元格的标记，并删除了“校验报告”。$/u);
    expect(excel.state.sheet('校验报告')).toBeUndefined();
    expect(excel.cell('推荐表', 6, 7)?.fill.pattern ?? 'None').toBe('None');
  });

  test('清除标记 names a marked row the officer emptied by its unit and project, once, with the row it was on', async () => {
    const excel = sampleExcel();
    const fake = fakePaneHost(excel);
    const user = await checkSample(fake);
    // Row 6 carries two marks (G6 and its 序号); the officer empties the row, marks and notes with it.
    const sheet = excel.state.sheet('推荐表')!;
    for (let column = 0; column < 7; column++) sheet.cells.delete(5 * 16384 + column);
    for (const key of [...excel.state.notes.keys()])
      if ((JSON.parse(key) as [string, number])[1] === 5) excel.state.notes.delete(key);
    const banner = screen.getByTestId('marks-banner');
    await user.click(within(banner).getByRole('button', { name: '清除标记' }));
    await waitFor(() => expect(screen.queryByTestId('marks-banner')).toBeNull());
    const notices = text(screen.getByTestId('notices'));
    expect(notices).toContain('推荐表：申报单位“乙公司”、项目名称“无人机协同巡检”（原第 6 行）');
    expect(notices.match(/第 \d+ 行/gu)).toEqual(['第 6 行']);
  });

  test("生成汇总表 writes the three summary tabs and leaves the officer's cells unmarked", async () => {
    const excel = sampleExcel();
    const fake = fakePaneHost(excel);
    const user = renderPane(fake);
    await user.click(screen.getByRole('button', { name: '生成汇总表' }));
    await screen.findByTestId('notices');
    expect(text(screen.getByTestId('notices'))).toContain(
      '已生成汇总表：“汇总-按单位”、“汇总-按方向”、“汇总-按推荐单位”。',
    );
    for (const name of ['汇总-按单位', '汇总-按方向', '汇总-按推荐单位'])
      expect(excel.state.sheet(name)).toBeDefined();
    // The pane writes the tab that the CLI writes, from the same sheet: all rows beside the counted ones.
    const recommenderHeaders = [1, 2, 3, 4, 5, 6, 7, 8].map(
      (c) => excel.cell('汇总-按推荐单位', 3, c)?.value,
    );
    expect(recommenderHeaders.slice(4)).toEqual(['推荐上限', '全部项目数', '计入项目数', '超出']);
    expect(fake.port.writeLooks).not.toHaveBeenCalled();
    expect(text(screen.getByTestId('verdict'))).toContain('发现 4 个错误、1 个警告。');
  });

  test('a workbook that carries marks shows the banner at once, and its button clears them', async () => {
    const excel = sampleExcel();
    await checkSample(fakePaneHost(excel));
    document.body.innerHTML = '';
    const fake = fakePaneHost(excel);
    const user = renderPane(fake);
    const banner = await screen.findByTestId('marks-banner');
    await user.click(within(banner).getByRole('button', { name: '清除标记' }));
    await waitFor(() => expect(screen.queryByTestId('marks-banner')).toBeNull());
    expect(excel.state.sheet('quota-check-marks')).toBeUndefined();
  });

  test('a clean workbook says so and lists nothing', async () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: '推荐表', rows: sampleRows().slice(0, 2) });
    await checkSample(fakePaneHost(excel));
    expect(text(screen.getByTestId('verdict'))).toContain('未发现问题。');
    expect(text(screen.getByTestId('findings'))).toContain('没有发现问题。');
  });

  test('the pane speaks English when Office does', async () => {
    const user = renderPane(fakePaneHost(sampleExcel(), 'en-US'));
    await user.click(screen.getByRole('button', { name: 'Start check' }));
    expect(text(await screen.findByTestId('verdict'))).toContain('Found 4 errors and 1 warning.');
    expect(text(screen.getByTestId('marks-banner'))).toContain('clear them before submitting');
  });
});

describe('failures: one Chinese sentence each, never blank, never a stack trace', () => {
  async function failureAfterCheck(fake: FakePaneHost): Promise<string> {
    const user = renderPane(fake);
    await user.click(screen.getByRole('button', { name: START }));
    const failure = await screen.findByTestId('failure');
    expect(failure.textContent).not.toMatch(/\n\s+at /u);
    return failure.textContent ?? '';
  }

  test('a protected sheet: the findings are shown, the marks could not be written', async () => {
    const sentence = await failureAfterCheck(fakePaneHost(sampleExcel({ protected: true })));
    expect(sentence).toBe(
      '工作表或工作簿结构受保护，无法写入标记或工作表；请先在“审阅”选项卡中撤销保护，再重试。',
    );
    expect(text(screen.getByTestId('verdict'))).toContain('发现 4 个错误');
  });

  test('marking stopped part-way: the banner says the workbook carries what was written, to be cleared', async () => {
    const fake = fakePaneHost(sampleExcel());
    fake.port.writeLooks.mockRejectedValueOnce(new OfficeFailure('general', 'GeneralException'));
    expect(await failureAfterCheck(fake)).toMatch(/^出现了意外错误（GeneralException）/u);
    expect(text(await screen.findByTestId('marks-banner'))).toContain('本工作簿仍带有校验标记，上报前请清除');
  });

  test('a cell in edit mode', async () => {
    const excel = sampleExcel();
    excel.state.editing = true;
    expect(await failureAfterCheck(fakePaneHost(excel))).toMatch(/^您正在编辑单元格.*按 Enter 或 Esc/u);
  });

  test('no table on any sheet', async () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: 'Sheet1', rows: [['会议纪要'], ['今天讨论了推荐名额']] });
    expect(await failureAfterCheck(fakePaneHost(excel))).toMatch(
      /^在本工作簿的各个工作表中都没有找到推荐表/u,
    );
  });

  test('an Office without the APIs the pane needs', async () => {
    const sentence = await failureAfterCheck(fakePaneHost(sampleExcel({ apiVersion: 8 })));
    expect(sentence).toMatch(/^此版本的 Excel 缺少本加载项需要的功能；请使用 Microsoft 365、Office 2021/u);
  });

  test('anything unexpected: a generic sentence with a short detail', async () => {
    const fake = fakePaneHost(sampleExcel());
    fake.port.read.mockRejectedValueOnce(new TypeError('boom\n    at read (port.ts:1:1)'));
    const sentence = await failureAfterCheck(fake);
    expect(sentence).toBe(
      '出现了意外错误（TypeError: boom），请重试；如果仍然出错，请把这句话截图发给技术支持。',
    );
  });
});

describe('live re-check', () => {
  afterEach(() => jest.useRealTimers());

  /** Lets the fake timers run for `ms`, flushing the promises the pane awaits between them. */
  const pass = (ms: number) => act(() => jest.advanceTimersByTimeAsync(ms));

  test('after an edit of a checked sheet, the findings update once, debounced, without writing', async () => {
    const excel = sampleExcel();
    const fake = fakePaneHost(excel);
    await checkSample(fake);
    const writes = fake.port.writeLooks.mock.calls.length + fake.port.replaceSheets.mock.calls.length;
    const reads = fake.port.read.mock.calls.length;

    jest.useFakeTimers();
    excel.cell('推荐表', 6, 7)!.value = '13912345678';
    excel.cell('推荐表', 6, 7)!.text = '13912345678';
    fake.edit(['推荐表']);
    await pass(LIVE_DELAY_MS / 2);
    fake.edit(['推荐表']);
    await pass(LIVE_DELAY_MS / 2);
    expect(fake.port.read.mock.calls.length).toBe(reads);
    await pass(LIVE_DELAY_MS);
    await pass(10);

    expect(fake.port.read.mock.calls.length).toBe(reads + 1);
    expect(text(screen.getByTestId('verdict'))).toContain('发现 4 个错误、0 个警告。');
    expect(screen.getByText(/^已于 .* 按最新内容重新校验。$/u)).toBeDefined();
    expect(fake.port.writeLooks.mock.calls.length + fake.port.replaceSheets.mock.calls.length).toBe(writes);
    expect(fake.port.readLooks.mock.calls.length).toBe(1);
  });

  /** Fixes the sample's one warning, as the officer does by typing a mobile number into G6. */
  const fixPhone = (excel: FakeExcel) => {
    excel.cell('推荐表', 6, 7)!.value = '13912345678';
    excel.cell('推荐表', 6, 7)!.text = '13912345678';
  };

  test('an edit made while 开始校验 runs is checked once the check is done', async () => {
    const excel = sampleExcel();
    const fake = fakePaneHost(excel);
    await checkSample(fake);
    // The officer fixes G6 after 开始校验 has read the workbook, while it marks.
    fake.port.read.mockImplementationOnce(async () => {
      const grid = await officeWorkbook(excel.host).read();
      fixPhone(excel);
      fake.edit(['推荐表']);
      return grid;
    });
    const reads = fake.port.read.mock.calls.length;

    jest.useFakeTimers();
    act(() => screen.getByRole('button', { name: START }).click());
    await pass(10);
    expect(text(screen.getByTestId('notices'))).toContain('已标记');
    await pass(LIVE_DELAY_MS);
    await pass(10);

    expect(fake.port.read.mock.calls.length).toBe(reads + 2);
    expect(text(screen.getByTestId('verdict'))).toContain('发现 4 个错误、0 个警告。');
  });

  test('开始校验 clicked while a re-check runs is not lost: it runs when the re-check is done', async () => {
    const excel = sampleExcel();
    const fake = fakePaneHost(excel);
    await checkSample(fake);
    let readDone: () => void = () => undefined;
    fake.port.read.mockImplementationOnce(async () => {
      await new Promise<void>((resolve) => (readDone = resolve));
      return officeWorkbook(excel.host).read();
    });
    const writes = fake.port.writeLooks.mock.calls.length;

    jest.useFakeTimers();
    fixPhone(excel);
    fake.edit(['推荐表']);
    await pass(LIVE_DELAY_MS);
    act(() => screen.getByRole('button', { name: START }).click());
    readDone();
    await pass(10);

    expect(fake.port.writeLooks.mock.calls.length).toBeGreaterThan(writes);
    expect(text(screen.getByTestId('notices'))).toContain('已标记');
    expect(text(screen.getByTestId('verdict'))).toContain('发现 4 个错误、0 个警告。');
  });

  test('a re-check that finds the officer typing in a cell says nothing, and reads once the typing is done', async () => {
    const excel = sampleExcel();
    const fake = fakePaneHost(excel);
    await checkSample(fake);

    jest.useFakeTimers();
    fixPhone(excel);
    fake.edit(['推荐表']);
    excel.state.editing = true;
    await pass(LIVE_DELAY_MS);
    await pass(10);
    expect(screen.queryByTestId('failure')).toBeNull();

    excel.state.editing = false;
    await pass(LIVE_DELAY_MS);
    await pass(10);
    expect(screen.queryByTestId('failure')).toBeNull();
    expect(text(screen.getByTestId('verdict'))).toContain('发现 4 个错误、0 个警告。');
  });

  test('an edit of a sheet that was not checked changes nothing', async () => {
    const fake = fakePaneHost(sampleExcel());
    await checkSample(fake);
    const reads = fake.port.read.mock.calls.length;
    jest.useFakeTimers();
    fake.edit(['会议纪要']);
    await pass(LIVE_DELAY_MS * 3);
    expect(fake.port.read.mock.calls.length).toBe(reads);
  });

  test('the toggle turns it off: no subscription, no re-check', async () => {
    const fake = fakePaneHost(sampleExcel());
    const user = await checkSample(fake);
    expect(fake.listeners()).toBe(1);
    await user.click(screen.getByRole('switch', { name: '编辑后自动重新校验' }));
    await waitFor(() => expect(fake.listeners()).toBe(0));
  });
});
