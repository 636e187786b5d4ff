import { sampleExcel } from '../helpers/fake-pane-host';
import { clearExcel, markExcel, sheetNames, summariesExcel } from '../helpers/office-marks';

describe('clearMarks', () => {
  test('keeps a summary tab the officer renamed, as it keeps the others, and removes the report', async () => {
    const excel = sampleExcel();
    await summariesExcel(excel);
    await markExcel(excel);
    excel.state.sheet('汇总-按单位')!.name = '汇总-按单位（盖章版）';
    await clearExcel(excel);
    expect(sheetNames(excel)).toEqual(['推荐表', '汇总-按单位（盖章版）', '汇总-按方向', '汇总-按推荐单位']);
  });
});
