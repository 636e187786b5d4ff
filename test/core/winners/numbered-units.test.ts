import { findingsOf } from '../../helpers/findings';
import { projectSheet, workbook } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';
import { winnersFrom } from '../../helpers/winners';

const grid = workbook(
  projectSheet('S', [
    ['甲科技有限公司', validUscc(1), '车规级惯性测量单元'],
    ['乙大学', validUscc(2), '车规级惯性测量单元'],
    ['丙大学', validUscc(3), '车规级惯性测量单元'],
  ]),
);

/** An officer who retypes a joint winner's units numbers them in the cell. */
test.each([
  '1.甲科技有限公司 2.乙大学',
  '1.甲科技有限公司\n2.乙大学',
  '1．甲科技有限公司；2．乙大学',
  '1、甲科技有限公司；2、乙大学',
  '1)甲科技有限公司 2)乙大学',
  '（1）甲科技有限公司\n（2）乙大学',
  '①甲科技有限公司②乙大学',
  '①甲科技有限公司（牵头）\n②乙大学',
])('a winner’s units numbered as %j are each the same unit', (cell) => {
  const winners = winnersFrom([
    ['序号', '揭榜方向', '项目名称', '揭榜单位'],
    [1, '智能传感器', '车规级惯性测量单元', cell],
  ]);
  expect(findingsOf('previous-winner', grid, { winners })).toEqual([
    ['previous-winner', 'S', 2, 'D', 'error'],
    ['previous-winner', 'S', 3, 'D', 'error'],
    ['previous-winner', 'S', 4, 'D', 'warning'],
  ]);
});

test('a name that starts with a number keeps it', () => {
  const winners = winnersFrom([
    ['序号', '揭榜方向', '项目名称', '揭榜单位'],
    [1, '智能传感器', '车规级惯性测量单元', '360安全科技股份有限公司'],
  ]);
  const rows = workbook(
    projectSheet('S', [
      ['360安全科技股份有限公司', validUscc(1), '车规级惯性测量单元'],
      ['安全科技股份有限公司', validUscc(2), '车规级惯性测量单元'],
    ]),
  );
  expect(findingsOf('previous-winner', rows, { winners })).toEqual([
    ['previous-winner', 'S', 2, 'D', 'error'],
    ['previous-winner', 'S', 3, 'D', 'warning'],
  ]);
});
