import type { WorkbookGrid } from '../../src/core/grid';
import { sheet, workbook } from './grid';
import { validUscc } from './uscc';

/**
 * Workbooks whose sheet 南山区 holds rows that a check reads no project from, and says so: a table beside its table,
 * from column F on, and two rows that read as projects below its seal line, at row 3.
 */

const HEADER = ['序号', '申报单位', '统一社会信用代码', '项目名称'];

export const tableBesideNanshan: WorkbookGrid = workbook(
  sheet('南山区', [
    [...HEADER, '', ...HEADER],
    [
      1,
      '星河智算科技有限公司',
      validUscc(1),
      '云端芯片研发',
      '',
      1,
      '云帆科技有限公司',
      validUscc(2),
      '翻译系统',
    ],
  ]),
);

export const projectsBelowSealLine: WorkbookGrid = workbook(
  sheet('南山区', [
    HEADER,
    [1, '星河智算科技有限公司', validUscc(1), '云端芯片研发'],
    ['推荐单位（盖章）：深圳市南山区工业和信息化局'],
    [2, '云帆科技有限公司', validUscc(2), '翻译系统'],
    [3, '华科智能有限公司', validUscc(3), '工业视觉检测'],
  ]),
);
