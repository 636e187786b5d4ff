import { defaultProfile } from '../../../src/core/profile';
import { writeTexts } from '../../../src/i18n/write-texts';
import { unitsSheet } from '../../../src/workbook/sheets/units-sheet';
import { checkGrid } from '../../helpers/findings';
import { fourUnitsNamingOneJointApplicant } from '../../helpers/joint-applicants';

const grid = fourUnitsNamingOneJointApplicant();

describe('unitsSheet (汇总-按单位)', () => {
  test('lists a joint-only unit with its joint rows, not counted, under the default profile', () => {
    const tab = unitsSheet(checkGrid(grid).summary, writeTexts('zh-CN'), '汇总-按单位');
    expect(tab.columns.map((c) => c.header)).toContain('联合申报（未计入）');
    expect(tab.rows).toContainEqual([5, '丙大学', '', 0, 4, 3, 0, '']);
    expect(tab.emphasis).toEqual([]);
  });

  test('counts them and marks the excess when the profile counts joint applications', () => {
    const counting = { profile: { ...defaultProfile(), countJointApplicants: true } };
    const tab = unitsSheet(checkGrid(grid, counting).summary, writeTexts('zh-CN'), '汇总-按单位');
    expect(tab.columns[4]?.header).toBe('其中联合申报');
    expect(tab.rows[0]?.slice(0, 7)).toEqual([1, '丙大学', '', 4, 4, 3, 1]);
    expect(tab.emphasis).toEqual([{ row: 0, column: 6, severity: 'error' }]);
  });
});
