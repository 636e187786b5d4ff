import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { defaultProfile } from '../../src/core/profile';
import { loadWinners } from '../../src/cli/load-lists';
import { OUR_SHEET_NAMES } from '../../src/core/our-sheets';
import { writeTexts } from '../../src/i18n/write-texts';
import { directionsSheet } from '../../src/workbook/sheets/directions-sheet';
import { writeOurSheet } from '../../src/xlsx/write-our-sheet';
import { checkGrid } from '../helpers/findings';
import { projectSheet, workbook } from '../helpers/grid';
import { validUscc } from '../helpers/uscc';
import { SAMPLE } from '../helpers/cli-inputs';
import { shownWidth } from '../../src/workbook/shown-width';
import { markBytes } from '../helpers/write-back';

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

  test('wraps every text of our tables that is wider than its column, so that print never cuts it', async () => {
    const profile = defaultProfile();
    const winners = await loadWinners(SAMPLE.winners, profile);
    const { bytes } = await markBytes(readFileSync(SAMPLE.workbook), { profile, winners });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const cut: string[] = [];
    for (const name of Object.values(OUR_SHEET_NAMES)) {
      const sheet = book.getWorksheet(name)!;
      const headerRow = name === OUR_SHEET_NAMES.report ? 10 : 3;
      for (let r = headerRow; sheet.getRow(r).cellCount > 0; r++)
        sheet.getRow(r).eachCell((cell, c) => {
          if (shownWidth(cell.text) > sheet.getColumn(c).width! && cell.alignment.wrapText !== true)
            cut.push(`${name}!${cell.address} ${cell.text}`);
        });
    }
    expect(cut).toEqual([]);
  });

  test('numbers the printed pages of the report and the tabs, with the tab name in the footer', async () => {
    const { bytes } = await markBytes(readFileSync(SAMPLE.workbook));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(
      Object.values(OUR_SHEET_NAMES).map((name) => book.getWorksheet(name)!.headerFooter.oddFooter),
    ).toEqual(Object.values(OUR_SHEET_NAMES).map(() => '&C&A　第 &P 页，共 &N 页'));
  });
});
