import JSZip from 'jszip';
import { readThroughCopies } from '../helpers/write-back';
import { twoProjects, xlsxBytes } from '../helpers/xlsx';

/** Three sheets' page setups: numbered on from the sheet before, from 3 as asked, and a 3 that is not used. */
const PAGE_SETUPS = [
  '<pageSetup paperSize="9" orientation="landscape"/>',
  '<pageSetup paperSize="9" orientation="landscape" firstPageNumber="3" useFirstPageNumber="1"/>',
  '<pageSetup paperSize="9" orientation="landscape" firstPageNumber="3"/>',
];

async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    workbook.addWorksheet('推荐表').addRows(twoProjects());
    workbook.addWorksheet('说明').getCell('A1').value = '填表说明';
    workbook.addWorksheet('附表').getCell('A1').value = '附表';
  });
  const zip = await JSZip.loadAsync(bytes);
  for (const [i, pageSetup] of PAGE_SETUPS.entries()) {
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    const xml = await zip.file(path)!.async('string');
    expect(xml).toMatch(/<pageSetup\b[^>]*\/>/u);
    zip.file(path, xml.replace(/<pageSetup\b[^>]*\/>/u, pageSetup));
  }
  return zip.generateAsync({ type: 'uint8array' });
}

/** The page each of the first three sheets starts its numbering at: a number, or 'on' from the sheet before. */
async function firstPagesOf(bytes: Uint8Array): Promise<(number | 'on')[]> {
  const zip = await JSZip.loadAsync(bytes);
  const firstPages: (number | 'on')[] = [];
  for (const i of [1, 2, 3]) {
    const xml = await zip.file(`xl/worksheets/sheet${i}.xml`)!.async('string');
    const pageSetup = /<pageSetup\b[^>]*>/u.exec(xml)?.[0] ?? '';
    const used = /\suseFirstPageNumber="(?:1|true)"/u.test(pageSetup);
    firstPages.push(used ? Number(/\sfirstPageNumber="(\d+)"/u.exec(pageSetup)?.[1] ?? 1) : 'on');
  }
  return firstPages;
}

describe('page numbers in a copy', () => {
  it('start where the original starts them, through the marked copy and its clearing', async () => {
    const bytes = await original();
    const expected = ['on', 3, 'on'];
    expect(await readThroughCopies(bytes, firstPagesOf)).toEqual([expected, expected, expected]);
  });
});
