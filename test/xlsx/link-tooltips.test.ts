import { readThroughCopies } from '../helpers/write-back';
import { withHyperlinks } from '../helpers/hyperlinks';
import { partText } from '../helpers/xlsx';

/** A link to a web page and one to a place in the workbook, each with the tip Excel shows on pointing at it. */
const original = () =>
  withHyperlinks(
    '<hyperlink ref="A2" r:id="rIdWeb" tooltip="工信部官网"/>' +
      '<hyperlink ref="B3" location="说明!A5" tooltip="见填表说明"/><hyperlink ref="B2" location="说明!A1"/>',
  );

/** The first sheet's hyperlinks as [cell, tip], in the order of their cells. */
async function tipsOf(bytes: Uint8Array): Promise<[string, string][]> {
  const xml = await partText(bytes, 'xl/worksheets/sheet1.xml');
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
    expect(await readThroughCopies(bytes, tipsOf)).toEqual([expected, expected, expected]);
  });
});
