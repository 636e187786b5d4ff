import { clearBytes, markBytes } from '../helpers/write-back';
import { editParts, partText, sheetNamesOf, twoProjects, xlsxBytes } from '../helpers/xlsx';

/**
 * Names as an officer defines them in 名称管理器: 联系人 on each of two sheets (the same name, each sheet's own), a
 * hidden one, one of a formula, and the workbook's: of a range, of a formula (a list that grows with its column, for
 * a drop-down list) and of a constant.
 */
const NAMES =
  '<definedName name="联系人" localSheetId="0">推荐表!$B$2</definedName>' +
  '<definedName name="联系人" localSheetId="1">说明!$A$1</definedName>' +
  '<definedName name="核对" localSheetId="0" hidden="1">推荐表!$A$2:$A$3</definedName>' +
  '<definedName name="项目数" localSheetId="0">COUNTA(推荐表!$B$2:$B$3)</definedName>' +
  '<definedName name="方向">推荐表!$C$2:$C$3</definedName>' +
  '<definedName name="方向列表">OFFSET(说明!$A$1,0,0,COUNTA(说明!$A:$A),1)</definedName>' +
  '<definedName name="上限">15</definedName>';

async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    workbook.addWorksheet('推荐表').addRows(twoProjects());
    workbook.addWorksheet('说明').getCell('A1').value = '填表说明';
  });
  return editParts(bytes, {
    'xl/workbook.xml': (xml) => {
      expect(xml).not.toContain('<definedNames');
      return xml.replace('</sheets>', `</sheets><definedNames>${NAMES}</definedNames>`);
    },
  });
}

/**
 * Each name that is not Excel's own (or, with `excels`, each of Excel's own) as [name, its sheet or '' for the
 * workbook's, hidden, what it refers to].
 */
async function namesOf(bytes: Uint8Array, excels = false): Promise<[string, string, boolean, string][]> {
  const xml = await partText(bytes, 'xl/workbook.xml');
  const sheets = sheetNamesOf(xml);
  return [...xml.matchAll(/<definedName\s([^>]*)>([^<]*)<\/definedName>/gu)]
    .filter(([, attributes]) => attributes!.includes('name="_xlnm.') === excels)
    .map(([, attributes, refersTo]): [string, string, boolean, string] => {
      const name = /name="([^"]*)"/u.exec(attributes!)![1]!;
      const scope = /localSheetId="(\d+)"/u.exec(attributes!)?.[1];
      const sheet = scope === undefined ? '' : sheets[Number(scope)]!;
      return [name, sheet, /hidden="1"/u.test(attributes!), refersTo!.replace(/&apos;|'/gu, '')];
    })
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe('names (名称管理器) in a copy', () => {
  it('stay as the original writes them, each sheet’s own or the workbook’s, through the marked copy and its clearing', async () => {
    const bytes = await original();
    const expected = await namesOf(bytes);
    expect(expected).toEqual([
      ['上限', '', false, '15'],
      ['方向', '', false, '推荐表!$C$2:$C$3'],
      ['方向列表', '', false, 'OFFSET(说明!$A$1,0,0,COUNTA(说明!$A:$A),1)'],
      ['核对', '推荐表', true, '推荐表!$A$2:$A$3'],
      ['联系人', '推荐表', false, '推荐表!$B$2'],
      ['联系人', '说明', false, '说明!$A$1'],
      ['项目数', '推荐表', false, 'COUNTA(推荐表!$B$2:$B$3)'],
    ]);
    const { bytes: marked, outcome } = await markBytes(bytes);
    expect(outcome.marked).toBeGreaterThan(0);
    expect(await namesOf(marked)).toEqual(expected);
    expect(await namesOf((await clearBytes(marked, true)).bytes)).toEqual(expected);
  });

  it('leave out a name that refers to another workbook, whose link the copy does not keep', async () => {
    const bytes = await editParts(await original(), {
      'xl/workbook.xml': (xml) =>
        xml.replace(
          '</definedNames>',
          '<definedName name="外部名单">[1]名单!$A$1:$A$9</definedName></definedNames>',
        ),
    });
    const { bytes: marked } = await markBytes(bytes);
    const names = (await namesOf(marked)).map(([name]) => name);
    expect(names).toContain('联系人');
    expect(names).not.toContain('外部名单');
  });
});

/** Excel's own names other than those of a filter, a print area and print titles, as namesOf gives them. */
async function rarerNamesOf(bytes: Uint8Array): Promise<[string, string, boolean, string][]> {
  const written = /^_xlnm\.(?:_FilterDatabase|Print_Area|Print_Titles)$/u;
  return (await namesOf(bytes, true)).filter(([name]) => !written.test(name));
}

describe('Excel’s rarer own names (_xlnm.Criteria, _xlnm.Extract…) in a copy', () => {
  it('stay as the original writes them, each its sheet’s own, through the marked copy and its clearing', async () => {
    const bytes = await editParts(await original(), {
      'xl/workbook.xml': (xml) =>
        xml.replace(
          '</definedNames>',
          '<definedName name="_xlnm.Criteria" localSheetId="0">推荐表!$E$1:$E$2</definedName>' +
            '<definedName name="_xlnm.Extract" localSheetId="0">推荐表!$G$1:$I$1</definedName>' +
            '<definedName name="_xlnm.Criteria" localSheetId="1">说明!$C$1:$C$2</definedName>' +
            '<definedName name="_xlnm.Consolidate_Area" localSheetId="1">说明!$A$1:$B$3</definedName>' +
            '</definedNames>',
        ),
    });
    const expected = [
      ['_xlnm.Consolidate_Area', '说明', false, '说明!$A$1:$B$3'],
      ['_xlnm.Criteria', '推荐表', false, '推荐表!$E$1:$E$2'],
      ['_xlnm.Criteria', '说明', false, '说明!$C$1:$C$2'],
      ['_xlnm.Extract', '推荐表', false, '推荐表!$G$1:$I$1'],
    ];
    expect(await rarerNamesOf(bytes)).toEqual(expected);
    const { bytes: marked } = await markBytes(bytes);
    expect(await rarerNamesOf(marked)).toEqual(expected);
    expect(await rarerNamesOf((await clearBytes(marked, true)).bytes)).toEqual(expected);
  });
});
