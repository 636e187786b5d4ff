import fc from 'fast-check';
import { MOST_SHEETS_LISTED, sheetsToList } from '../../src/cli/sheets-to-list';
import { messagesFor } from '../../src/i18n';

/** A city's workbook of one sheet a district: 南山区, 福田区, … and 300 more, as a tester's workbook had. */
const districts = Array.from({ length: 300 }, (_, i) => `第${i + 1}区`);

describe('the sheets that a failure about --sheet lists', () => {
  test('are every sheet, in the workbook’s order, where there are few', () => {
    expect(sheetsToList(['填表说明', '南山区', '福田区'], '南山')).toEqual({
      listed: ['填表说明', '南山区', '福田区'],
      total: 3,
    });
  });

  test('are the nearest to the name typed first, then the others in order, cut at ten, where there are many', () => {
    const { listed, total } = sheetsToList(['汇总', ...districts, '南山区推荐表'], '南山区');
    expect(total).toBe(302);
    expect(listed).toHaveLength(MOST_SHEETS_LISTED);
    expect(listed[0]).toBe('南山区推荐表');
    expect(listed).toContain('第1区');
  });

  test('never list more than ten, and list names of the workbook only', () => {
    const names = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(names, fc.string({ maxLength: 6 }), (sheets, typed) => {
        const { listed, total } = sheetsToList(sheets, typed);
        expect(total).toBe(sheets.length);
        expect(listed).toHaveLength(Math.min(sheets.length, MOST_SHEETS_LISTED));
        expect(new Set(listed).size).toBe(listed.length);
        for (const name of listed) expect(sheets).toContain(name);
      }),
    );
  });

  test.each([
    ['zh-CN', '（其中的工作表有：南山区推荐表、第1区 等 302 张）'],
    ['en-US', '(its sheets: 南山区推荐表, 第1区, of 302 in all)'],
  ] as const)('say how many there are in all where they are cut, in %s', (lang, words) => {
    const messages = messagesFor(lang);
    const failure = messages.failures['sheet-not-found'];
    const sentence = failure({
      sheet: '南山',
      sheets: ['南山区推荐表', '第1区'].join(messages.listJoin),
      total: '302',
    });
    expect(sentence).toContain(words);
    expect(failure({ sheet: '南山', sheets: '南山区' })).not.toMatch(/302|张）|in all/u);
  });
});
