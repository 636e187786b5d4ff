import fc from 'fast-check';
import { readRowFlags, type RowFlags } from '../../src/xlsx/row-flags';
import { asChunks, piecesAt } from '../helpers/chunks';
import { readThroughCopies } from '../helpers/write-back';
import { editParts, partText, twoProjects, xlsxBytes } from '../helpers/xlsx';

/**
 * A table whose row 2 Excel fitted to its text (a height without customHeight), whose row 3 the officer set by hand,
 * and whose notes in rows 5 and 6 are a group (组合) collapsed under row 7, as Excel writes them.
 */
async function original(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    const sheet = workbook.addWorksheet('推荐表');
    sheet.addRows([...twoProjects(), [], ['备注一'], ['备注二'], ['备注合计']]);
    sheet.getRow(2).height = 30;
    sheet.getRow(3).height = 30;
  });
  return editParts(bytes, {
    'xl/worksheets/sheet1.xml': (xml) => {
      expect(xml).toContain('<row r="2" ht="30" customHeight="1"');
      expect(xml).toContain('outlineLevelRow="0"');
      return xml
        .replace('<row r="2" ht="30" customHeight="1"', '<row r="2" ht="30"')
        .replace(/<row r="([56])"/gu, '<row r="$1" hidden="1" outlineLevel="1"')
        .replace('<row r="7"', '<row r="7" collapsed="1"')
        .replace('outlineLevelRow="0"', 'outlineLevelRow="1"');
    },
  });
}

/** Each row of the first sheet, up to row 7, as [row, height set by hand, group below collapsed]. */
async function flagsOf(bytes: Uint8Array): Promise<[number, boolean, boolean][]> {
  const xml = await partText(bytes, 'xl/worksheets/sheet1.xml');
  return [...xml.matchAll(/<row r="(\d+)"[^>]*>/gu)]
    .map(([tag, row]): [number, boolean, boolean] => [
      Number(row),
      /\scustomHeight="1"/u.test(tag),
      /\scollapsed="1"/u.test(tag),
    ])
    .filter(([row]) => row <= 7);
}

describe('the rows of a copy', () => {
  it('fit their height to their text and keep their groups collapsed as the original says, through the marked copy and its clearing', async () => {
    const bytes = await original();
    const expected = [
      [1, false, false],
      [2, false, false],
      [3, true, false],
      [5, false, false],
      [6, false, false],
      [7, false, true],
    ];
    expect(await readThroughCopies(bytes, flagsOf)).toEqual([expected, expected, expected]);
  });
});

const rowTag = fc.record({
  height: fc.boolean(),
  custom: fc.boolean(),
  collapsed: fc.boolean(),
  level: fc.integer({ min: 0, max: 2 }),
  numbered: fc.boolean(),
});

describe('readRowFlags', () => {
  it("reads every row's flags, wherever the chunks cut its tag, numbering a row without its number", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowTag, { maxLength: 12 }), fc.array(fc.nat()), async (rows, cuts) => {
        const tags = rows.map(
          ({ height, custom, collapsed, level, numbered }, i) =>
            `<row${numbered ? ` r="${i + 1}"` : ''}${height ? ' ht="30"' : ''}${height && custom ? ' customHeight="1"' : ''}` +
            `${level ? ` outlineLevel="${level}"` : ''}${collapsed ? ' collapsed="1"' : ''}><c r="A${i + 1}"/></row>`,
        );
        const xml = `<sheetData>${tags.join('')}</sheetData><rowBreaks count="0"/>`;
        const flags: RowFlags = { autoHeight: new Set(), collapsed: new Set(), outlined: false };
        const pieces = piecesAt(xml, cuts);
        const passed: unknown[] = [];
        for await (const chunk of readRowFlags(asChunks(pieces), flags)) passed.push(chunk);
        expect(passed).toEqual(pieces);
        const numbers = (keep: (row: (typeof rows)[number]) => boolean) =>
          rows.flatMap((row, i) => (keep(row) ? [i + 1] : []));
        expect([...flags.autoHeight].sort((a, b) => a - b)).toEqual(
          numbers((row) => row.height && !row.custom),
        );
        expect([...flags.collapsed].sort((a, b) => a - b)).toEqual(numbers((row) => row.collapsed));
        expect(flags.outlined).toBe(rows.some((row) => row.collapsed || row.level > 0));
      }),
    );
  });
});
