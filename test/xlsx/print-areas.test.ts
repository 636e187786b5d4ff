import { readThroughCopies } from '../helpers/write-back';
import { editParts, partText, twoProjects, xlsxBytes } from '../helpers/xlsx';

/** A sheet whose print area and print titles (打印标题) Excel wrote, its name quoted as a formula takes it. */
async function original(sheet: string, quoted: string): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    workbook.addWorksheet(sheet).addRows(twoProjects());
  });
  const names =
    `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">${quoted}!$A$1:$C$3</definedName>` +
    `<definedName name="_xlnm.Print_Titles" localSheetId="0">${quoted}!$1:$1</definedName></definedNames>`;
  return editParts(bytes, {
    'xl/workbook.xml': (xml) => {
      expect(xml).toContain('<calcPr');
      return xml.replace('<calcPr', `${names}<calcPr`);
    },
  });
}

/** The first sheet's print area and print titles, as the workbook part writes them, its XML decoded. */
async function printNamesOf(bytes: Uint8Array): Promise<{ area?: string; titles?: string }> {
  const xml = await partText(bytes, 'xl/workbook.xml');
  const name = (which: string) =>
    new RegExp(`<definedName name="_xlnm\\.${which}" localSheetId="0">([^<]*)<`, 'u')
      .exec(xml)?.[1]
      ?.replace(/&apos;/gu, "'");
  return { area: name('Print_Area'), titles: name('Print_Titles') };
}

describe('a print area and print titles in a copy', () => {
  it.each([
    ['推荐表', '推荐表', "'推荐表'"],
    ["单位's 表, a sheet whose name has a quote", "单位's 表", "'单位''s 表'"],
  ])(
    'stay as Excel writes them, rows absolute, through the marked copy and its clearing: %s',
    async (_, sheet, quoted) => {
      const bytes = await original(sheet, quoted);
      const expected = { area: `${quoted}!$A$1:$C$3`, titles: `${quoted}!$1:$1` };
      expect(await readThroughCopies(bytes, printNamesOf)).toEqual([expected, expected, expected]);
    },
  );
});

/** A sheet 推荐表 whose print titles the original writes as `titles`. */
async function withTitles(titles: string): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    workbook.addWorksheet('推荐表').addRows(twoProjects());
  });
  const names = `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">${titles}</definedName></definedNames>`;
  return editParts(bytes, { 'xl/workbook.xml': (xml) => xml.replace('<calcPr', `${names}<calcPr`) });
}

describe('print titles written as full-width ranges', () => {
  it.each([
    ['rows as wide as an old sheet', '推荐表!$A$1:$IV$1', "'推荐表'!$1:$1"],
    ['rows as wide as a sheet', "'推荐表'!$A$1:$XFD$2", "'推荐表'!$1:$2"],
    ['columns as tall as a sheet', '推荐表!$A$1:$B$1048576', "'推荐表'!$A:$B"],
    ['columns as tall as an old sheet', '推荐表!$A$1:$A$65536', "'推荐表'!$A:$A"],
    ['columns and rows', '推荐表!$A$1:$A$1048576,推荐表!$A$1:$XFD$3', "'推荐表'!$A:$A,'推荐表'!$1:$3"],
  ])(
    'are kept as the same rows or columns through the marked copy and its clearing: %s',
    async (_, titles, kept) => {
      const [, marked, cleared] = await readThroughCopies(await withTitles(titles), printNamesOf);
      expect([marked?.titles, cleared?.titles]).toEqual([kept, kept]);
    },
  );
});
