import JSZip from 'jszip';
import { lostParts } from '../../src/xlsx/lost-parts';
import { readThroughCopies } from '../helpers/write-back';
import { editParts, twoProjects, xlsxBytes } from '../helpers/xlsx';

const METADATA_PATH = 'xl/metadata.xml';
/** Excel 365's cell metadata: one dynamic array (XLDAPR), which a cell's cm="1" points to. */
const METADATA =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<metadata ' +
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1">' +
  '<metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" ' +
  'splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/>' +
  '</metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext ' +
  'uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/>' +
  '</ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  '</metadata>';
const METADATA_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata';
const METADATA_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml';

/** A recommendation table whose E2 spills the units into E2:E3 with Excel 365's FILTER, as Excel 365 saves it. */
async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    const sheet = workbook.addWorksheet('推荐表');
    sheet.addRows(twoProjects());
    sheet.getCell('E2').value = { formula: '1+1', result: '深圳市甲科技有限公司' };
    sheet.getCell('E3').value = '北京乙数据有限公司深圳分公司';
  });
  const edited = await editParts(bytes, {
    'xl/worksheets/sheet1.xml': (xml) =>
      xml.replace(
        '<c r="E2" t="str"><f>1+1</f>',
        '<c r="E2" t="str" cm="1"><f t="array" ref="E2:E3">_xlfn._xlws.FILTER(A2:A3,B2:B3&lt;&gt;"")</f>',
      ),
    'xl/_rels/workbook.xml.rels': (xml) =>
      xml.replace(
        '</Relationships>',
        `<Relationship Id="rId9" Type="${METADATA_TYPE}" Target="metadata.xml"/></Relationships>`,
      ),
    '[Content_Types].xml': (xml) =>
      xml.replace(
        '</Types>',
        `<Override PartName="/${METADATA_PATH}" ContentType="${METADATA_CONTENT_TYPE}"/></Types>`,
      ),
  });
  const zip = await JSZip.loadAsync(edited);
  zip.file(METADATA_PATH, METADATA);
  return zip.generateAsync({ type: 'uint8array' });
}

/**
 * What a package says of its dynamic array: the metadata that E2 points to (cm), E2 and E3 as written without it and
 * their formats, and the metadata part.
 */
async function dynamicArrayOf(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => zip.file(path)?.async('string');
  const sheet = (await text('xl/worksheets/sheet1.xml'))!;
  const rels = (await text('xl/_rels/workbook.xml.rels'))!;
  const target = new RegExp(`<Relationship [^>]*Type="${METADATA_TYPE}"[^>]*Target="/?(?:xl/)?([^"]*)"`, 'u');
  const e2 = /<c r="E2"[^>]*>.*?<\/c>/u.exec(sheet)?.[0] ?? '';
  return {
    cm: /^<c\s[^>]*\scm="(\d+)"/u.exec(e2)?.[1],
    // ExcelJS escapes the quotes that Excel writes as they are: the same text.
    e2: e2.replace(/\s(?:s|cm)="\d+"/gu, '').replace(/&quot;/gu, '"'),
    e3: /<c r="E3"[^>]*>.*?<\/c>/u.exec(sheet)?.[0].replace(/\ss="\d+"|<v>\d+<\/v>/gu, ''),
    metadata: await text(METADATA_PATH),
    target: target.exec(rels)?.[1],
    contentType: (await text('[Content_Types].xml'))!.includes(
      `<Override PartName="/${METADATA_PATH}" ContentType="${METADATA_CONTENT_TYPE}"/>`,
    ),
  };
}

describe('a dynamic array (Excel 365’s spilling FILTER) in a copy', () => {
  it('stays one, with its cell metadata, through the marked copy and its clearing; its values do not change', async () => {
    const expected = {
      cm: '1',
      e2: '<c r="E2" t="str"><f t="array" ref="E2:E3">_xlfn._xlws.FILTER(A2:A3,B2:B3&lt;&gt;"")</f><v>深圳市甲科技有限公司</v></c>',
      e3: '<c r="E3" t="s"></c>',
      metadata: METADATA,
      target: 'metadata.xml',
      contentType: true,
    };
    expect(await readThroughCopies(await original(), dynamicArrayOf)).toEqual([expected, expected, expected]);
  });

  it('is not named among what the copy lacks', async () => {
    expect(await lostParts(await original())).toEqual([]);
  });
});
