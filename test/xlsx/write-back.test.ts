import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { OUR_SIGNATURE, RECORD_SHEET } from '../../src/core/our-sheets';
import { defaultProfile } from '../../src/core/profile';
import { parseWinners } from '../../src/core/winners/winners-list';
import { MARK_LOOKS } from '../../src/workbook/mark-look';
import { NOTE_HEADER } from '../../src/workbook/note-block';
import { EXAMPLE_CELLS, sheet, workbook } from '../helpers/grid';
import { validUscc } from '../helpers/uscc';
import { workbookSnapshot } from '../helpers/workbook-snapshot';
import { remapRows } from '../helpers/remap-rows';
import { clearBytes, markBytes, summariesBytes } from '../helpers/write-back';
import { xlsxBytes } from '../helpers/xlsx';
import { listOf } from '../helpers/lists';

const HEADER = ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '所属类别', '联系电话'];
const argb = (hex: string) => `FF${hex.slice(1)}`;
const OFFICER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/**
 * 南山区, header on row 1. Row 3's code is a number (error at C3), row 4's unit is a branch (warning at B4), row 6's
 * phone is too short (warning at G6). Every row has its own fill, so that a restore to the wrong row shows.
 */
const ROWS: (string | number)[][] = [
  [1, '深圳市甲科技有限公司', validUscc(1), '智能传感器研发', '智能传感器', '核心基础', '13912345678'],
  [
    2,
    '深圳市乙智能有限公司',
    914403003425961000,
    '机器翻译平台建设',
    '机器翻译系统',
    '重点产品',
    '13912345679',
  ],
  [
    3,
    '北京丙数据有限公司深圳分公司',
    validUscc(3),
    '训练数据资源库',
    '人工智能训练资源库',
    '公共支撑',
    '13912345670',
  ],
  [
    4,
    '深圳市丁芯片有限公司',
    validUscc(4),
    '边缘推理框架',
    '终端人工智能推断框架',
    '核心基础',
    '13912345671',
  ],
  [5, '深圳市戊声学有限公司', validUscc(5), '声学传感器', '智能传感器', '核心基础', '12345'],
];
const ROW_FILLS = ['FFFFF2CC', 'FFE2EFDA', 'FFFCE4D6', 'FFEDEDED', 'FFD9E1F2'];

async function sampleBytes(edit?: (worksheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void) {
  return xlsxBytes((workbook) => {
    const worksheet = workbook.addWorksheet('南山区');
    worksheet.addRow(HEADER);
    ROWS.forEach((values, i) => {
      const row = worksheet.addRow(values);
      row.eachCell(
        (cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ROW_FILLS[i]! } }),
      );
    });
    worksheet.getCell('B4').note = '单位已说明情况';
    edit?.(worksheet, workbook);
  });
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const noteOf = (cell: ExcelJS.Cell) => {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  return typeof note === 'object' ? note.texts?.map((t) => t.text).join('') : note;
};

describe('marks', () => {
  it('fills each offending cell and its 序号 cell by severity, with a note; other cells keep their look', async () => {
    const marked = await load((await markBytes(await sampleBytes())).bytes);
    const sheet = marked.getWorksheet('南山区')!;
    expect(fillOf(sheet.getCell('C3'))).toBe(argb(MARK_LOOKS.error.fill));
    expect(fillOf(sheet.getCell('A3'))).toBe(argb(MARK_LOOKS.error.fill));
    expect(sheet.getCell('C3').font?.color?.argb).toBe(argb(MARK_LOOKS.error.fontColor));
    expect(fillOf(sheet.getCell('B4'))).toBe(argb(MARK_LOOKS.warning.fill));
    expect(fillOf(sheet.getCell('A4'))).toBe(argb(MARK_LOOKS.warning.fill));
    expect(fillOf(sheet.getCell('G6'))).toBe(argb(MARK_LOOKS.warning.fill));
    expect(noteOf(sheet.getCell('C3'))).toMatch(
      new RegExp(`^${NOTE_HEADER}\\n【错误】统一社会信用代码被存成了数字`, 'u'),
    );
    expect(noteOf(sheet.getCell('A3'))).toBe(`${NOTE_HEADER}\n【错误】C 列：代码或电话被存成数字`);
    for (const address of ['B2', 'D2', 'A2', 'B3', 'D5', 'F6']) {
      const row = Number(address.slice(1));
      expect([address, fillOf(sheet.getCell(address))]).toEqual([address, ROW_FILLS[row - 2]]);
      expect(noteOf(sheet.getCell(address))).toBeUndefined();
    }
  });

  it('appends ours below an officer’s note, and clearing gives the officer’s note back alone', async () => {
    const marked = await markBytes(await sampleBytes());
    const note = noteOf((await load(marked.bytes)).getWorksheet('南山区')!.getCell('B4'));
    expect(note).toMatch(new RegExp(`^单位已说明情况\\n${NOTE_HEADER}\\n【警告】`, 'u'));
    const cleared = await load((await clearBytes(marked.bytes)).bytes);
    expect(noteOf(cleared.getWorksheet('南山区')!.getCell('B4'))).toBe('单位已说明情况');
  });

  it('lists several findings of one cell in one note', async () => {
    // Row 6 also gets a number for a code: its 序号 cell then names two problems.
    const bytes = await sampleBytes((worksheet) => (worksheet.getCell('C6').value = 914403003425961000));
    const sheet = (await load((await markBytes(bytes)).bytes)).getWorksheet('南山区')!;
    expect(noteOf(sheet.getCell('A6'))!.split('\n').slice(1)).toEqual([
      '【错误】C 列：代码或电话被存成数字',
      '【警告】G 列：联系电话格式有误',
    ]);
    expect(fillOf(sheet.getCell('A6'))).toBe(argb(MARK_LOOKS.error.fill));
  });

  it('marks the top-left cell of a merged unit cell, naming the rows it speaks of', async () => {
    const bytes = await sampleBytes((worksheet) => {
      for (let row = 2; row <= 5; row++) {
        worksheet.getCell(row, 2).value = '深圳市甲科技有限公司';
        worksheet.getCell(row, 3).value = validUscc(1);
      }
      worksheet.mergeCells('B2:B5');
    });
    const sheet = (await load((await markBytes(bytes)).bytes)).getWorksheet('南山区')!;
    expect(noteOf(sheet.getCell('B2'))).toContain(
      '【错误】第 2、3、4、5 行：“深圳市甲科技有限公司”共申报 4 项',
    );
  });

  it('marks a code problem of a 同上 cell where the code is written, as on a merged cell, naming both rows', async () => {
    const bytes = await sampleBytes((worksheet) => {
      worksheet.getCell('B4').value = '同上';
      worksheet.getCell('C4').value = '同上';
    });
    const marked = await markBytes(bytes);
    expect(
      marked.result.findings
        .filter((f) => f.rule === 'id-as-number')
        .map((f) => [f.rule, f.sheet, f.row, f.column]),
    ).toEqual([
      ['id-as-number', '南山区', 3, 'C'],
      ['id-as-number', '南山区', 4, 'C'],
    ]);
    const sheet = (await load(marked.bytes)).getWorksheet('南山区')!;
    expect(noteOf(sheet.getCell('C3'))).toContain('【错误】第 3、4 行：');
    expect(noteOf(sheet.getCell('C4'))).toBeUndefined();
    expect(fillOf(sheet.getCell('C4'))).toBe(ROW_FILLS[2]);
    expect(fillOf(sheet.getCell('A4'))).toBe(argb(MARK_LOOKS.error.fill));
    // The report sheet shows the code itself for both rows, as it shows a merged cell's value for each row.
    const report = (await load(marked.bytes)).getWorksheet('校验报告')!;
    const shown: string[] = [];
    report.eachRow((row) => {
      if (row.getCell(3).value === 'id-as-number') shown.push(row.getCell(8).text);
    });
    expect(shown).toHaveLength(2);
    expect(shown[1]).toBe(shown[0]);
    expect(shown[0]).not.toBe('同上');
  });
});

describe('clearing', () => {
  it('keeps a fill the officer changed by hand after the check, and restores the rest', async () => {
    const marked = await load((await markBytes(await sampleBytes())).bytes);
    // A copy of the style, as Excel gives each cell its own: ExcelJS shares one style among cells loaded alike.
    const cell = marked.getWorksheet('南山区')!.getCell('C3');
    cell.style = { ...cell.style, fill: OFFICER_FILL };
    const cleared = (await load((await clearBytes(await save(marked))).bytes)).getWorksheet('南山区')!;
    expect(fillOf(cleared.getCell('C3'))).toBe('FFDDEBF7');
    expect(noteOf(cleared.getCell('C3'))).toBeUndefined();
    expect(cleared.getCell('C3').font).toEqual(cleared.getCell('B3').font);
    expect(fillOf(cleared.getCell('A3'))).toBe(ROW_FILLS[1]);
  });

  it('keeps the officer’s words when the officer wrote into our note, without our block', async () => {
    const marked = await load((await markBytes(await sampleBytes())).bytes);
    const cell = marked.getWorksheet('南山区')!.getCell('G6');
    cell.note = `已联系单位更正\n${noteOf(cell)!}`;
    const cleared = (await load((await clearBytes(await save(marked))).bytes)).getWorksheet('南山区')!;
    expect(noteOf(cleared.getCell('G6'))).toBe('已联系单位更正');
    expect(fillOf(cleared.getCell('G6'))).toBe(ROW_FILLS[4]);
  });

  it('finds the rows again after the officer inserts a row above them', async () => {
    const original = await sampleBytes();
    const marked = (await markBytes(original)).bytes;
    const inserted = await remapRows(
      marked,
      '南山区',
      (r) => (r === 1 ? 1 : r + 1),
      (worksheet) =>
        (worksheet.getRow(2).values = [
          0,
          '深圳市新增有限公司',
          validUscc(9),
          '新增项目',
          '智能传感器',
          '核心基础',
          '13900000000',
        ]),
    );
    const cleared = await clearBytes(inserted);
    expect(cleared.outcome.ok && cleared.outcome.lost).toEqual([]);
    const before = (await workbookSnapshot(original))[0]!.cells;
    const after = (await workbookSnapshot(cleared.bytes))[0]!.cells;
    for (const [address, cell] of Object.entries(before)) {
      const moved = address.replace(/\d+$/u, (row) => String(row === '1' ? 1 : Number(row) + 1));
      expect([moved, after[moved]?.style, after[moved]?.note]).toEqual([moved, cell.style, cell.note]);
    }
  });

  it('finds the rows again after the officer sorts them', async () => {
    const original = await sampleBytes();
    const reversed = (r: number) => (r === 1 ? 1 : 8 - r);
    const sorted = await remapRows((await markBytes(original)).bytes, '南山区', reversed);
    const cleared = await clearBytes(sorted);
    expect(cleared.outcome.ok && cleared.outcome.lost).toEqual([]);
    const expected = await remapRows(original, '南山区', reversed);
    expect((await workbookSnapshot(cleared.bytes, (name) => name === '南山区'))[0]!.cells).toEqual(
      (await workbookSnapshot(expected))[0]!.cells,
    );
  });

  it('finds a template’s example row again after the officer sorts the rows', async () => {
    const original = await sampleBytes((worksheet) => {
      worksheet.spliceRows(2, 0, ['示例', ...EXAMPLE_CELLS]);
      worksheet.getCell('A2').fill = OFFICER_FILL;
    });
    const { bytes: marked, result } = await markBytes(original);
    expect(result.findings.filter((f) => f.rule === 'example-row').map((f) => `${f.column}${f.row}`)).toEqual(
      ['A2'],
    );
    const reversed = (r: number) => (r === 1 ? 1 : 9 - r);
    const cleared = await clearBytes(await remapRows(marked, '南山区', reversed));
    expect(cleared.outcome.ok && cleared.outcome.lost).toEqual([]);
    const expected = await remapRows(original, '南山区', reversed);
    expect((await workbookSnapshot(cleared.bytes, (name) => name === '南山区'))[0]!.cells).toEqual(
      (await workbookSnapshot(expected))[0]!.cells,
    );
  });

  it('reports the marks of a deleted row as lost, and restores the others', async () => {
    const original = await sampleBytes();
    const deleted = await remapRows((await markBytes(original)).bytes, '南山区', (r) =>
      r < 3 ? r : r === 3 ? undefined : r - 1,
    );
    const cleared = await clearBytes(deleted);
    if (!cleared.outcome.ok) throw new Error('clear failed');
    expect(cleared.outcome.lost.map((mark) => [mark.sheet, mark.row, mark.column]).sort()).toEqual([
      ['南山区', 3, 1],
      ['南山区', 3, 3],
    ]);
    const before = (await workbookSnapshot(original))[0]!.cells;
    const after = (await workbookSnapshot(cleared.bytes))[0]!.cells;
    for (const address of ['A3', 'B3', 'G5', 'A5']) {
      const from = address.replace(/\d+$/u, (row) => String(Number(row) + 1));
      expect([address, after[address]?.style, after[address]?.note]).toEqual([
        address,
        before[from]?.style,
        before[from]?.note,
      ]);
    }
  });

  it('restores the original look after the officer fixed a marked unit name and checked again', async () => {
    const original = await sampleBytes();
    const marked = await load((await markBytes(original)).bytes);
    marked.getWorksheet('南山区')!.getCell('B4').value = '北京丙数据有限公司';
    const remarked = await markBytes(await save(marked));
    const cleared = await clearBytes(remarked.bytes);
    const after = (await workbookSnapshot(cleared.bytes, (name) => name === '南山区'))[0]!;
    const before = (await workbookSnapshot(original))[0]!;
    expect({ ...after.cells, B4: undefined }).toEqual({ ...before.cells, B4: undefined });
    expect(after.cells.B4?.style).toEqual(before.cells.B4?.style);
    expect(after.cells.B4?.note).toEqual(before.cells.B4?.note);
  });

  it('removes the summary tabs too with all, and says a workbook without marks is not marked', async () => {
    const marked = (await markBytes(await sampleBytes())).bytes;
    const kept = await load((await clearBytes(marked)).bytes);
    expect(kept.worksheets.map((ws) => ws.name)).toEqual([
      '南山区',
      '汇总-按单位',
      '汇总-按方向',
      '汇总-按推荐单位',
    ]);
    const all = await clearBytes(marked, true);
    expect((await load(all.bytes)).worksheets.map((ws) => ws.name)).toEqual(['南山区']);
    expect((await clearBytes(await sampleBytes())).outcome).toEqual({ ok: false, reason: 'not-marked' });
  });

  it('refuses a record it can’t read', async () => {
    const marked = await load((await markBytes(await sampleBytes())).bytes);
    marked.getWorksheet(RECORD_SHEET)!.getCell('A2').value = '{"version":1,"marks":[';
    expect((await clearBytes(await save(marked))).outcome).toEqual({ ok: false, reason: 'record-damaged' });
  });
});

describe('our sheets', () => {
  it('can be written apart, as the pane does: marks with the report, then the summary tabs, each kept by the other', async () => {
    const names = async (bytes: Uint8Array) => (await load(bytes)).worksheets.map((ws) => ws.name);
    const marked = (await markBytes(await sampleBytes(), {}, false)).bytes;
    expect(await names(marked)).toEqual(['南山区', '校验报告', RECORD_SHEET]);
    const summed = await summariesBytes(marked);
    const all = ['南山区', '校验报告', RECORD_SHEET, '汇总-按单位', '汇总-按方向', '汇总-按推荐单位'];
    expect(await names(summed)).toEqual(all);
    expect(await names(await summariesBytes(summed))).toEqual(all);
    const remarked = (await markBytes(summed, {}, false)).bytes;
    expect(await names(remarked)).toEqual([
      '南山区',
      '汇总-按单位',
      '汇总-按方向',
      '汇总-按推荐单位',
      '校验报告',
      RECORD_SHEET,
    ]);
    expect(await names((await clearBytes(remarked)).bytes)).toEqual([
      '南山区',
      '汇总-按单位',
      '汇总-按方向',
      '汇总-按推荐单位',
    ]);
  });

  it('are regenerated in place: checking twice gives the same sheets, never 校验报告 (2)', async () => {
    const once = (await markBytes(await sampleBytes())).bytes;
    const twice = (await markBytes(once)).bytes;
    const names = async (bytes: Uint8Array) =>
      (await load(bytes)).worksheets.map((ws) => [ws.name, ws.state]);
    expect(await names(twice)).toEqual(await names(once));
    expect(await names(once)).toEqual([
      ['南山区', 'visible'],
      ['校验报告', 'visible'],
      ['汇总-按单位', 'visible'],
      ['汇总-按方向', 'visible'],
      ['汇总-按推荐单位', 'visible'],
      [RECORD_SHEET, 'veryHidden'],
    ]);
  });

  it('never overwrite an officer’s sheet of the same name: ours takes a suffix and the report says so', async () => {
    const bytes = await sampleBytes(
      (_, workbook) => (workbook.addWorksheet('校验报告').getCell('A1').value = '我的记录'),
    );
    const marked = await markBytes(bytes);
    const again = await load((await markBytes(marked.bytes)).bytes);
    expect(again.worksheets.map((ws) => ws.name).filter((name) => name.startsWith('校验报告'))).toEqual([
      '校验报告',
      '校验报告（校验助手）',
    ]);
    expect(again.getWorksheet('校验报告')!.getCell('A1').value).toBe('我的记录');
    const report = again.getWorksheet('校验报告（校验助手）')!;
    const heading = report.getColumn(1).values.slice(1, 12).map(String);
    expect(heading).toContain(
      '工作簿中已有您自己的“校验报告”工作表，未作改动；本工具生成的表改名为“校验报告（校验助手）”。',
    );
  });

  it('describe a units-only winners list in the report: its units are compared, its projects can’t be', async () => {
    const winners = listOf(
      parseWinners(
        workbook(
          sheet('优胜单位', [
            ['序号', '揭榜任务', '单位名称'],
            [1, '智能传感器', '华科智能（北京）科技有限公司'],
          ]),
        ),
        defaultProfile(),
      ),
    );
    const report = (await load((await markBytes(await sampleBytes(), { winners })).bytes)).getWorksheet(
      '校验报告',
    )!;
    expect(report.getColumn(1).values.slice(1, 12).map(String)).toContain(
      '前期揭榜优胜名单只有单位和方向，没有项目名称（共 1 条）：只能核对申报单位是否曾获优胜，无法核对项目是否重复申报。',
    );
  });

  it('link a finding of a 同上 cell in the report sheet to the cell whose value it takes, where the mark is', async () => {
    const bytes = await sampleBytes((worksheet) => {
      worksheet.addRow([
        6,
        '深圳市己科技有限公司',
        validUscc(6),
        '巡检机器人',
        '智能传感器',
        '核心基础',
        '同上',
      ]);
    });
    const report = (await load((await markBytes(bytes)).bytes)).getWorksheet('校验报告')!;
    const links: [unknown, unknown, string][] = [];
    report.eachRow((row) => {
      const link = row.getCell(10).value as { formula?: string } | null;
      if (row.getCell(3).value === 'phone-invalid')
        links.push([row.getCell(6).value, row.getCell(7).value, link?.formula ?? '']);
    });
    expect(links).toEqual([
      [6, 'G', expect.stringContaining('\'南山区\'!G6","南山区!G6")')],
      [7, 'G', expect.stringContaining('\'南山区\'!G6","南山区!G6")')],
    ]);
  });

  it('write text that begins with = + - @ as text, in every sheet; our links are the only formulas', async () => {
    const bytes = await sampleBytes((worksheet) => {
      worksheet.getCell('B3').value = '=HYPERLINK("http://example.com","点我")';
      worksheet.getCell('D3').value = '+cmd|calc';
      worksheet.getCell('B6').value = '-1+2';
      worksheet.getCell('D6').value = '@SUM(A1)';
    });
    const marked = await markBytes(bytes);
    const workbook = await load(marked.bytes);
    const texts: string[] = [];
    for (const worksheet of workbook.worksheets) {
      worksheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) expect(cell.formula).toMatch(/^HYPERLINK\("#'/u);
          else if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      );
    }
    for (const injected of ['=HYPERLINK("http://example.com","点我")', '+cmd|calc', '-1+2', '@SUM(A1)'])
      expect(texts.filter((text) => text.includes(injected)).length).toBeGreaterThan(1);
    const zip = await JSZip.loadAsync(marked.bytes);
    for (const path of Object.keys(zip.files).filter((p) => p.startsWith('xl/worksheets/sheet'))) {
      const formulas = (await zip.file(path)!.async('string')).match(/<f>[^<]*<\/f>/gu) ?? [];
      for (const formula of formulas) expect(formula).toMatch(/^<f>HYPERLINK\(&quot;#&apos;/u);
    }
  });

  it('start with our signature, so that checking the marked copy never reads them as data', async () => {
    const workbook = await load((await markBytes(await sampleBytes())).bytes);
    for (const name of ['校验报告', '汇总-按单位', '汇总-按方向', '汇总-按推荐单位', RECORD_SHEET])
      expect(String(workbook.getWorksheet(name)!.getCell('A1').value)).toMatch(
        new RegExp(`^${OUR_SIGNATURE}`, 'u'),
      );
  });
});
