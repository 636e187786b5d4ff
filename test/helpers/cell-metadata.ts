import type JSZip from 'jszip';

export const METADATA_PATH = 'xl/metadata.xml';
export const METADATA_TYPE =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata';
export const METADATA_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml';

const DYNAMIC_ARRAY_TYPE =
  '<metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" ' +
  'splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/>';
const DYNAMIC_ARRAY_FUTURE =
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}">' +
  '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>';
const CELL_METADATA = '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>';

const metadata = (body: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<metadata ' +
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  `xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">${body}</metadata>`;

/** Excel 365's cell metadata of one dynamic array (XLDAPR), which a cell's cm="1" points to. */
export const DYNAMIC_ARRAY_METADATA = metadata(
  `<metadataTypes count="1">${DYNAMIC_ARRAY_TYPE}</metadataTypes>${DYNAMIC_ARRAY_FUTURE}${CELL_METADATA}`,
);

/** The same, with the metadata of a rich value (a picture placed in a cell), which a cell's vm="1" points to. */
export const WITH_RICH_VALUE_METADATA = metadata(
  `<metadataTypes count="2">${DYNAMIC_ARRAY_TYPE}<metadataType name="XLRICHVALUE" minSupportedVersion="120000" ` +
    'copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" ' +
    'clearComments="1" assign="1" coerce="1"/></metadataTypes>' +
    DYNAMIC_ARRAY_FUTURE +
    '<futureMetadata name="XLRICHVALUE" count="1"><bk><extLst><ext uri="{3e2802c4-a4d2-4d8b-9148-e3be6c30e623}">' +
    '<xlrd:rvb xmlns:xlrd="http://schemas.microsoft.com/office/spreadsheetml/2017/richdata" i="0"/></ext>' +
    '</extLst></bk></futureMetadata>' +
    CELL_METADATA +
    '<valueMetadata count="1"><bk><rc t="2" v="0"/></bk></valueMetadata>',
);

async function edit(zip: JSZip, path: string, change: (xml: string) => string): Promise<void> {
  zip.file(path, change(await zip.file(path)!.async('string')));
}

/**
 * Adds a cell metadata part to a package as Excel 365 writes it, with its relationship from the workbook part and its
 * content type, and points the first sheet's cell `address` into it (cm="1").
 */
export async function withCellMetadata(zip: JSZip, address: string, xml: string): Promise<void> {
  await edit(zip, 'xl/worksheets/sheet1.xml', (sheet) => {
    expect(sheet).toContain(`<c r="${address}"`);
    return sheet.replace(`<c r="${address}"`, `<c r="${address}" cm="1"`);
  });
  await edit(zip, 'xl/_rels/workbook.xml.rels', (rels) =>
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rId9" Type="${METADATA_TYPE}" Target="metadata.xml"/></Relationships>`,
    ),
  );
  await edit(zip, '[Content_Types].xml', (types) =>
    types.replace(
      '</Types>',
      `<Override PartName="/${METADATA_PATH}" ContentType="${METADATA_CONTENT_TYPE}"/></Types>`,
    ),
  );
  zip.file(METADATA_PATH, xml);
}
