import fc from 'fast-check';
import { displayText } from '../../src/xlsx/display-text';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { findingsOf } from '../helpers/findings';
import { distinctRow, HEADER } from '../helpers/grid';
import { xlsxBytes } from '../helpers/xlsx';

/**
 * Numbers under a format in Chinese numerals, [DBNum1] (中文小写数字) and [DBNum2] (中文大写数字), shown as zh-CN
 * Excel shows them: the cases are Excel's display collected in mygreen/excel-cellformatter's
 * src/test/data/cell_format_chinese.xlsx.
 */

const LOWER = '[DBNum1][$-804]General';
const UPPER = '[DBNum2][$-804]General';
const LOWER_DATE = '[DBNum1][$-804]yyyy"年"m"月"d"日";@';
const UPPER_DATE = '[DBNum2][$-804]yyyy"年"m"月"d"日";@';

describe('a number under a format in Chinese numerals', () => {
  test.each<[number, string, string]>([
    [12345, '一万二千三百四十五', '壹万贰仟叁佰肆拾伍'],
    [-12345, '-一万二千三百四十五', '-壹万贰仟叁佰肆拾伍'],
    [-1234.5, '-一千二百三十四.五', '-壹仟贰佰叁拾肆.伍'],
    [0, '○', '零'],
    [1001, '一千○一', '壹仟零壹'],
    [10, '一十', '壹拾'],
    [101010000, '一亿○一百○一万', '壹亿零壹佰零壹万'],
    [
      123456789012345,
      '一百二十三兆四千五百六十七亿八千九百○一万二千三百四十五',
      '壹佰贰拾叁兆肆仟伍佰陆拾柒亿捌仟玖佰零壹万贰仟叁佰肆拾伍',
    ],
    [
      123456789012,
      '一千二百三十四亿五千六百七十八万九千○一十二',
      '壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰',
    ],
  ])('shows %s as Excel does', (value, lower, upper) => {
    expect([displayText(value, LOWER), displayText(value, UPPER)]).toEqual([lower, upper]);
  });

  test('shows a date with its year digit by digit', () => {
    const date = new Date(Date.UTC(2017, 8, 24));
    expect([displayText(date, LOWER_DATE), displayText(date, UPPER_DATE)]).toEqual([
      '二○一七年九月二十四日',
      '贰零壹柒年玖月贰拾肆日',
    ]);
  });

  test('leaves a text as it is', () => {
    expect(displayText('第1名', LOWER)).toBe('第1名');
  });

  test('is read so from a workbook, as the 推荐排序 and 序号 columns of government sheets are written', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('S');
      [1, 2, 10, 11].forEach((rank, i) => {
        const cell = sheet.getCell(i + 1, 1);
        cell.value = rank;
        cell.numFmt = LOWER;
      });
    });
    const [sheet] = (await readWorkbook(bytes)).sheets;
    expect(sheet?.rows.map((row) => row[0])).toEqual([
      { value: 1, text: '一' },
      { value: 2, text: '二' },
      { value: 10, text: '一十' },
      { value: 11, text: '一十一' },
    ]);
  });

  test('is still a rank in a 推荐排序 column: the command line finds no rank problem, as before', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.addRow([...HEADER, '推荐排序']);
      [2, 1, 3].forEach((rank, i) => {
        sheet.addRow([...distinctRow(i, []), rank]).getCell(HEADER.length + 1).numFmt = LOWER;
      });
    });
    const grid = await readWorkbook(bytes);
    expect(grid.sheets[0]?.rows.slice(1).map((row) => row[HEADER.length]?.text)).toEqual(['二', '一', '三']);
    expect(findingsOf('rank-invalid', grid)).toEqual([]);
  });

  test('shows in capitals ([DBNum2]) what it shows in small numerals ([DBNum1]), numeral for numeral', () => {
    const capital: Record<string, string> = {
      '○': '零',
      一: '壹',
      二: '贰',
      三: '叁',
      四: '肆',
      五: '伍',
      六: '陆',
      七: '柒',
      八: '捌',
      九: '玖',
      十: '拾',
      百: '佰',
      千: '仟',
    };
    fc.assert(
      fc.property(fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }), (value) => {
        const lower = displayText(value, LOWER);
        expect(lower).not.toMatch(/\d/u);
        expect(displayText(value, UPPER)).toBe([...lower].map((c) => capital[c] ?? c).join(''));
      }),
    );
  });
});
