import { defaultProfile } from '../../../src/core/profile';
import { parseWinners } from '../../../src/core/winners/winners-list';
import { findingsOf } from '../../helpers/findings';
import { projectSheet, sheet, workbook } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';
import { listOf } from '../../helpers/lists';
import { winnersFrom } from '../../helpers/winners';

const profile = defaultProfile();

const winnersOf = (...rows: (string | number | undefined)[][]) =>
  listOf(
    parseWinners(
      workbook(sheet('优胜名单', [['序号', '揭榜方向', '项目名称', '揭榜单位'], ...rows])),
      profile,
    ),
  ).winners.map(({ direction, project, unit }) => [direction, project, unit]);

/**
 * A list pasted from the published PDF: a long title or unit wraps onto a second line, which becomes a row of its
 * own with no 序号.
 */
describe('a numbered winners list whose long cells wrap onto a row without 序号', () => {
  test('joins the title, unit and direction that go on there to the row above', () => {
    expect(
      winnersOf(
        [1, '高性能云端人工', '面向数据中心的高能', '北京甲智能科技有'],
        [undefined, '智能芯片', '效训练芯片', '限公司'],
        [2, '智能传感器', '工业级多维力觉智能传感器', '苏州衡感智能科技有限公司'],
      ),
    ).toEqual([
      ['高性能云端人工智能芯片', '面向数据中心的高能效训练芯片', '北京甲智能科技有限公司'],
      ['智能传感器', '工业级多维力觉智能传感器', '苏州衡感智能科技有限公司'],
    ]);
  });

  test('joins a title that goes on alone, its unit whole on the row above', () => {
    expect(
      winnersOf(
        [1, '智能传感器', '面向数据中心的高能', '北京甲智能科技有限公司'],
        [undefined, undefined, '效训练芯片'],
      ),
    ).toEqual([['智能传感器', '面向数据中心的高能效训练芯片', '北京甲智能科技有限公司']]);
  });

  test('joins a unit cut inside its name to the unit above, not as a joint unit', () => {
    expect(
      winnersOf(
        [1, '智能传感器', '车规级惯性测量单元', '北京甲智能科技有'],
        [undefined, undefined, undefined, '限公司'],
      ),
    ).toEqual([['智能传感器', '车规级惯性测量单元', '北京甲智能科技有限公司']]);
  });

  test('makes the joined title and unit the previous winner', () => {
    const winners = winnersFrom([
      ['序号', '揭榜方向', '项目名称', '揭榜单位'],
      [1, '高性能云端人工智能芯片', '面向数据中心的高能', '北京甲智能科技有'],
      [undefined, undefined, '效训练芯片', '限公司'],
    ]);
    const grid = workbook(
      projectSheet('S', [['北京甲智能科技有限公司', validUscc(1), '面向数据中心的高能效训练芯片']]),
    );
    expect(findingsOf('previous-winner', grid, { winners })).toEqual([
      ['previous-winner', 'S', 2, 'D', 'error'],
    ]);
  });

  test('but keeps a row without 序号 whose title and unit are whole, under a whole unit, a winner of its own', () => {
    expect(
      winnersOf(
        [1, '智能传感器', '车规级惯性测量单元', '甲科技有限公司'],
        [undefined, '智能传感器', '高精度MEMS智能传感器', '乙大学'],
      ),
    ).toEqual([
      ['智能传感器', '车规级惯性测量单元', '甲科技有限公司'],
      ['智能传感器', '高精度MEMS智能传感器', '乙大学'],
    ]);
  });
});
