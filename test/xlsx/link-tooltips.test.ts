import JSZip from 'jszip';
import { clearBytes, markBytes } from '../helpers/write-back';
import { xlsxBytes } from '../helpers/xlsx';

/** A link to a web page and one to a place in the workbook, each with the tip Excel shows on pointing at it. */
async function original(): Promise<Uint8Array> {
  const table = await xlsxBytes((workbook) => {
    workbook.addWorksheet('推荐表').addRows([
      ['申报单位', '项目名称', '揭榜方向'],
      ['深圳市甲科技有限公司', '项目甲', '智能传感器'],
      ['北京乙数据有限公司深圳分公司', '项目乙', '机器翻译系统'],
    ]);
    workbook.addWorksheet('说明').getCell('A5').value = '填表说明';
  });
  const zip = await JSZip.loadAsync(table);
  const sheet = 'xl/worksheets/sheet1.xml';
  const links =
    '<hyperlinks><hyperlink ref="A2" r:id="rIdWeb" tooltip="工信部官网"/>' +
    '<hyperlink ref="B3" location="说明!A5" tooltip="见填表说明"/><hyperlink ref="B2" location="说明!A1"/></hyperlinks>';
  zip.file(sheet, (await zip.file(sheet)!.async('string')).replace('<pageMargins', `${links}<pageMargins`));
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdWeb" ' +
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" ' +
      'Target="https://www.miit.gov.cn/" TargetMode="External"/></Relationships>',
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/** The first sheet's hyperlinks as [cell, tip], in the order of their cells. */
async function tipsOf(bytes: Uint8Array): Promise<[string, string][]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
  return [...xml.matchAll(/<hyperlink\s[^>]*>/gu)]
    .map(([element]): [string, string] => [
      /\sref="([^"]*)"/u.exec(element)![1]!,
      /\stooltip="([^"]*)"/u.exec(element)?.[1] ?? '',
    ])
    .sort(([a], [b]) => a.localeCompare(b));
}

describe('hyperlinks in a copy', () => {
  it('keep the tip they show, through the marked copy and its clearing', async () => {
    const bytes = await original();
    const expected = [
      ['A2', '工信部官网'],
      ['B2', ''],
      ['B3', '见填表说明'],
    ];
    expect(await tipsOf(bytes)).toEqual(expected);
    const { bytes: marked, outcome } = await markBytes(bytes);
    expect(outcome.marked).toBeGreaterThan(0);
    expect(await tipsOf(marked)).toEqual(expected);
    expect(await tipsOf((await clearBytes(marked)).bytes)).toEqual(expected);
  });
});
