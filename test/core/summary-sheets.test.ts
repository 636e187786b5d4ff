import { textReport } from '../../src/cli/text-report';
import { checkGrid } from '../helpers/findings';
import { projectSheet, workbook, type ProjectRow } from '../helpers/grid';
import { validUscc } from '../helpers/uscc';

const nanshan: ProjectRow[] = [
  ['星河智算', validUscc(1), '云端芯片研发'],
  ['云帆科技', validUscc(2), '翻译系统研发'],
];
const futian: ProjectRow[] = [['灵犀语联', validUscc(3), '语音识别框架']];

describe('a sheet that repeats the projects of the others', () => {
  test('is named with the sheets its projects are on, and the report says why its projects are duplicates', () => {
    const grid = workbook(
      projectSheet('全市汇总', [...nanshan, ...futian]),
      projectSheet('南山区', nanshan),
      projectSheet('福田区', futian),
    );
    const result = checkGrid(grid);
    expect(result.summarySheets).toEqual([{ name: '全市汇总', rows: 3, others: ['南山区', '福田区'] }]);
    expect(result.findings.filter((f) => f.rule === 'duplicate-project')).toHaveLength(6);
    expect(textReport(result, 'zh-CN', grid)).toContain(
      '注意：“全市汇总”的项目都已出现在其他工作表（南山区、福田区）中',
    );
    expect(textReport(result, 'en-US', grid)).toContain(
      'all projects of "全市汇总" are also on other sheets',
    );
  });

  test('is counted against the cap with the sheets it gathers, and the report says so', () => {
    const grid = workbook(
      projectSheet('全市汇总', [...nanshan, ...futian]),
      projectSheet('南山区', nanshan),
      projectSheet('福田区', futian),
    );
    const result = checkGrid(grid);
    expect(result.summary.recommenders.map((r) => r.counted)).toEqual([6]);
    expect(textReport(result, 'zh-CN', grid)).toContain('推荐数量也按两次计入上限');
    expect(textReport(result, 'en-US', grid)).toContain('counts twice against the cap');
  });

  test.each<[string, ProjectRow[][]]>([
    ['the sheets it gathers, alone', [nanshan, futian]],
    [
      'a summary with a project of its own',
      [[...nanshan, ...futian, ['新锐科技', validUscc(4), '视觉传感器']], nanshan, futian],
    ],
    ['a copy of one sheet', [nanshan, nanshan, futian]],
    [
      'a summary whose project has another unit',
      [[...nanshan, ['新锐科技', validUscc(4), '语音识别框架']], nanshan, futian],
    ],
  ])('is none among %s', (_, sheets) => {
    const grid = workbook(...sheets.map((rows, i) => projectSheet(`表${i + 1}`, rows)));
    expect(checkGrid(grid).summarySheets).toEqual([]);
  });
});
