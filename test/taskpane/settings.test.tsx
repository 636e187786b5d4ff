/** @jest-environment ./test/helpers/jsdom-environment.js */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PaneApp } from '../../src/taskpane/PaneApp';
import { loadChoices, loadPcLists } from '../../src/taskpane/settings';
import { fakePaneHost, memoryStore, sampleExcel } from '../helpers/fake-pane-host';

const text = (element: Element): string => element.textContent ?? '';

async function openSettings(fake: ReturnType<typeof fakePaneHost>) {
  const user = userEvent.setup();
  render(<PaneApp host={fake.host} />);
  await user.click(screen.getByRole('button', { name: '设置' }));
  await screen.findByTestId('settings');
  return user;
}

describe('settings', () => {
  test('a winners list picked from disk is kept on the PC and used by the next check', async () => {
    const fake = fakePaneHost(sampleExcel());
    const user = await openSettings(fake);
    const csv = new File(['项目名称,申报单位\n工业视觉检测系统,甲公司\n'], '前期优胜.csv', {
      type: 'text/csv',
    });
    await user.upload(screen.getByLabelText('前期揭榜优胜项目名单：选择文件（.xlsx 或 .csv）'), csv);
    expect(text(await screen.findByTestId('winners-status'))).toBe('已载入“前期优胜.csv”，共 1 个项目。');
    expect(loadPcLists(fake.pcStore).winners).toEqual({
      source: '前期优胜.csv',
      winners: [{ project: '工业视觉检测系统', unit: '甲公司', direction: '' }],
    });

    await user.click(screen.getByRole('button', { name: '开始校验' }));
    expect(await screen.findByTestId('group-previous-winner')).toBeDefined();
  });

  test('a units-only winners list (优胜单位名单) is said to compare units, not projects', async () => {
    const fake = fakePaneHost(sampleExcel());
    const user = await openSettings(fake);
    const csv = new File(['揭榜任务,单位名称\n智能传感器,甲公司\n智能传感器,乙大学\n'], '优胜单位.csv', {
      type: 'text/csv',
    });
    await user.upload(screen.getByLabelText('前期揭榜优胜项目名单：选择文件（.xlsx 或 .csv）'), csv);
    expect(text(await screen.findByTestId('winners-status'))).toBe(
      '已载入“优胜单位.csv”，共 2 条，只有单位、没有项目名称，只能核对单位，无法核对项目是否重复申报。',
    );
  });

  test('a winners list taken from a sheet of the workbook is no longer checked as a recommendation table', async () => {
    const excel = sampleExcel();
    excel.addSheet({
      name: '前期优胜',
      rows: [
        ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '所属类别', '联系电话'],
        [1, '丙公司', '', '工业视觉检测系统', '智能传感器', '核心基础', '13900000000'],
      ],
    });
    const fake = fakePaneHost(excel);
    const user = await openSettings(fake);
    await user.selectOptions(screen.getByLabelText('取自本工作簿的工作表'), '前期优胜');
    expect(text(await screen.findByTestId('winners-status'))).toBe('已载入“前期优胜”，共 1 个项目。');
    await waitFor(() => expect(loadChoices(fake.workbookStore).sheets).toEqual(['推荐表']));

    await user.click(screen.getByRole('button', { name: '开始校验' }));
    expect(await screen.findByTestId('group-previous-winner')).toBeDefined();
    expect(screen.queryByText(/前期优胜 B2/u)).toBeNull();
  });

  test('a winners file without a project column is refused in one sentence', async () => {
    const fake = fakePaneHost(sampleExcel());
    const user = await openSettings(fake);
    const csv = new File(['姓名,电话\n张三,1\n'], '名单.csv');
    await user.upload(screen.getByLabelText('前期揭榜优胜项目名单：选择文件（.xlsx 或 .csv）'), csv);
    expect(text(await screen.findByTestId('failure'))).toBe(
      '前期揭榜优胜项目名单“名单.csv”中没有找到“项目名称”列，也没有找到“单位名称”和“揭榜方向”列，请检查表头。',
    );
    expect(loadPcLists(fake.pcStore).winners).toBeUndefined();
  });

  test('the direction list typed in is kept on the PC; an empty one is refused', async () => {
    const fake = fakePaneHost(sampleExcel());
    const user = await openSettings(fake);
    await user.click(screen.getByRole('button', { name: '保存方向清单' }));
    expect(text(await screen.findByTestId('failure'))).toMatch(/^输入的方向清单中没有任何方向/u);

    await user.type(screen.getByRole('textbox', { name: '申报指南的揭榜方向清单' }), '智能传感器\n工业视觉');
    await user.click(screen.getByRole('button', { name: '保存方向清单' }));
    await waitFor(() =>
      expect(text(screen.getByTestId('directions-status'))).toBe('已载入“手工输入”，共 2 个方向。'),
    );
    expect(loadPcLists(fake.pcStore).directions?.directions).toEqual([
      { name: '智能传感器' },
      { name: '工业视觉' },
    ]);
  });

  test('a direction list file that is no text, a workbook renamed .txt, is refused in one sentence', async () => {
    const fake = fakePaneHost(sampleExcel());
    const user = await openSettings(fake);
    const zipBytes = new Uint8Array([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0, 0, 0, 0x21, 0, 0x62, 0xee, 0x9d, 0x68,
    ]);
    await user.upload(screen.getByLabelText(/揭榜方向清单.*选择文件/u), new File([zipBytes], '指南.txt'));
    expect(text(await screen.findByTestId('failure'))).toBe(
      '无法读取揭榜方向清单“指南.txt”，请提供 .txt（每行一个方向）、.xlsx 或 .csv 文件。',
    );
    expect(loadPcLists(fake.pcStore).directions).toBeUndefined();
  });

  test('a direction list file whose UTF-8 BOM stands before GBK text is refused with what to save it as', async () => {
    const fake = fakePaneHost(sampleExcel());
    const user = await openSettings(fake);
    // The BOM, then 智能传感器 in GBK.
    const bytes = new Uint8Array([
      0xef, 0xbb, 0xbf, 0xd6, 0xc7, 0xc4, 0xdc, 0xb4, 0xab, 0xb8, 0xd0, 0xc6, 0xf7,
    ]);
    await user.upload(screen.getByLabelText(/揭榜方向清单.*选择文件/u), new File([bytes], '指南.txt'));
    expect(text(await screen.findByTestId('failure'))).toContain('“指南.txt”开头标明是 UTF-8 编码');
    expect(loadPcLists(fake.pcStore).directions).toBeUndefined();
  });

  test('the recommender type and the sheets to check are kept in the workbook, and shown again', async () => {
    const fake = fakePaneHost(sampleExcel());
    const user = await openSettings(fake);
    await user.selectOptions(screen.getByRole('combobox', { name: '推荐单位类型' }), 'planned-city');
    await user.click(await screen.findByRole('checkbox', { name: '推荐表' }));
    await waitFor(() =>
      expect(loadChoices(fake.workbookStore)).toEqual({
        recommenderType: 'planned-city',
        sheets: ['推荐表'],
      }),
    );
    expect(fake.pcStore.values.size).toBe(0);

    await user.click(screen.getByRole('button', { name: '开始校验' }));
    await screen.findByTestId('verdict');
    expect(text(screen.getByTestId('recommenders'))).toBe('推荐单位：计划单列市（由您指定）');
  });

  test('the lists kept on the PC are loaded again for another workbook', async () => {
    const pcStore = memoryStore({
      'quota-check.lists.v1': JSON.stringify({
        directions: { source: '指南.txt', directions: [{ name: '智能传感器' }] },
      }),
    });
    const fake = fakePaneHost(sampleExcel(), 'zh-CN', { pcStore });
    await openSettings(fake);
    expect(text(screen.getByTestId('directions-status'))).toBe('已载入“指南.txt”，共 1 个方向。');
  });

  test('a stored winners list keeps its units’ credit codes, which tell a renamed unit', () => {
    const winners = [
      { project: '工业视觉检测系统', unit: '甲公司', direction: '', codes: ['91440300000000001X'] },
    ];
    const pcStore = memoryStore({
      'quota-check.lists.v1': JSON.stringify({ winners: { source: '前期优胜.xlsx', winners } }),
    });
    expect(loadPcLists(pcStore).winners?.winners).toEqual(winners);
  });

  test('a damaged stored value counts as not set', async () => {
    const pcStore = memoryStore({ 'quota-check.lists.v1': '{"winners": 3' });
    expect(loadPcLists(pcStore)).toEqual({});
  });

  test('after a check, the inferred recommender type is shown with its reason', async () => {
    const excel = sampleExcel();
    excel.state.sheets[0]!.name = '深圳市推荐汇总表';
    const fake = fakePaneHost(excel);
    const user = await openSettings(fake);
    expect(text(screen.getByTestId('recommenders'))).toBe('校验后在此显示推荐单位类型的判断依据。');
    await user.click(screen.getByRole('button', { name: '开始校验' }));
    await screen.findByTestId('verdict');
    expect(text(screen.getByTestId('recommenders'))).toMatch(/（.+）$/u);
  });
});
