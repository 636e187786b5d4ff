import { findingsOf } from '../../helpers/findings';
import { projectSheet, workbook } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';
import { winnersFrom } from '../../helpers/winners';

/** Some published lists give the units that won beside the lead a column of their own. */
const listWithJointColumn = (jointHeader: string) =>
  winnersFrom([
    ['2020年人工智能产业创新重点任务揭榜优胜单位名单'],
    ['序号', '揭榜方向', '项目名称', '揭榜单位', jointHeader],
    [1, '智能传感器', '车规级惯性测量单元', '甲科技有限公司', '乙大学、丙研究院'],
    [2, '机器翻译系统', '多语种机器翻译系统', '丁科技有限公司', ''],
  ]);

describe.each(['联合揭榜单位', '参与单位', '联合申报单位'])(
  'a winners list with a %s column',
  (jointHeader) => {
    const winners = listWithJointColumn(jointHeader);

    test('makes the same title from a joint unit the same project', () => {
      const grid = workbook(
        projectSheet('S', [
          ['丙研究院', validUscc(1), '车规级惯性测量单元'],
          ['甲科技有限公司', validUscc(2), '车规级惯性测量单元'],
          ['戊科技有限公司', validUscc(3), '车规级惯性测量单元'],
        ]),
      );
      expect(findingsOf('previous-winner', grid, { winners })).toEqual([
        ['previous-winner', 'S', 2, 'D', 'error'],
        ['previous-winner', 'S', 3, 'D', 'error'],
        ['previous-winner', 'S', 4, 'D', 'warning'],
      ]);
    });

    test('makes a joint unit a previous winner when it applies with another project', () => {
      const grid = workbook(
        projectSheet('S', [
          ['乙大学', validUscc(1), '柔性触觉传感器'],
          ['己大学', validUscc(2), '工业视觉传感器'],
        ]),
      );
      expect(findingsOf('previous-winner-unit', grid, { winners })).toEqual([
        ['previous-winner-unit', 'S', 2, 'B', 'warning'],
      ]);
    });
  },
);
