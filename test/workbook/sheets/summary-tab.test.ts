import { writeTexts } from '../../../src/i18n/write-texts';
import { nameOurSheets } from '../../../src/workbook/our-sheet-names';
import { summaryTabs } from '../../../src/workbook/write-summaries';
import { checkGrid } from '../../helpers/findings';
import { projectSheet, workbook } from '../../helpers/grid';
import { shownWidth } from '../../../src/workbook/shown-width';
import { validUscc } from '../../helpers/uscc';

const grid = workbook(projectSheet('S', [['甲', validUscc(1), '项目一号', '智能传感器', '核心基础']]));

describe('summaryTab', () => {
  test.each(['zh-CN', 'en-US'] as const)(
    'ends each tab with stamp lines no wider than its table, so that print never cuts them (%s)',
    (lang) => {
      const tabs = summaryTabs(checkGrid(grid), writeTexts(lang), nameOurSheets(grid));
      const tooWide = tabs.flatMap((tab) => {
        const tableWidth = tab.columns.reduce((sum, column) => sum + column.width, 0);
        return (tab.footer ?? [])
          .filter((line) => shownWidth(line) > tableWidth)
          .map((line) => [tab.name, line]);
      });
      expect(tooWide).toEqual([]);
    },
  );
});
