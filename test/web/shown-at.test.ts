import { cellMarks, cellKey } from '../../src/web/cell-marks';
import { PageSession } from '../../src/web/worker/session';
import { HEADER, standardRow } from '../helpers/grid';
import { validUscc } from '../helpers/uscc';
import { xlsxBytes } from '../helpers/xlsx';

/**
 * The offline page shows a finding where the marked copy marks it: a 同上 cell's finding on the cell whose value it
 * takes, a merged cell's on the merge's top cell. The worker says where (shownAt); the preview highlights there and
 * a click on the finding goes there.
 */

async function checked() {
  const bytes = await xlsxBytes((workbook) => {
    const sheet = workbook.addWorksheet('推荐表');
    sheet.addRow([...HEADER]);
    sheet.addRow(standardRow(1, '甲公司', validUscc(1), '智能传感器平台', '12345'));
    sheet.addRow(standardRow(2, '乙公司', validUscc(2), '工业视觉检测系统', '同上'));
  });
  const session = new PageSession();
  const noProgress = () => undefined;
  await session.open({ name: '推荐表.xlsx', bytes: bytes.slice().buffer }, noProgress);
  return session.check({}, noProgress);
}

describe('where the page shows a finding of a 同上 cell', () => {
  test('the worker places it on the cell whose value it takes', async () => {
    const { result, shownAt } = await checked();
    const phone = result.findings
      .map((finding, i) => [finding.rule, finding.row, finding.column, shownAt[i]] as const)
      .filter(([rule]) => rule === 'phone-invalid');
    expect(phone).toEqual([
      ['phone-invalid', 2, 'G', { sheet: '推荐表', row: 2, column: 7 }],
      ['phone-invalid', 3, 'G', { sheet: '推荐表', row: 2, column: 7 }],
    ]);
  });

  test('the preview highlights the written cell, not the 同上 cell', async () => {
    const { result, shownAt } = await checked();
    const marks = cellMarks(result.findings, shownAt);
    expect(marks.get(cellKey('推荐表', 2, 7))).toBe('warning');
    expect(marks.has(cellKey('推荐表', 3, 7))).toBe(false);
  });
});
