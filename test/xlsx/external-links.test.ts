import JSZip from 'jszip';
import { clearBytes, markBytes } from '../helpers/write-back';
import { editParts, lostPartsOf, twoProjects, xlsxBytes } from '../helpers/xlsx';

const LINK_PATH = 'xl/externalLinks/externalLink1.xml';
const LINK_RELS_PATH = 'xl/externalLinks/_rels/externalLink1.xml.rels';
const LINK =
  '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"><sheetNames>' +
  '<sheetName val="名单"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1" t="str">' +
  '<v>深圳市甲科技有限公司</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>';
const LINK_RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
  'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" ' +
  'Target="file:///D:/推荐/优胜名单.xlsx" TargetMode="External"/></Relationships>';

/** A recommendation table whose D2 takes a cell of another workbook, [1]名单!$A$1, and a name that does too. */
async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    const sheet = workbook.addWorksheet('推荐表');
    sheet.addRows(twoProjects());
    sheet.getCell('D2').value = { formula: '1+1', result: '深圳市甲科技有限公司' };
  });
  const edited = await editParts(bytes, {
    'xl/worksheets/sheet1.xml': (xml) => xml.replace('<f>1+1</f>', '<f>[1]名单!$A$1</f>'),
    'xl/workbook.xml': (xml) =>
      xml.replace(
        '</sheets>',
        '</sheets><externalReferences><externalReference r:id="rIdLink"/></externalReferences>' +
          '<definedNames><definedName name="优胜名单">[1]名单!$A$1:$A$9</definedName></definedNames>',
      ),
    'xl/_rels/workbook.xml.rels': (xml) =>
      xml.replace(
        '</Relationships>',
        '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/' +
          'externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>',
      ),
    '[Content_Types].xml': (xml) =>
      xml.replace(
        '</Types>',
        `<Override PartName="/${LINK_PATH}" ContentType="application/vnd.openxmlformats-officedocument.` +
          'spreadsheetml.externalLink+xml"/></Types>',
      ),
  });
  const zip = await JSZip.loadAsync(edited);
  zip.file(LINK_PATH, LINK);
  zip.file(LINK_RELS_PATH, LINK_RELS);
  return zip.generateAsync({ type: 'uint8array' });
}

/** What a package says of its link [1]: the parts, where the workbook points to it, and what uses it. */
async function linkOf(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => zip.file(path)?.async('string');
  const workbook = (await text('xl/workbook.xml'))!;
  const ids = [...workbook.matchAll(/<externalReference r:id="([^"]*)"\/>/gu)].map(([, id]) => id!);
  const rels = (await text('xl/_rels/workbook.xml.rels'))!;
  const targets = ids.map(
    (id) =>
      new RegExp(`<Relationship Id="${id}" Type="[^"]*/externalLink" Target="([^"]*)"`, 'u').exec(rels)?.[1],
  );
  const types = (await text('[Content_Types].xml'))!;
  return {
    targets,
    link: await text(LINK_PATH),
    linkRels: await text(LINK_RELS_PATH),
    contentType: types.includes(
      `<Override PartName="/${LINK_PATH}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>`,
    ),
    formula: /<c r="D2"[^>]*><f>([^<]*)<\/f>/u.exec((await text('xl/worksheets/sheet1.xml'))!)?.[1],
    name: /<definedName name="优胜名单">([^<]*)<\/definedName>/u.exec(workbook)?.[1],
    referencesBeforeNames: workbook.indexOf('<externalReferences>') < workbook.indexOf('<definedNames>'),
  };
}

describe('links to other workbooks in a copy', () => {
  it('are kept as the original writes them, through the marked copy and its clearing', async () => {
    const bytes = await original();
    const expected = {
      targets: ['externalLinks/externalLink1.xml'],
      link: LINK,
      linkRels: LINK_RELS,
      contentType: true,
      formula: '[1]名单!$A$1',
      name: '[1]名单!$A$1:$A$9',
      referencesBeforeNames: true,
    };
    expect(await linkOf(bytes)).toEqual(expected);
    const { bytes: marked, outcome } = await markBytes(bytes);
    expect(outcome.marked).toBeGreaterThan(0);
    expect(await linkOf(marked)).toEqual(expected);
    expect(await linkOf((await clearBytes(marked, true)).bytes)).toEqual(expected);
  });

  it('are not named among what the copy lacks', async () => {
    expect(await lostPartsOf(await original())).toEqual([]);
  });
});
