import JSZip from 'jszip';

const XDR = 'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const place = (col: number, row: number) =>
  `<xdr:col ${XDR}>${col}</xdr:col><xdr:colOff ${XDR}>0</xdr:colOff><xdr:row ${XDR}>${row}</xdr:row>` +
  `<xdr:rowOff ${XDR}>0</xdr:rowOff>`;

/** The shape Excel draws a check box with, in the sheet's legacy VML drawing, linked to H2. */
const CHECKBOX_VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/>' +
  '</o:shapelayout><v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" path="m,l,21600r21600,l21600,xe">' +
  '</v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t201" style="position:absolute;width:60pt;height:15pt" ' +
  'filled="f" stroked="f"><v:textbox><div style="text-align:left"><font face="宋体">已盖章</font></div></v:textbox>' +
  '<x:ClientData ObjectType="Checkbox"><x:Anchor>7, 0, 1, 0, 8, 0, 2, 0</x:Anchor><x:AutoFill>False</x:AutoFill>' +
  '<x:FmlaLink>$H$2</x:FmlaLink><x:Checked>1</x:Checked><x:NoThreeD/></x:ClientData></v:shape></xml>';

const CONTROLS =
  `<legacyDrawing r:id="rIdVml"/><mc:AlternateContent ${MC}><mc:Choice Requires="x14"><controls>` +
  `<mc:AlternateContent ${MC}><mc:Choice Requires="x14"><control shapeId="1025" r:id="rIdCtrl" name="Check Box 1">` +
  `<controlPr defaultSize="0" autoFill="0" autoLine="0" autoPict="0"><anchor moveWithCells="1">` +
  `<from>${place(7, 1)}</from><to>${place(8, 2)}</to></anchor></controlPr></control></mc:Choice>` +
  `</mc:AlternateContent></controls></mc:Choice></mc:AlternateContent>`;

const VML_RELATIONSHIP =
  '<Relationship Id="rIdVml" Target="../drawings/vmlDrawing9.vml" ' +
  'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing"/>';
const CTRL_PROP_RELATIONSHIP =
  '<Relationship Id="rIdCtrl" Target="../ctrlProps/ctrlProp1.xml" ' +
  'Type="http://schemas.microsoft.com/office/2006/relationships/ctrlProp"/>';

/**
 * Adds a check box as Excel 2010 and later save it to the first sheet of a package written by ExcelJS (which has no
 * legacy drawing of its own there): the shape in a VML drawing, its state in a ctrlProps part, and the sheet's
 * `<controls>`. With `ctrlProps: false`, as Excel 2007 saved it: the VML shape alone.
 */
export async function withCheckbox(bytes: Uint8Array, { ctrlProps = true } = {}): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const edit = async (path: string, change: (text: string) => string, empty = '') =>
    zip.file(path, change((await zip.file(path)?.async('string')) ?? empty));
  await edit('xl/worksheets/sheet1.xml', (xml) =>
    xml
      .replace(
        /<worksheet (?![^>]*xmlns:r=)/u,
        '$&xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
      )
      .replace('</worksheet>', `${ctrlProps ? CONTROLS : '<legacyDrawing r:id="rIdVml"/>'}</worksheet>`),
  );
  await edit(
    'xl/worksheets/_rels/sheet1.xml.rels',
    (xml) =>
      xml.replace(
        '</Relationships>',
        `${VML_RELATIONSHIP}${ctrlProps ? CTRL_PROP_RELATIONSHIP : ''}</Relationships>`,
      ),
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
  );
  zip.file('xl/drawings/vmlDrawing9.vml', CHECKBOX_VML);
  if (ctrlProps)
    zip.file(
      'xl/ctrlProps/ctrlProp1.xml',
      '<formControlPr xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" objectType="CheckBox" ' +
        'checked="Checked" fmlaLink="$H$2" lockText="1" noThreeD="1"/>',
    );
  const vml =
    '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>';
  const ctrlProp =
    '<Override PartName="/xl/ctrlProps/ctrlProp1.xml" ContentType="application/vnd.ms-excel.controlproperties+xml"/>';
  await edit('[Content_Types].xml', (xml) =>
    xml.replace(
      '</Types>',
      `${xml.includes('Extension="vml"') ? '' : vml}${ctrlProps ? ctrlProp : ''}</Types>`,
    ),
  );
  return zip.generateAsync({ type: 'uint8array' });
}
