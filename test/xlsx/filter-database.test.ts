import JSZip from 'jszip';
import { clearBytes, markBytes } from '../helpers/write-back';
import { partText, sheetNamesOf, twoProjects, xlsxBytes } from '../helpers/xlsx';

/** Two filtered sheets, each with the hidden name Excel gives its filter as the sheet's own. */
async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    const table = workbook.addWorksheet('推荐表');
    table.addRows(twoProjects());
    table.autoFilter = 'A1:C3';
    const directions = workbook.addWorksheet('方向列表');
    directions.addRows([['揭榜方向'], ['智能传感器']]);
    directions.autoFilter = 'A1:A2';
  });
  const zip = await JSZip.loadAsync(bytes);
  const path = 'xl/workbook.xml';
  const names =
    '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">推荐表!$A$1:$C$3</definedName>' +
    '<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">方向列表!$A$1:$A$2</definedName></definedNames>';
  const xml = (await zip.file(path)!.async('string')).replace(
    /<definedNames>[\s\S]*<\/definedNames>|(?=<calcPr)/u,
    names,
  );
  zip.file(path, xml);
  return zip.generateAsync({ type: 'uint8array' });
}

/** Each filter's name as [the sheet it belongs to, or '' for the workbook; the range it names, unquoted]. */
async function filterNamesOf(bytes: Uint8Array): Promise<[string, string][]> {
  const xml = await partText(bytes, 'xl/workbook.xml');
  const sheets = sheetNamesOf(xml);
  return [...xml.matchAll(/<definedName\s([^>]*)>([^<]*)<\/definedName>/gu)]
    .filter(([, attributes]) => attributes!.includes('name="_xlnm._FilterDatabase"'))
    .map(([, attributes, range]): [string, string] => {
      const scope = /\slocalSheetId="(\d+)"/u.exec(` ${attributes!}`)?.[1];
      return [scope === undefined ? '' : sheets[Number(scope)]!, range!.replace(/&apos;|'/gu, '')];
    });
}

describe('the names of sheets’ filters (_xlnm._FilterDatabase) in a copy', () => {
  it('stay each sheet’s own, through the marked copy and its clearing', async () => {
    const bytes = await original();
    const expected = [
      ['推荐表', '推荐表!$A$1:$C$3'],
      ['方向列表', '方向列表!$A$1:$A$2'],
    ];
    expect(await filterNamesOf(bytes)).toEqual(expected);
    const ours = ([sheet]: [string, string]) => sheet === '' || sheet === '推荐表' || sheet === '方向列表';
    const { bytes: marked, outcome } = await markBytes(bytes);
    expect(outcome.marked).toBeGreaterThan(0);
    expect((await filterNamesOf(marked)).filter(ours)).toEqual(expected);
    expect((await filterNamesOf((await clearBytes(marked)).bytes)).filter(ours)).toEqual(expected);
  });

  it('stay hidden, as Excel writes them, so that 名称管理器 (the Name Manager) does not list them', async () => {
    const bytes = await original();
    const hidden = async (copy: Uint8Array) => {
      const xml = await partText(copy, 'xl/workbook.xml');
      const tags = xml.match(/<definedName\s[^>]*name="_xlnm\._FilterDatabase"[^>]*>/gu) ?? [];
      expect(tags.length).toBeGreaterThan(0);
      return tags.map((tag) => /\shidden="1"/u.test(tag));
    };
    expect(await hidden(bytes)).toEqual([true, true]);
    const { bytes: marked } = await markBytes(bytes);
    expect(new Set(await hidden(marked))).toEqual(new Set([true]));
    expect(new Set(await hidden((await clearBytes(marked, true)).bytes))).toEqual(new Set([true]));
  });
});
