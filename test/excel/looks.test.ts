import { officeWorkbook } from '../../src/excel/office-workbook';
import type { CellRef } from '../../src/workbook/port';
import { FakeExcel } from '../helpers/fake-excel';
import { sampleExcel } from '../helpers/fake-pane-host';
import { clearExcel, excelSnapshot, markExcel } from '../helpers/office-marks';

const at = (row: number, column: number, sheet = '推荐表'): CellRef => ({ sheet, row, column });

function officerWorkbook(apiVersion = 18): FakeExcel {
  const excel = new FakeExcel({ apiVersion });
  excel.addSheet({
    name: '推荐表',
    rows: [
      ['单位', '项目'],
      [{ value: '甲', fill: { color: '#92D050', pattern: 'Solid' }, fontColor: '#0070C0' }, '一'],
      [{ value: '乙', fill: { color: '#FFFF00', pattern: 'Gray25', patternColor: '#FF0000' } }, '二'],
      [{ value: '丙', fill: { color: '#4472C4', pattern: 'Solid', tintAndShade: 0.4 } }, '三'],
    ],
  });
  excel.setNote('推荐表', 2, 1, '请核对单位名称');
  return excel;
}

describe('officeWorkbook looks', () => {
  test('readLooks gives fill, font colour and note of each cell, in order', async () => {
    const excel = officerWorkbook();
    const looks = await officeWorkbook(excel.host).readLooks([at(3, 1), at(2, 1), at(2, 2), at(4, 1)]);
    expect(looks.map(({ fill, fontColor, note }) => ({ fill, fontColor, note }))).toEqual([
      { fill: 'other', fontColor: '#000000', note: null },
      { fill: '#92D050', fontColor: '#0070C0', note: '请核对单位名称' },
      { fill: null, fontColor: '#000000', note: null },
      { fill: 'other', fontColor: '#000000', note: null },
    ]);
    expect(looks[0]!.exact).toMatchObject({
      host: 'office',
      fill: { pattern: 'Gray25', patternColor: '#FF0000' },
    });
  });

  test('writeLooks then the looks read before restores fill, pattern, tint, font colour and note exactly', async () => {
    const excel = officerWorkbook();
    const port = officeWorkbook(excel.host);
    const cells = [at(2, 1), at(3, 1), at(4, 1), at(2, 2)];
    const before = cells.map((_, i) =>
      structuredClone(excel.cell('推荐表', cells[i]!.row, cells[i]!.column)),
    );
    const originals = await port.readLooks(cells);

    const mark = { fill: '#FFC7CE', fontColor: '#9C0006' };
    await port.writeLooks(
      cells.map((cell) => ({ cell, look: { ...mark, note: `${cell.row}: 本单位项目超过 3 项` } })),
    );
    expect((await port.readLooks(cells)).map(({ fill, fontColor, note }) => [fill, fontColor, note])).toEqual(
      [
        ['#FFC7CE', '#9C0006', '2: 本单位项目超过 3 项'],
        ['#FFC7CE', '#9C0006', '3: 本单位项目超过 3 项'],
        ['#FFC7CE', '#9C0006', '4: 本单位项目超过 3 项'],
        ['#FFC7CE', '#9C0006', '2: 本单位项目超过 3 项'],
      ],
    );

    await port.writeLooks(cells.map((cell, i) => ({ cell, look: originals[i]! })));
    cells.forEach((cell, i) => {
      const restored = excel.cell('推荐表', cell.row, cell.column)!;
      expect({ fill: restored.fill, font: restored.font }).toEqual({
        fill: before[i]!.fill,
        font: before[i]!.font,
      });
      expect(restored.value).toBe(before[i]!.value);
    });
    expect(excel.note('推荐表', 2, 1)).toEqual({ content: '请核对单位名称', author: 'officer' });
    expect(excel.note('推荐表', 3, 1)).toBeUndefined();
  });

  test('writeLooks from plain looks (another host) sets solid fills, clears fills and leaves `other` alone', async () => {
    const excel = officerWorkbook();
    await officeWorkbook(excel.host).writeLooks([
      { cell: at(2, 1), look: { fill: null, fontColor: null, note: null } },
      { cell: at(3, 1), look: { fill: 'other', fontColor: 'other', note: null } },
      { cell: at(2, 2), look: { fill: '#FFEB9C', fontColor: '#9C5700', note: null } },
    ]);
    expect(excel.cell('推荐表', 2, 1)!.fill.pattern).toBe('None');
    expect(excel.cell('推荐表', 2, 1)!.font.color).toBe('#000000');
    expect(excel.cell('推荐表', 3, 1)!.fill).toMatchObject({ pattern: 'Gray25', color: '#FFFF00' });
    expect(excel.cell('推荐表', 2, 2)!.fill).toMatchObject({ pattern: 'Solid', color: '#FFEB9C' });
    expect(excel.note('推荐表', 2, 1)).toBeUndefined();
  });

  test('without ExcelApi 1.18, notes read as null and are never written', async () => {
    const excel = officerWorkbook(17);
    const port = officeWorkbook(excel.host);
    expect((await port.readLooks([at(2, 1)]))[0]!.note).toBeNull();
    await port.writeLooks([
      { cell: at(2, 1), look: { fill: '#FFC7CE', fontColor: '#9C0006', note: '新批注' } },
    ]);
    expect(excel.note('推荐表', 2, 1)!.content).toBe('请核对单位名称');
    expect(excel.cell('推荐表', 2, 1)!.fill.color).toBe('#FFC7CE');
  });

  test('writes happen with calculation and screen updating suspended', async () => {
    const excel = officerWorkbook();
    const syncs = await excel.syncsOf(() =>
      officeWorkbook(excel.host).writeLooks([
        { cell: at(2, 2), look: { fill: '#FFC7CE', fontColor: null, note: 'x' } },
      ]),
    );
    const writes = syncs.at(-1)!;
    expect(writes).toMatchObject({ suspendedCalculation: true, suspendedScreenUpdating: true });
  });

  test('a gradient fill, which Office.js cannot set, is left as it is by the mark and by clearing', async () => {
    const excel = sampleExcel();
    const gradient = { color: '#4472C4', pattern: 'LinearGradient' };
    Object.assign(excel.cell('推荐表', 6, 7)!.fill, gradient);
    const before = excelSnapshot(excel);
    await markExcel(excel);
    expect(excel.cell('推荐表', 6, 7)!.fill).toMatchObject(gradient);
    expect(excel.cell('推荐表', 6, 7)!.font.color).toBe('#9C5700');
    expect(await clearExcel(excel)).toMatchObject({ ok: true, keptChanges: 0, lost: [] });
    expect(excelSnapshot(excel)).toEqual(before);
  });

  test('a value in runs of several font colours is marked by fill and note, its colours kept, and cleared exactly', async () => {
    const excel = sampleExcel();
    excel.cell('推荐表', 6, 7)!.font.runColors = ['#FF0000', '#0070C0'];
    const before = excelSnapshot(excel);
    await markExcel(excel);
    expect(excel.cell('推荐表', 6, 7)!.fill.color).toBe('#FFEB9C');
    expect(excel.cell('推荐表', 6, 7)!.font.runColors).toEqual(['#FF0000', '#0070C0']);
    expect(excel.note('推荐表', 6, 7)).toBeDefined();
    expect(await clearExcel(excel)).toMatchObject({ ok: true, keptChanges: 0, lost: [] });
    expect(excelSnapshot(excel)).toEqual(before);
  });
});
