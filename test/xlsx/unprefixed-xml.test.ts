import { readWorkbook } from '../../src/xlsx/read-workbook';
import { editParts, xlsxBytes } from '../helpers/xlsx';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The part with its SpreadsheetML elements written `<x:row>`, as the Open XML SDK lets its users write them. */
const prefixed = (xml: string) =>
  xml.replace(/<(\/?)(?=[A-Za-z])/gu, '<$1x:').replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);

describe('SpreadsheetML written with a namespace prefix', () => {
  it('is read as the same workbook without it', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('南山区');
      sheet.getRow(1).values = ['申报单位', '项目名称'];
      sheet.getRow(2).values = ['华科智能有限公司', 1234];
      sheet.getCell('B2').numFmt = '000000';
    });
    const edited = await editParts(bytes, {
      'xl/workbook.xml': prefixed,
      'xl/worksheets/sheet1.xml': prefixed,
      'xl/sharedStrings.xml': prefixed,
      'xl/styles.xml': prefixed,
    });
    expect(await readWorkbook(edited)).toEqual(await readWorkbook(bytes));
  });

  it('is read in the parts so written when the workbook part is not (the Open XML SDK filling a template)', async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.addWorksheet('南山区').getRow(1).values = ['申报单位', '项目名称'];
      workbook.addWorksheet('福田区').getRow(1).values = ['申报单位', '揭榜方向'];
    });
    const edited = await editParts(bytes, {
      'xl/worksheets/sheet2.xml': prefixed,
      'xl/sharedStrings.xml': prefixed,
    });
    expect(await readWorkbook(edited)).toEqual(await readWorkbook(bytes));
  });
});
