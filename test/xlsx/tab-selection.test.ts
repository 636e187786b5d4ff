import JSZip from 'jszip';
import { clearBytes, markBytes, readThroughCopies } from '../helpers/write-back';
import { editParts, twoProjects, xlsxBytes } from '../helpers/xlsx';

/** Three sheets, the workbook open on the second, 推荐表, and the tabs of `selected` selected. */
async function original(selected: number[]): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    workbook.addWorksheet('说明').getCell('A1').value = '填表说明';
    workbook.addWorksheet('推荐表').addRows(twoProjects());
    workbook.addWorksheet('附表').getCell('A1').value = '附表';
    workbook.views = [
      { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' },
    ];
    for (const sheet of workbook.worksheets) sheet.views = [{ state: 'normal' }];
  });
  const edits = Object.fromEntries(
    selected.map((i) => [
      `xl/worksheets/sheet${i + 1}.xml`,
      (xml: string) => {
        expect(xml).toContain('<sheetView workbookViewId="0"');
        return xml.replace('<sheetView workbookViewId="0"', '<sheetView tabSelected="1" workbookViewId="0"');
      },
    ]),
  );
  return editParts(bytes, edits);
}

/** The names of the sheets whose tabs are selected, and of the sheet the workbook opens on. */
async function selectionOf(bytes: Uint8Array): Promise<{ selected: string[]; active: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const sheets = [...workbook.matchAll(/<sheet\s[^>]*name="([^"]*)"[^>]*r:id="(rId\d+)"/gu)];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const selected: string[] = [];
  for (const [, name, rId] of sheets) {
    const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${rId}"`, 'u').exec(
      rels,
    )!;
    const path = `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//u, '')}`;
    const xml = await zip.file(path)!.async('string');
    if (/<sheetView\b[^>]*\stabSelected="1"/u.test(xml)) selected.push(name!);
  }
  const active = Number(/\sactiveTab="(\d+)"/u.exec(workbook)?.[1] ?? 0);
  return { selected, active: sheets[active]![1]! };
}

describe('the selected tab in a copy', () => {
  it('is the one the officer left selected, through the marked copy and its clearing', async () => {
    const bytes = await original([1]);
    const expected = { selected: ['推荐表'], active: '推荐表' };
    expect(await readThroughCopies(bytes, selectionOf)).toEqual([expected, expected, expected]);
  });

  it('are the tabs grouped with it, when the officer left several selected (工作组)', async () => {
    const { bytes: marked } = await markBytes(await original([1, 2]));
    expect(await selectionOf(marked)).toEqual({ selected: ['推荐表', '附表'], active: '推荐表' });
  });
});

describe('the selected tab in a cleared copy', () => {
  it('is the sheet it opens on, when clearing removed the summary tab the marked copy was saved on', async () => {
    const { bytes: marked } = await markBytes(await original([1]));
    const summary = 4; // 说明, 推荐表, 附表, 校验报告, 汇总-按单位…
    const savedOnSummary = await editParts(marked, {
      'xl/workbook.xml': (xml) => xml.replace(/\sactiveTab="\d+"/u, ` activeTab="${summary}"`),
      'xl/worksheets/sheet2.xml': (xml) => xml.replace(/\stabSelected="1"/u, ''),
      'xl/worksheets/sheet5.xml': (xml) => xml.replace('<sheetView ', '<sheetView tabSelected="1" '),
    });
    expect(await selectionOf(savedOnSummary)).toEqual({ selected: ['汇总-按单位'], active: '汇总-按单位' });
    const cleared = (await clearBytes(savedOnSummary, true)).bytes;
    expect(await selectionOf(cleared)).toEqual({ selected: ['说明'], active: '说明' });
  });
});
