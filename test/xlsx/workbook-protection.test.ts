import { clearBytes, markBytes } from '../helpers/write-back';
import { editParts, lostPartsOf, partText, twoProjects, xlsxBytes } from '../helpers/xlsx';

/** 保护工作簿 with a password, as Excel 2013 and later write it. */
const PROTECTION =
  '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="c2FtcGxlaGFzaA==" ' +
  'workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"/>';

async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    workbook.addWorksheet('推荐表').addRows(twoProjects());
    workbook.views = [
      { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
    ];
  });
  return editParts(bytes, {
    'xl/workbook.xml': (xml) => {
      expect(xml).toMatch(/<workbookPr[^>]*\/><bookViews>/u);
      return xml.replace('<bookViews>', `${PROTECTION}<bookViews>`);
    },
  });
}

/** The names of the workbook part's elements, in order, and its protection. */
async function protectionOf(bytes: Uint8Array): Promise<{ protection?: string; order: string[] }> {
  const xml = await partText(bytes, 'xl/workbook.xml');
  const order = [...xml.matchAll(/<(workbookPr|workbookProtection|bookViews|sheets)\b/gu)].map(
    ([, name]) => name!,
  );
  return { protection: /<workbookProtection\b[^>]*\/>/u.exec(xml)?.[0], order };
}

describe('the protection of the workbook’s structure (保护工作簿) in a copy', () => {
  it('is kept where the schema puts it, through the marked copy and its clearing', async () => {
    const bytes = await original();
    const expected = {
      protection: PROTECTION,
      order: ['workbookPr', 'workbookProtection', 'bookViews', 'sheets'],
    };
    expect(await protectionOf(bytes)).toEqual(expected);
    const { bytes: marked, outcome } = await markBytes(bytes);
    expect(outcome.marked).toBeGreaterThan(0);
    expect(await protectionOf(marked)).toEqual(expected);
    expect(await protectionOf((await clearBytes(marked, true)).bytes)).toEqual(expected);
  });

  it('is not named among what the copy lacks', async () => {
    expect(await lostPartsOf(await original())).toEqual([]);
  });
});
