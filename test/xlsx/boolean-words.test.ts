import { readWorkbook } from '../../src/xlsx/read-workbook';
import { markBytes, readThroughCopies } from '../helpers/write-back';
import { editParts, partText, twoProjects, xlsxBytes } from '../helpers/xlsx';

/**
 * LibreOffice Calc writes the booleans of a workbook's XML as words (`date1904="true"`, `fitToPage="true"`), as
 * xsd:boolean allows; Excel and WPS write digits (`"1"`). Both mean the same to Excel.
 */

/** 2015-05-31 as a serial number of the 1904 date system (2011-05-30 in the 1900 system). */
const JUNE_2015 = 40_693;

/**
 * A table of two projects with a date under a 成立日期 column (I2) and print settings, saved as LibreOffice saves
 * them: its booleans written `word` (`true` or, for the digits Excel writes, `1`). The text of B3 says ` hidden="true"`
 * as text, and a table column is named `true`: words that are no booleans.
 */
async function savedWith(word: 'true' | '1'): Promise<Uint8Array> {
  const no = word === 'true' ? 'false' : '0';
  const bytes = await xlsxBytes((workbook) => {
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('推荐表', { views: [{}] });
    sheet.addRows(twoProjects());
    sheet.getCell('D1').value = 'true';
    sheet.getCell('E1').value = '成立日期';
    sheet.getCell('E2').value = JUNE_2015;
    sheet.getCell('E2').numFmt = 'yyyy-mm-dd';
    sheet.getCell('F2').value = '不锁定';
    sheet.getCell('F2').protection = { locked: false };
    sheet.getCell('G2').value = '锁定';
  });
  return editParts(bytes, {
    'xl/workbook.xml': (xml) => xml.replace(/date1904="1"/u, `date1904="${word}"`),
    'xl/styles.xml': (xml) => xml.replace(/<protection locked="0"\/>/u, `<protection locked="${no}"/>`),
    'xl/worksheets/sheet1.xml': (xml) =>
      xml
        .replace('<dimension', `<sheetPr><pageSetUpPr fitToPage="${word}"/></sheetPr><dimension`)
        .replace(/<sheetView /u, `<sheetView showGridLines="${no}" `)
        .replace(
          /<c r="B3"[^>]*>.*?<\/c>/u,
          '<c r="B3" t="inlineStr"><is><t>项目乙 hidden="true"</t></is></c>',
        )
        .replace(
          /<pageMargins/u,
          `<printOptions gridLines="${word}" horizontalCentered="${word}"/><pageMargins`,
        )
        .replace(
          /<pageSetup [^>]*\/>/u,
          `<pageSetup paperSize="9" orientation="landscape" blackAndWhite="${word}" fitToWidth="1" fitToHeight="0"/>`,
        ),
  });
}

/** What a package says of the date system, the date, the print settings and the words that are no booleans. */
async function settingsOf(bytes: Uint8Array) {
  const workbook = await partText(bytes, 'xl/workbook.xml');
  const sheet = await partText(bytes, 'xl/worksheets/sheet1.xml');
  const styles = await partText(bytes, 'xl/styles.xml');
  const yes = '(?:1|true)';
  const has = (xml: string, pattern: string) => new RegExp(pattern, 'u').test(xml);
  return {
    date1904: has(workbook, `<workbookPr\\b[^>]*\\sdate1904="${yes}"`),
    date: /<c r="E2"[^>]*><v>([^<]*)<\/v>/u.exec(sheet)?.[1],
    fitToPage: has(sheet, `<pageSetUpPr\\b[^>]*\\sfitToPage="${yes}"`),
    noGridLinesShown: has(sheet, '<sheetView\\b[^>]*\\sshowGridLines="(?:0|false)"'),
    printed: ['gridLines', 'horizontalCentered'].filter((name) =>
      has(sheet, `<printOptions\\b[^>]*\\s${name}="${yes}"`),
    ),
    blackAndWhite: has(sheet, `<pageSetup\\b[^>]*\\sblackAndWhite="${yes}"`),
    unlocked: has(styles, '<protection\\b[^>]*\\slocked="(?:0|false)"'),
    text: (await readWorkbook(bytes)).sheets[0]?.rows[2]?.[1]?.value,
  };
}

const KEPT = {
  date1904: true,
  date: String(JUNE_2015),
  fitToPage: true,
  noGridLinesShown: true,
  printed: ['gridLines', 'horizontalCentered'],
  blackAndWhite: true,
  unlocked: true,
  text: '项目乙 hidden="true"',
};

describe('booleans written as words (LibreOffice)', () => {
  it.each(['true', '1'] as const)(
    'keep, written %s, the dates and print settings through the marked copy and its clearing',
    async (word) => {
      expect(await readThroughCopies(await savedWith(word), settingsOf)).toEqual([KEPT, KEPT, KEPT]);
    },
  );

  it('are read as the digits are: the date of the 1904 date system, the text as written', async () => {
    const [sheet] = (await readWorkbook(await savedWith('true'))).sheets;
    expect(sheet?.rows[1]?.[4]).toEqual({ value: { date: '2015-05-31' }, text: '2015-05-31' });
    expect(sheet?.rows[2]?.[1]?.value).toBe('项目乙 hidden="true"');
    expect(sheet?.rows[0]?.[3]?.value).toBe('true');
  });

  it('are not words of text: a table column named true keeps its name in the copy', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('推荐表');
      sheet.addTable({
        name: 'Projects',
        ref: 'A1',
        columns: [{ name: '申报单位' }, { name: '项目名称' }, { name: '揭榜方向' }, { name: 'true' }],
        rows: twoProjects()
          .slice(1)
          .map((row) => [...row, 'false']),
        style: { showRowStripes: true },
      });
    });
    const words = await editParts(bytes, {
      'xl/tables/table1.xml': (xml) => xml.replace(/showRowStripes="1"/u, 'showRowStripes="true"'),
    });
    const copy = await partText((await markBytes(words)).bytes, 'xl/tables/table1.xml');
    expect(copy).toMatch(/<tableColumn\b[^>]*\sname="true"/u);
    expect(copy).toMatch(/<tableStyleInfo\b[^>]*\sshowRowStripes="(?:1|true)"/u);
  });
});
