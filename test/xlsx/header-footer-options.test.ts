import { readThroughCopies } from '../helpers/write-back';
import { editParts, partText, twoProjects, xlsxBytes } from '../helpers/xlsx';

/** A sheet fitted to one page wide, whose footer neither scales with the page nor lines up with its margins. */
async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    const sheet = workbook.addWorksheet('推荐表');
    sheet.addRows(twoProjects());
    sheet.pageSetup.fitToPage = true;
    sheet.pageSetup.fitToWidth = 1;
    sheet.headerFooter.oddFooter = '第 &P 页，共 &N 页';
  });
  return editParts(bytes, {
    'xl/worksheets/sheet1.xml': (xml) => {
      expect(xml).toContain('<headerFooter>');
      return xml.replace('<headerFooter>', '<headerFooter scaleWithDoc="0" alignWithMargins="0">');
    },
  });
}

/** The first sheet's header and footer options as [name, value], and its footer. */
async function headerFooterOf(bytes: Uint8Array): Promise<{ options: string[][]; footer?: string }> {
  const xml = await partText(bytes, 'xl/worksheets/sheet1.xml');
  const tag = /<headerFooter\b[^>]*>/u.exec(xml)?.[0] ?? '';
  const options = [...tag.matchAll(/\s(scaleWithDoc|alignWithMargins)="([^"]*)"/gu)].map(
    ([, name, value]) => [name!, value!],
  );
  return { options, footer: /<oddFooter>([^<]*)</u.exec(xml)?.[1] };
}

describe('the options of a sheet’s headers and footers in a copy', () => {
  it('are kept (随文档自动缩放 and 与页边距对齐 off), through the marked copy and its clearing', async () => {
    const bytes = await original();
    const expected = {
      options: [
        ['scaleWithDoc', '0'],
        ['alignWithMargins', '0'],
      ],
      footer: '第 &amp;P 页，共 &amp;N 页',
    };
    expect(await readThroughCopies(bytes, headerFooterOf)).toEqual([expected, expected, expected]);
  });
});
