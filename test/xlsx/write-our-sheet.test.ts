import ExcelJS from 'exceljs';
import { writeTexts } from '../../src/i18n/write-texts';
import { directionsSheet } from '../../src/workbook/sheets/directions-sheet';
import { writeOurSheet } from '../../src/xlsx/write-our-sheet';
import { checkGrid } from '../helpers/findings';
import { projectSheet, workbook } from '../helpers/grid';
import { validUscc } from '../helpers/uscc';

const grid = workbook(
  projectSheet('S', [
    ['甲', validUscc(1), '项目一号', '智能传感器', '核心基础'],
    ['乙', validUscc(2), '项目二号', '机器翻译系统', '重点产品'],
    ['丙', validUscc(3), '项目三号', '机器翻译系统', '重点产品'],
  ]),
);

describe('writeOurSheet', () => {
  test('keeps the total row of 汇总-按方向 out of the autofilter, so that sorting leaves it at the bottom', async () => {
    const written = new ExcelJS.Workbook();
    writeOurSheet(written, directionsSheet(checkGrid(grid).summary, writeTexts('zh-CN'), '汇总-按方向'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await written.xlsx.writeBuffer());
    const sheet = book.getWorksheet('汇总-按方向')!;
    expect(sheet.getCell('B6').value).toBe('合计');
    expect(sheet.autoFilter).toBe('A3:E5');
  });
});
