import JSZip from 'jszip';
import {
  DYNAMIC_ARRAY_METADATA,
  METADATA_CONTENT_TYPE,
  METADATA_PATH,
  METADATA_TYPE,
  WITH_RICH_VALUE_METADATA,
  withCellMetadata,
} from '../helpers/cell-metadata';
import { readThroughCopies } from '../helpers/write-back';
import { editParts, lostPartsOf, twoProjects, xlsxBytes } from '../helpers/xlsx';

/**
 * A recommendation table whose E2 spills the units into E2:E3 with Excel 365's FILTER, as Excel 365 saves it, with
 * the cell metadata `metadata`.
 */
async function original(metadata: string): Promise<Uint8Array> {
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
        '<c r="E2" t="str"><f t="array" ref="E2:E3">_xlfn._xlws.FILTER(A2:A3,B2:B3&lt;&gt;"")</f>',
      ),
  });
  const zip = await JSZip.loadAsync(edited);
  await withCellMetadata(zip, 'E2', metadata);
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

const cells = {
  e2: '<c r="E2" t="str"><f t="array" ref="E2:E3">_xlfn._xlws.FILTER(A2:A3,B2:B3&lt;&gt;"")</f><v>深圳市甲科技有限公司</v></c>',
  e3: '<c r="E3" t="s"></c>',
};

describe('a dynamic array (Excel 365’s spilling FILTER) in a copy', () => {
  it('stays one, with its cell metadata, through the marked copy and its clearing; its values do not change', async () => {
    const expected = {
      cm: '1',
      ...cells,
      metadata: DYNAMIC_ARRAY_METADATA,
      target: 'metadata.xml',
      contentType: true,
    };
    const bytes = await original(DYNAMIC_ARRAY_METADATA);
    expect(await readThroughCopies(bytes, dynamicArrayOf)).toEqual([expected, expected, expected]);
    expect(await lostPartsOf(bytes)).toEqual([]);
  });

  it('is named among what the copy lacks when its cell metadata holds rich values’ too, which the copy lacks', async () => {
    const bytes = await original(WITH_RICH_VALUE_METADATA);
    const [, marked, cleared] = await readThroughCopies(bytes, dynamicArrayOf);
    const lacking = { cm: undefined, ...cells, metadata: undefined, target: undefined, contentType: false };
    expect([marked, cleared]).toEqual([lacking, lacking]);
    expect(await lostPartsOf(bytes)).toEqual(['dynamic-arrays']);
  });
});
