import { checkGrid, findingsOf } from '../../helpers/findings';
import { projectSheet, sheet, workbook } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';
import { winnersFrom } from '../../helpers/winners';

/** How published 优胜名单 head their title and unit columns besides 项目名称 and 揭榜单位. */
const PROJECT_HEADERS = [
  '优胜项目',
  '优胜项目名称',
  '揭榜优胜项目',
  '揭榜优胜项目名称',
  '产品名称',
  '揭榜产品',
  '揭榜产品名称',
  '项目/产品名称',
  '项目名',
];
const UNIT_HEADERS = ['揭榜优胜单位名称', '揭榜主体', '承担单位'];

const listHeaded = (projectHeader: string, unitHeader: string) =>
  winnersFrom([
    ['序号', '揭榜方向', projectHeader, unitHeader],
    [1, '智能传感器', '车规级惯性测量单元', '甲科技有限公司'],
  ]);

const grid = workbook(projectSheet('S', [['甲科技有限公司', validUscc(1), '车规级惯性测量单元']]));

test.each(PROJECT_HEADERS)('a winner’s title under %s is matched with the sheet’s 项目名称', (header) => {
  const winners = listHeaded(header, '揭榜单位');
  expect(findingsOf('previous-winner', grid, { winners })).toEqual([
    ['previous-winner', 'S', 2, 'D', 'error'],
  ]);
});

test.each(UNIT_HEADERS)('a winner’s unit under %s is matched with the sheet’s 申报单位', (header) => {
  const winners = listHeaded('项目名称', header);
  expect(findingsOf('previous-winner', grid, { winners })).toEqual([
    ['previous-winner', 'S', 2, 'D', 'error'],
  ]);
});

test('a recommendation sheet with both 项目名称 and 产品名称 columns keeps 项目名称 as its project', () => {
  const rows = [
    ['序号', '申报单位', '产品名称', '项目名称', '揭榜方向'],
    [1, '甲科技有限公司', '惯导模组', '车规级惯性测量单元', '智能传感器'],
  ];
  expect(checkGrid(workbook(sheet('S', rows))).sheets[0]?.columns).toMatchObject({ project: 'D' });
});
