import JSZip from 'jszip';
import { loadWorkbook } from '../../src/xlsx/read-workbook';
import { clearBytes, markBytes } from '../helpers/write-back';
import { withHyperlinks } from '../helpers/hyperlinks';

/**
 * A hyperlink to a place in the workbook names it in `location` and has no relationship; a link to a web page has
 * one. Both must be in the copy as the original has them.
 */
const original = () =>
  withHyperlinks(
    '<hyperlink ref="A2" r:id="rIdWeb"/><hyperlink ref="B2" location="\'说明\'!A1" display="项目甲"/>' +
      '<hyperlink ref="B3" location="说明!$A$5"/>',
  );

/** The first sheet's hyperlinks as [cell, place in the workbook, target of its relationship]. */
async function linksOf(bytes: Uint8Array): Promise<[string, string, string][]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const rels = (await zip.file('xl/worksheets/_rels/sheet1.xml.rels')?.async('string')) ?? '';
  const attribute = (element: string, name: string) =>
    new RegExp(`\\s${name}="([^"]*)"`, 'u').exec(element)?.[1]?.replace(/&apos;/gu, "'") ?? '';
  return [...xml.matchAll(/<hyperlink\s[^>]*>/gu)].map(([element]) => {
    const rId = attribute(element, 'r:id');
    const rel =
      rId === '' ? '' : (new RegExp(`<Relationship [^>]*Id="${rId}"[^>]*>`, 'u').exec(rels)?.[0] ?? '');
    return [attribute(element, 'ref'), attribute(element, 'location'), attribute(rel, 'Target')];
  });
}

describe('hyperlinks in a copy', () => {
  it('keep a link to a place in the workbook as a location alone, and a link to a web page', async () => {
    const bytes = await original();
    expect(await linksOf(bytes)).toEqual([
      ['A2', '', 'https://www.miit.gov.cn/'],
      ['B2', "'说明'!A1", ''],
      ['B3', '说明!$A$5', ''],
    ]);
    expect((await loadWorkbook(bytes)).worksheets[0]!.getCell('B2').value).toEqual({
      text: '项目甲',
      hyperlink: "'说明'!A1",
    });
    const expected = [
      ['A2', '', 'https://www.miit.gov.cn/'],
      ['B2', "'说明'!A1", ''],
      ['B3', '说明!A5', ''],
    ];
    const { bytes: marked, outcome } = await markBytes(bytes);
    expect(outcome.marked).toBeGreaterThan(0);
    expect(await linksOf(marked)).toEqual(expected);
    expect(await linksOf((await clearBytes(marked)).bytes)).toEqual(expected);
  });
});
