import { findingsOf } from '../../helpers/findings';
import { projectSheet, workbook } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';
import { winnersFrom } from '../../helpers/winners';

/** A published list names a winner's joint units in one cell: 、 or ； between them, or one a line. */
const winners = winnersFrom([
  ['2020年人工智能产业创新重点任务揭榜优胜单位名单'],
  ['序号', '揭榜任务', '项目名称', '揭榜单位'],
  [1, '机器翻译系统', '多语种机器翻译系统', '译通科技有限公司、清华大学'],
  [2, '智能传感器', '高精度MEMS智能传感器', '北京理工大学；华科智能（北京）科技有限公司'],
  [3, '智能传感器', '车规级惯性测量单元', '深圳大学\n微湃感知电子有限公司'],
]);

describe('a winner whose cell names several joint units', () => {
  test('is the same unit as each of them', () => {
    const grid = workbook(
      projectSheet('S', [
        ['译通科技有限公司', validUscc(1), '多语种机器翻译系统'],
        ['华科智能（北京）科技有限公司', validUscc(2), '高精度MEMS智能传感器'],
        ['微湃感知电子有限公司', validUscc(3), '车规级惯性测量单元'],
        ['云图智联科技有限公司', validUscc(4), '车规级惯性测量单元'],
      ]),
    );
    expect(findingsOf('previous-winner', grid, { winners })).toEqual([
      ['previous-winner', 'S', 2, 'D', 'error'],
      ['previous-winner', 'S', 3, 'D', 'error'],
      ['previous-winner', 'S', 4, 'D', 'error'],
      ['previous-winner', 'S', 5, 'D', 'warning'],
    ]);
  });

  test('makes each of them a previous winner with another project', () => {
    const grid = workbook(
      projectSheet('S', [
        ['清华大学', validUscc(1), '中文大模型训练资源库'],
        ['华科智能（北京）科技有限公司', validUscc(2), '智能传感器二期'],
      ]),
    );
    expect(findingsOf('previous-winner-unit', grid, { winners })).toEqual([
      ['previous-winner-unit', 'S', 2, 'B', 'warning'],
      ['previous-winner-unit', 'S', 3, 'B', 'warning'],
    ]);
  });
});

describe('a winner’s cell as published lists write it', () => {
  const noted = winnersFrom([
    ['序号', '揭榜任务', '项目名称', '揭榜单位'],
    [1, '机器翻译系统', '多语种机器翻译系统', '甲科技有限公司（牵头）、乙大学等'],
    [2, '智能传感器', '高精度MEMS智能传感器', '丙科技有限公司(牵头单位)'],
    [3, '智能传感器', '车规级惯性测量单元', '丁大学（联合申报）'],
    [4, '人工智能训练资源库', '中文语音训练资源库', '戊科技有限公司 己大学'],
    [5, '智能传感器', '柔性触觉传感器', '中国科学院 自动化研究所'],
    [6, '机器翻译系统', '藏汉机器翻译系统', '庚科技有限公司和辛大学'],
    [7, '智能传感器', '工业视觉传感器', '北京和利时科技集团有限公司'],
  ]);

  test('matches each unit without the notes on its role (牵头, 联合申报, 等)', () => {
    const grid = workbook(
      projectSheet('S', [
        ['甲科技有限公司', validUscc(1), '多语种机器翻译系统'],
        ['乙大学', validUscc(2), '多语种机器翻译系统'],
        ['丙科技有限公司', validUscc(3), '高精度MEMS智能传感器'],
        ['丁大学', validUscc(4), '车规级惯性测量单元'],
      ]),
    );
    expect(findingsOf('previous-winner', grid, { winners: noted })).toEqual([
      ['previous-winner', 'S', 2, 'D', 'error'],
      ['previous-winner', 'S', 3, 'D', 'error'],
      ['previous-winner', 'S', 4, 'D', 'error'],
      ['previous-winner', 'S', 5, 'D', 'error'],
    ]);
  });

  test('matches each of the joint units that only spaces separate, and never a part of one name', () => {
    const grid = workbook(
      projectSheet('S', [
        ['戊科技有限公司', validUscc(1), '中文语音训练资源库'],
        ['己大学', validUscc(2), '医学影像训练资源库'],
        ['中国科学院', validUscc(3), '类脑芯片'],
        ['中国科学院 自动化研究所', validUscc(4), '视觉传感器'],
      ]),
    );
    expect(findingsOf('previous-winner', grid, { winners: noted })).toEqual([
      ['previous-winner', 'S', 2, 'D', 'error'],
    ]);
    expect(findingsOf('previous-winner-unit', grid, { winners: noted })).toEqual([
      ['previous-winner-unit', 'S', 3, 'B', 'warning'],
      ['previous-winner-unit', 'S', 5, 'B', 'warning'],
    ]);
  });

  test('matches each of the joint units joined by 和, and never a part of a name with 和 inside it', () => {
    const grid = workbook(
      projectSheet('S', [
        ['庚科技有限公司', validUscc(1), '藏汉语音识别系统'],
        ['辛大学', validUscc(2), '维汉机器翻译系统'],
        ['北京', validUscc(3), '工业视觉检测平台'],
      ]),
    );
    expect(findingsOf('previous-winner-unit', grid, { winners: noted })).toEqual([
      ['previous-winner-unit', 'S', 2, 'B', 'warning'],
      ['previous-winner-unit', 'S', 3, 'B', 'warning'],
    ]);
  });
});

describe('a row whose 申报单位 cell notes the unit’s role', () => {
  test('is from the winner of that name: 甲科技有限公司（牵头） won as 甲科技有限公司', () => {
    const grid = workbook(
      projectSheet('S', [
        ['译通科技有限公司（牵头）', validUscc(1), '多语种机器翻译系统'],
        ['华科智能（北京）科技有限公司(牵头单位)', validUscc(2), '智能传感器二期'],
      ]),
    );
    expect(findingsOf('previous-winner', grid, { winners })).toEqual([
      ['previous-winner', 'S', 2, 'D', 'error'],
    ]);
    expect(findingsOf('previous-winner-unit', grid, { winners })).toEqual([
      ['previous-winner-unit', 'S', 3, 'B', 'warning'],
    ]);
  });
});

describe('a row whose 申报单位 cell names joint units', () => {
  test('is from the winner that its lead unit is one of, and names a joint unit that won beside it', () => {
    const grid = workbook(
      projectSheet('S', [
        ['译通科技有限公司（牵头）、甲大学', validUscc(1), '多语种机器翻译系统'],
        ['华科智能（北京）科技有限公司；乙研究院', validUscc(2), '智能传感器二期'],
        ['丙研究院、清华大学', validUscc(3), '机器翻译二期'],
      ]),
    );
    expect(findingsOf('previous-winner', grid, { winners })).toEqual([
      ['previous-winner', 'S', 2, 'D', 'error'],
    ]);
    // 清华大学, beside 丙研究院, won 多语种机器翻译系统 with 译通科技有限公司.
    expect(findingsOf('previous-winner-unit', grid, { winners })).toEqual([
      ['previous-winner-unit', 'S', 3, 'B', 'warning'],
      ['previous-winner-unit', 'S', 4, 'B', 'warning'],
    ]);
  });
});
