import { readWorkbook } from '../../src/xlsx/read-workbook';
import { editParts, xlsxBytes } from '../helpers/xlsx';

/**
 * A row or cell may leave out its `r` attribute (ECMA-376 Part 1, 18.3.1.73 and 18.3.1.4): it is then the one after
 * the row or cell before it. Excel opens such files, which some report generators write.
 */
describe('rows and cells without an r attribute', () => {
  it('are read at the position after the one before them', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.getRow(1).values = ['序号', '申报单位', '项目名称'];
      sheet.getRow(2).values = [1, '华科智能有限公司', '项目甲'];
      sheet.getRow(4).values = [2, '另一公司', '项目乙'];
      sheet.getRow(5).values = [3, '第三公司', '项目丙'];
    });
    const edited = await editParts(bytes, {
      // Row 4 keeps its number, and B4 its address; everything else loses them.
      'xl/worksheets/sheet1.xml': (xml) =>
        xml.replaceAll(/<row r="(?!4")\d+"/gu, '<row').replaceAll(/<c r="(?!B4")[A-Z]+\d+"/gu, '<c'),
    });
    expect(edited).not.toEqual(bytes);
    const [sheet] = (await readWorkbook(edited)).sheets;
    expect(sheet?.rows.map((row) => row.map((cell) => cell?.text))).toEqual([
      ['序号', '申报单位', '项目名称'],
      ['1', '华科智能有限公司', '项目甲'],
      [],
      ['2', '另一公司', '项目乙'],
      ['3', '第三公司', '项目丙'],
    ]);
  });
});
