import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { defaultProfile } from '../../src/core/profile';
import { RECORD_SHEET } from '../../src/core/our-sheets';
import { loadWinners } from '../../src/cli/load-lists';
import { NOTE_HEADER } from '../../src/workbook/note-block';
import { SAMPLE } from '../helpers/cli-inputs';
import { CHECKED_AT, markBytes } from '../helpers/write-back';

/**
 * The golden test of write-back: the bundled sample, checked against its winners list and marked. Every expectation
 * here is written by hand from the planted problems listed at the top of scripts/make-sample.ts.
 */
const E = 'FFFFC7CE';
const W = 'FFFFEB9C';

/** Every filled cell of the district sheets: the planted cells, and the 序号 cell (A) of each of their rows. */
const MARKED: Record<string, Record<string, string>> = {
  南山区: {
    // B6:B7 is one merged unit cell: the findings of rows 6 and 7 both mark B6.
    A6: E,
    B6: E,
    A7: E,
    A8: W,
    D8: W,
    A9: E,
    D9: E,
    A10: E,
    C10: E,
    A11: E,
    B11: W,
    D11: E,
    A12: W,
    E12: W,
    A14: E,
    B14: W,
    H14: E,
  },
  福田区: {
    A6: E,
    B6: E,
    H6: W,
    I6: E,
    A7: E,
    B7: E,
    I7: E,
    A8: E,
    D8: E,
    I8: E,
    A9: E,
    D9: W,
    I9: E,
    A10: E,
    B10: W,
    I10: E,
    A11: W,
    B11: W,
    A12: W,
    C12: W,
    F12: W,
    A13: E,
    D13: E,
    A14: E,
    C14: E,
  },
};

/** The report's rows: severity, rule, sheet, row, column; in sheet order, then row, then column. */
const REPORT_ROWS = [
  ['错误', 'unit-over-limit', '南山区', 6, 'B'],
  ['错误', 'unit-over-limit', '南山区', 7, 'B'],
  ['警告', 'similar-project', '南山区', 8, 'D'],
  ['错误', 'previous-winner', '南山区', 9, 'D'],
  ['错误', 'id-as-number', '南山区', 10, 'C'],
  ['警告', 'not-legal-entity', '南山区', 11, 'B'],
  ['错误', 'duplicate-project', '南山区', 11, 'D'],
  ['警告', 'category-mismatch', '南山区', 12, 'E'],
  ['警告', 'uscc-conflict', '南山区', 14, 'B'],
  ['错误', 'id-as-number', '南山区', 14, 'H'],
  ['错误', 'unit-over-limit', '福田区', 6, 'B'],
  ['警告', 'phone-invalid', '福田区', 6, 'H'],
  ['错误', 'quota-exceeded', '福田区', 6, 'I'],
  ['错误', 'unit-over-limit', '福田区', 7, 'B'],
  ['错误', 'quota-exceeded', '福田区', 7, 'I'],
  ['错误', 'duplicate-project', '福田区', 8, 'D'],
  ['错误', 'quota-exceeded', '福田区', 8, 'I'],
  ['警告', 'similar-project', '福田区', 9, 'D'],
  ['错误', 'quota-exceeded', '福田区', 9, 'I'],
  ['警告', 'previous-winner-unit', '福田区', 10, 'B'],
  ['错误', 'quota-exceeded', '福田区', 10, 'I'],
  ['警告', 'uscc-conflict', '福田区', 11, 'B'],
  ['警告', 'uscc-invalid', '福田区', 12, 'C'],
  ['警告', 'direction-unknown', '福田区', 12, 'F'],
  ['错误', 'required-missing', '福田区', 13, 'D'],
  ['错误', 'uscc-invalid', '福田区', 14, 'C'],
];

let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  const profile = defaultProfile();
  const winners = await loadWinners(SAMPLE.winners, profile);
  const { bytes } = await markBytes(readFileSync(SAMPLE.workbook), { profile, winners });
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
});

const sheet = (name: string) => workbook.getWorksheet(name)!;
const noteText = (cell: ExcelJS.Cell) => {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  return typeof note === 'object' ? note.texts?.map((t) => t.text).join('') : note;
};
/** The rows of a table of ours below its header row, as plain values. */
function tableRows(worksheet: ExcelJS.Worksheet, headerRow: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = headerRow + 1; r <= worksheet.rowCount; r++) {
    const values = (worksheet.getRow(r).values as unknown[]).slice(1);
    if (values.length === 0) break;
    rows.push(values.map((v) => (v && typeof v === 'object' && 'result' in v ? v.result : v)));
  }
  return rows;
}

describe('the marked copy of the bundled sample', () => {
  it.each(Object.keys(MARKED))('fills exactly the planted cells of %s and their 序号 cells', (name) => {
    const filled: Record<string, string> = {};
    sheet(name).eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const argb = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
        if (argb === E || argb === W) filled[cell.address] = argb;
      }),
    );
    expect(filled).toEqual(MARKED[name]);
  });

  it('gives every marked cell our note, and no other cell a note', () => {
    for (const [name, cells] of Object.entries(MARKED)) {
      sheet(name).eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const note = noteText(cell);
          if (cells[cell.address]) expect(note?.startsWith(`${NOTE_HEADER}\n`)).toBe(true);
          else expect([cell.address, note]).toEqual([cell.address, undefined]);
        }),
      );
    }
  });

  it('writes the notes in plain Chinese, one line per finding', () => {
    expect(noteText(sheet('南山区').getCell('B6'))).toBe(
      `${NOTE_HEADER}\n【错误】第 6、7 行：“深圳市星河智算科技有限公司”共申报 4 项（第 6、7 行；“福田区”第 6、7 行），超过“每个主体申报不超过3个项目”的规定，须减少 1 项`,
    );
    expect(noteText(sheet('南山区').getCell('A14'))).toBe(
      `${NOTE_HEADER}\n【警告】B 列：统一社会信用代码与单位名称不一致\n【错误】H 列：代码或电话被存成数字`,
    );
    expect(noteText(sheet('福田区').getCell('D13'))).toBe(`${NOTE_HEADER}\n【错误】“项目名称”未填写`);
    expect(noteText(sheet('福田区').getCell('I10'))).toContain('共推荐 10 项，超过上限 5 项，须再减少 5 项');
  });

  it('has a report with the verdict on top and one row per finding, each linked to its cell', () => {
    const report = sheet('校验报告');
    expect(report.getCell('A2').value).toBe('发现 16 个错误、10 个警告。');
    expect(report.getCell('A3').value).toBe(`校验时间：${CHECKED_AT}`);
    expect(report.getCell('A4').value).toBe('政策配置：miit-ai-2021');
    expect(String(report.getCell('A5').value)).toMatch(
      /^深圳市南山区工业和信息化局、深圳市福田区工业和信息化局｜计划单列市/u,
    );
    expect(String(report.getCell('A6').value)).toMatch(/^揭榜方向清单不完整（已知 6 个，通知为 18 个）/u);
    expect(report.getCell('A7').value).toBe('前期揭榜优胜项目名单：5 个项目。');
    expect(report.getRow(10).values).toEqual([
      undefined,
      '序号',
      '严重程度',
      '规则编号',
      '规则',
      '工作表',
      '行',
      '列',
      '单元格内容',
      '说明',
      '定位',
    ]);
    const rows = tableRows(report, 10);
    expect(rows.map((row) => [row[1], row[2], row[4], row[5], row[6]])).toEqual(REPORT_ROWS);
    expect(rows[0]).toEqual([
      1,
      '错误',
      'unit-over-limit',
      '每个主体申报不超过3个项目',
      '南山区',
      6,
      'B',
      '深圳市星河智算科技有限公司',
      '“深圳市星河智算科技有限公司”共申报 4 项（第 6、7 行；“福田区”第 6、7 行），超过“每个主体申报不超过3个项目”的规定，须减少 1 项',
      '南山区!B6',
    ]);
    // Row 7's unit cell is covered by the merge: the report shows the text Excel shows there.
    expect(rows[1]![7]).toBe('深圳市星河智算科技有限公司');
    expect(report.getCell('J11').formula).toBe(`HYPERLINK("#'南山区'!B6","南山区!B6")`);
    expect(report.autoFilter).toBe('A10:J36');
    expect(report.views[0]).toMatchObject({ state: 'frozen', ySplit: 10 });
    expect(report.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
  });

  it('sums up units, directions and recommenders', () => {
    const units = tableRows(sheet('汇总-按单位'), 3);
    expect(units[0]).toEqual([
      1,
      '深圳市星河智算科技有限公司',
      '91440300MA5F3K8R25',
      4,
      0,
      3,
      1,
      '南山区第 6、7 行；福田区第 6、7 行',
      '',
    ]);
    expect(units.filter((row) => Number(row[6]) > 0)).toHaveLength(1);
    // A unit counts only its rows marked 是: the 10 chosen of the 19.
    expect(units.reduce((sum, row) => sum + Number(row[3]), 0)).toBe(10);

    // A unit whose rows are all marked 否 still says where they are.
    expect(units.at(-1)).toEqual([
      16,
      '深圳市算力方舟科技有限公司',
      '91440300MA5EK6T258',
      0,
      0,
      3,
      0,
      '福田区第 15 行（均未推荐）',
      '',
    ]);

    // The directions count the same 10 chosen rows, and every row of the 19 apart.
    const directions = tableRows(sheet('汇总-按方向'), 3);
    expect(directions.at(-1)).toEqual([undefined, '合计', undefined, 10, 19]);
    expect(directions.filter((row) => row[5] === '否').map((row) => row[2])).toEqual(['机器翻译平台']);

    expect(tableRows(sheet('汇总-按推荐单位'), 3)).toEqual([
      [
        1,
        '深圳市南山区工业和信息化局、深圳市福田区工业和信息化局',
        '计划单列市',
        '根据名称判断，名称含计划单列市“深圳”',
        5,
        19,
        10,
        5,
      ],
    ]);
    expect(String(sheet('汇总-按推荐单位').getCell('A6').value)).toMatch(/^推荐单位（盖章）：/u);
  });

  it('keeps the sheets in order, ours after the officer’s, with the record very hidden', () => {
    expect(workbook.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['填表说明', 'visible'],
      ['南山区', 'visible'],
      ['福田区', 'visible'],
      ['校验报告', 'visible'],
      ['汇总-按单位', 'visible'],
      ['汇总-按方向', 'visible'],
      ['汇总-按推荐单位', 'visible'],
      [RECORD_SHEET, 'veryHidden'],
    ]);
  });
});
