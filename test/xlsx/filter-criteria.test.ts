import { partNames } from '../../src/i18n/write-texts';
import { readThroughCopies } from '../helpers/write-back';
import { editParts, filteredProjects, lostPartsOf, partText } from '../helpers/xlsx';

/** A filter that shows the projects of 项目甲 alone, as Excel writes it, and the row of 项目乙 it hid. */
const FILTER =
  '<autoFilter ref="A1:C3"><filterColumn colId="1"><filters><filter val="项目甲"/></filters></filterColumn></autoFilter>';

async function original(): Promise<Uint8Array> {
  const bytes = await filteredProjects((workbook, sheet) => {
    sheet.getRow(3).hidden = true;
    workbook.addWorksheet('说明').getCell('A1').value = '填表说明';
  });
  return editParts(bytes, {
    'xl/worksheets/sheet1.xml': (xml) => {
      expect(xml).toContain('<autoFilter ref="A1:C3"/>');
      expect(xml).not.toContain('<sheetPr');
      return xml
        .replace('<autoFilter ref="A1:C3"/>', FILTER)
        .replace(/<worksheet\b[^>]*>/u, (start) => `${start}<sheetPr filterMode="1"/>`);
    },
  });
}

/** The first sheet's filter, whether it says it is filtered, and its hidden rows. */
async function filterOf(
  bytes: Uint8Array,
): Promise<{ filter?: string; filterMode: boolean; hidden: string[] }> {
  const xml = await partText(bytes, 'xl/worksheets/sheet1.xml');
  return {
    filter: /<autoFilter\b[^>]*\/>|<autoFilter\b[\s\S]*?<\/autoFilter>/u.exec(xml)?.[0],
    filterMode: /<sheetPr\b[^>]*\sfilterMode="1"/u.test(xml),
    hidden: [...xml.matchAll(/<row r="(\d+)"[^>]*\shidden="1"/gu)].map(([, row]) => row!),
  };
}

describe('the criteria of a sheet’s filter (筛选) in a copy', () => {
  it('are kept with the rows they hid, through the marked copy and its clearing', async () => {
    const bytes = await original();
    const expected = { filter: FILTER, filterMode: true, hidden: ['3'] };
    expect(await readThroughCopies(bytes, filterOf)).toEqual([expected, expected, expected]);
  });

  it('are not named among what the copy lacks', async () => {
    expect(await lostPartsOf(await original())).toEqual([]);
  });

  it('leave only a table’s criteria (套用表格格式) by a colour or an icon lost, and the sentence says so', () => {
    expect(partNames(['filter-criteria'], 'zh-CN')).toBe('表格（套用表格格式）按颜色或图标筛选的条件');
    expect(partNames(['filter-criteria'], 'en-US')).toBe(
      'filter criteria of tables (Format as Table) by colour or icon',
    );
  });
});
