import { readThroughCopies } from '../helpers/write-back';
import { editParts, filteredProjects, partText } from '../helpers/xlsx';

/** The sort by 项目名称, descending, as Excel remembers it for the table of two projects. */
const SORT = '<sortState ref="A2:C3"><sortCondition descending="1" ref="B2:B3"/></sortState>';

/** A table of two projects under a filter, with `filter` in place of the filter ExcelJS writes. */
async function original(filter: string): Promise<Uint8Array> {
  const bytes = await filteredProjects();
  return editParts(bytes, {
    'xl/worksheets/sheet1.xml': (xml) => {
      expect(xml).toContain('<autoFilter ref="A1:C3"/>');
      return xml.replace('<autoFilter ref="A1:C3"/>', filter);
    },
  });
}

/** The first sheet's sorts, and whether each stands where the schema puts it: after the filter, before the margins. */
async function sortsOf(bytes: Uint8Array): Promise<{ sort: string; inPlace: boolean }[]> {
  const xml = await partText(bytes, 'xl/worksheets/sheet1.xml');
  return [...xml.matchAll(/<sortState\b[\s\S]*?<\/sortState>/gu)].map(({ 0: sort, index }) => ({
    sort,
    inPlace: index > xml.indexOf('<autoFilter') && index < xml.indexOf('<pageMargins'),
  }));
}

describe('the sort a sheet remembers (排序) in a copy', () => {
  it('is kept after the sheet’s filter, through the marked copy and its clearing', async () => {
    const bytes = await original(`<autoFilter ref="A1:C3"/>${SORT}`);
    const expected = [{ sort: SORT, inPlace: true }];
    expect(await readThroughCopies(bytes, sortsOf)).toEqual([expected, expected, expected]);
  });

  it('is kept once when it is the filter’s own', async () => {
    const bytes = await original(`<autoFilter ref="A1:C3">${SORT}</autoFilter>`);
    const expected = [{ sort: SORT, inPlace: true }];
    expect(await readThroughCopies(bytes, sortsOf)).toEqual([expected, expected, expected]);
  });
});
