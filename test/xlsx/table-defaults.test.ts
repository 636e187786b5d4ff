import fc from 'fast-check';
import JSZip from 'jszip';
import { clearBytes, markBytes, readThroughCopies } from '../helpers/write-back';
import { lostPartsOf, partText, twoProjects, xlsxBytes } from '../helpers/xlsx';

/**
 * A table (套用表格格式) as Excel writes it leaves out what is as the schema's default: a header row
 * (`headerRowCount` 1) and shown filter buttons (no `<filterColumn>`, or only those of the columns it filters or
 * whose button it hides, `filterColumns`). The copy must have them too.
 */
async function original(filterColumns = ''): Promise<Uint8Array> {
  const table = await xlsxBytes((workbook) => workbook.addWorksheet('推荐表').addRows(twoProjects()));
  const zip = await JSZip.loadAsync(table);
  const sheet = 'xl/worksheets/sheet1.xml';
  const part = '<tableParts count="1"><tablePart r:id="rIdTable"/></tableParts>';
  zip.file(sheet, (await zip.file(sheet)!.async('string')).replace('</worksheet>', `${part}</worksheet>`));
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdTable" ' +
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/>' +
      '</Relationships>',
  );
  zip.file(
    'xl/tables/table1.xml',
    '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="表1" displayName="表1" ' +
      'ref="A1:C3" totalsRowShown="0">' +
      (filterColumns === ''
        ? '<autoFilter ref="A1:C3"/>'
        : `<autoFilter ref="A1:C3">${filterColumns}</autoFilter>`) +
      '<tableColumns count="3"><tableColumn id="1" name="申报单位"/><tableColumn id="2" name="项目名称"/>' +
      '<tableColumn id="3" name="揭榜方向"/></tableColumns><tableStyleInfo name="TableStyleMedium2" ' +
      'showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>',
  );
  const types = '[Content_Types].xml';
  const override =
    '<Override PartName="/xl/tables/table1.xml" ' +
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>';
  zip.file(types, (await zip.file(types)!.async('string')).replace('</Types>', `${override}</Types>`));
  return zip.generateAsync({ type: 'uint8array' });
}

/** The table's header row count (1 when left out), and which of its columns show a filter button. */
async function tableOf(bytes: Uint8Array): Promise<{ headerRows: string; buttons: boolean[] }> {
  const xml = await partText(bytes, 'xl/tables/table1.xml');
  const tag = /<table\b[^>]*>/u.exec(xml)![0];
  const hidden = new Set(
    [...xml.matchAll(/<filterColumn colId="(\d+)" hiddenButton="1"/gu)].map(([, column]) => Number(column)),
  );
  return {
    headerRows: /\sheaderRowCount="(\d+)"/u.exec(tag)?.[1] ?? '1',
    buttons: [0, 1, 2].map((column) => !hidden.has(column)),
  };
}

/** The table's buttons in the original, in its marked copy and in that copy cleared. */
async function buttonsThrough(bytes: Uint8Array): Promise<{ headerRows: string; buttons: boolean[] }[]> {
  const { bytes: marked, outcome } = await markBytes(bytes);
  expect(outcome.marked).toBeGreaterThan(0);
  return [await tableOf(bytes), await tableOf(marked), await tableOf((await clearBytes(marked)).bytes)];
}

describe('tables in a copy', () => {
  it('keep their header row and the filter buttons they show, through the marked copy and its clearing', async () => {
    const bytes = await original();
    const expected = { headerRows: '1', buttons: [true, true, true] };
    expect(await readThroughCopies(bytes, tableOf)).toEqual([expected, expected, expected]);
  });
});

describe('a table whose filter lists some of its columns', () => {
  it('keeps each hidden filter button on its own column, however the columns are listed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([0, 1, 2], { minLength: 1 }), async (hidden) => {
        const listed = hidden.map((column) => `<filterColumn colId="${column}" hiddenButton="1"/>`).join('');
        const buttons = [0, 1, 2].map((column) => !hidden.includes(column));
        expect(await buttonsThrough(await original(listed))).toEqual(
          Array<unknown>(3).fill({ headerRows: '1', buttons }),
        );
      }),
      { numRuns: 7 },
    );
  });

  it('keeps the criteria of a column that filters, as the original writes them, and names nothing lost', async () => {
    const filtered =
      '<filterColumn colId="0" hiddenButton="1"/>' +
      '<filterColumn colId="2"><filters><filter val="机器翻译系统"/></filters></filterColumn>';
    const bytes = await original(filtered);
    expect(await buttonsThrough(bytes)).toEqual(
      Array<unknown>(3).fill({ headerRows: '1', buttons: [false, true, true] }),
    );
    const { bytes: marked } = await markBytes(bytes);
    const filter = `<autoFilter ref="A1:C3">${filtered}</autoFilter>`;
    expect(await tableFilterOf(marked)).toBe(filter);
    expect(await tableFilterOf((await clearBytes(marked)).bytes)).toBe(filter);
    expect(await lostPartsOf(bytes)).toEqual([]);
  });

  it('names as lost criteria by a colour or an icon, which refer to the workbook’s styles, and writes none', async () => {
    const byColour = '<filterColumn colId="2"><colorFilter dxfId="0"/></filterColumn>';
    const bytes = await original(byColour);
    expect(await lostPartsOf(bytes)).toEqual(['filter-criteria']);
    const { bytes: marked } = await markBytes(bytes);
    expect(await tableFilterOf(marked)).not.toContain('colorFilter');
    expect(await lostPartsOf(await original('<filterColumn colId="2" hiddenButton="1"/>'))).toEqual([]);
  });

  it('names as lost criteria sorted by a colour, whose format the copy numbers anew, and writes no such sort', async () => {
    const sortedByColour =
      '<filterColumn colId="2"><filters><filter val="机器翻译系统"/></filters></filterColumn>' +
      '<sortState ref="A2:C3"><sortCondition sortBy="cellColor" ref="B2:B3" dxfId="0"/></sortState>';
    const bytes = await original(sortedByColour);
    expect(await lostPartsOf(bytes)).toEqual(['filter-criteria']);
    const { bytes: marked } = await markBytes(bytes);
    expect(await tableFilterOf(marked)).not.toContain('dxfId');
  });
});

/** The table's filter as the table part writes it. */
async function tableFilterOf(bytes: Uint8Array): Promise<string> {
  const xml = await partText(bytes, 'xl/tables/table1.xml');
  return /<autoFilter\b[^>]*?(?:\/>|>[\s\S]*?<\/autoFilter>)/u.exec(xml)![0];
}
