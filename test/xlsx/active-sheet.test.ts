import { clearBytes, markBytes } from '../helpers/write-back';
import { editParts, partText, sheetNamesOf, twoProjects, xlsxBytes } from '../helpers/xlsx';

/** A workbook that opens on its second sheet, 推荐表. */
function original(): Promise<Uint8Array> {
  return xlsxBytes((workbook) => {
    workbook.addWorksheet('说明').getCell('A1').value = '填表说明';
    workbook.addWorksheet('推荐表').addRows(twoProjects());
    workbook.views = [
      { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' },
    ];
  });
}

/** The sheet a workbook opens on, and the first tab its tab bar shows, by name; undefined for a place past the end. */
async function openingOf(bytes: Uint8Array): Promise<{ active?: string; first?: string }> {
  const xml = await partText(bytes, 'xl/workbook.xml');
  const sheets = sheetNamesOf(xml);
  const place = (attribute: string) =>
    sheets[Number(new RegExp(`\\s${attribute}="(\\d+)"`, 'u').exec(xml)?.[1] ?? 0)];
  return { active: place('activeTab'), first: place('firstSheet') };
}

/** The marked copy as the officer saves it after looking at the sheet in place `tab`. */
async function savedOn(marked: Uint8Array, tab: number): Promise<Uint8Array> {
  return editParts(marked, {
    'xl/workbook.xml': (xml) =>
      xml
        .replace(/\sactiveTab="\d+"/u, ` activeTab="${tab}"`)
        .replace(/\sfirstSheet="\d+"/u, ` firstSheet="${tab}"`),
  });
}

describe('the sheet a copy opens on', () => {
  it('is the one the original opens on, through the marked copy and its clearing', async () => {
    const expected = { active: '推荐表', first: '说明' };
    const { bytes: marked } = await markBytes(await original());
    expect(await openingOf(marked)).toEqual(expected);
    expect(await openingOf((await clearBytes(marked, true)).bytes)).toEqual(expected);
  });

  it('is a sheet the copy has, when the marked copy was saved on a summary tab that clearing removes', async () => {
    const { bytes: marked } = await markBytes(await original());
    const summary = 3; // 说明, 推荐表, 校验报告, 汇总-按单位…
    expect((await openingOf(await savedOn(marked, summary))).active).toBe('汇总-按单位');
    const cleared = (await clearBytes(await savedOn(marked, summary), true)).bytes;
    expect(await openingOf(cleared)).toEqual({ active: '说明', first: '说明' });
  });
});
