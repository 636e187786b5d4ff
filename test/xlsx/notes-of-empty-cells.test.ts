import { loadWorkbook } from '../../src/xlsx/read-workbook';
import { clearBytes, markBytes } from '../helpers/write-back';
import { partText, xlsxBytes } from '../helpers/xlsx';

/**
 * A note (批注) on an empty cell without a format is kept in the comments part alone: Excel, like ExcelJS, writes
 * no `<c>` for such a cell. The copy must keep it, and a mark on that cell must leave it as it was once cleared.
 */

/** 项目乙 has no direction; its empty direction cell carries the officer's note, as do E2 and G9 beside the table. */
async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    const sheet = workbook.addWorksheet('推荐表');
    sheet.addRows([
      ['申报单位', '项目名称', '揭榜方向'],
      ['深圳市甲科技有限公司', '项目甲', '智能传感器'],
      ['深圳市乙智能有限公司', '项目乙'],
    ]);
    sheet.getCell('C3').note = '方向待定，周五前补';
    sheet.getCell('E2').note = '已电话核实';
    sheet.getCell('G9').note = '本表由张三填报';
  });
  const xml = await partText(bytes, 'xl/worksheets/sheet1.xml');
  for (const address of ['C3', 'E2', 'G9']) expect(xml).not.toContain(`r="${address}"`);
  return bytes;
}

/** The notes of the first sheet, as [address, text] pairs. */
async function notesOf(bytes: Uint8Array): Promise<[string, string][]> {
  const sheet = (await loadWorkbook(bytes)).worksheets[0]!;
  return ['C3', 'E2', 'G9'].map((address) => {
    const note = sheet.getCell(address).note as string | { texts: { text: string }[] } | undefined;
    const text = typeof note === 'string' ? note : (note?.texts.map((run) => run.text).join('') ?? '');
    return [address, text];
  });
}

describe('notes on empty cells', () => {
  it('are read, kept beside our note in the marked copy, and given back as they were once cleared', async () => {
    const bytes = await original();
    const officers: [string, string][] = [
      ['C3', '方向待定，周五前补'],
      ['E2', '已电话核实'],
      ['G9', '本表由张三填报'],
    ];
    expect(await notesOf(bytes)).toEqual(officers);

    const { bytes: marked, result } = await markBytes(bytes);
    expect(result.findings.map((f) => [f.rule, f.sheet, f.row, f.column])).toContainEqual([
      'required-missing',
      '推荐表',
      3,
      'C',
    ]);
    const [c3, ...others] = await notesOf(marked);
    expect(c3![1].startsWith('方向待定，周五前补')).toBe(true);
    expect(c3![1].length).toBeGreaterThan('方向待定，周五前补'.length);
    expect(others).toEqual(officers.slice(1));

    expect(await notesOf((await clearBytes(marked)).bytes)).toEqual(officers);
  });
});
