import type { LostPart } from '../../../src/core/write-texts';
import { writeTexts } from '../../../src/i18n/write-texts';
import { reportSheet } from '../../../src/workbook/sheets/report-sheet';
import { checkGrid } from '../../helpers/findings';
import { projectSheet, workbook } from '../../helpers/grid';
import { shownWidth } from '../../../src/workbook/shown-width';
import { validUscc } from '../../helpers/uscc';

const ALL_PARTS: LostPart[] = [
  'pivot-tables',
  'charts',
  'slicers',
  'timelines',
  'threaded-comments',
  'macros',
  'form-controls',
  'shapes',
  'header-footer-pictures',
  'cell-pictures',
  'filter-criteria',
  'conditional-formats',
  'extended-validations',
  'place-links',
  'external-links',
];

const grid = workbook(projectSheet('S', [['甲', validUscc(1), '项目一号', '智能传感器', '核心基础']]));

describe('reportSheet (校验报告)', () => {
  test.each([
    ['zh-CN', true],
    ['zh-CN', false],
    ['en-US', true],
    ['en-US', false],
  ] as const)(
    'folds a heading line wider than the table into lines that fit, so that print never cuts it (%s, marked: %s)',
    (lang, marked) => {
      const texts = writeTexts(lang);
      const sheet = reportSheet(checkGrid(grid), grid, texts, {
        name: '校验报告',
        checkedAt: '2026-11-25 09:30',
        marked,
        renamed: [],
        lostParts: ALL_PARTS,
      });
      const tableWidth = sheet.columns.reduce((sum, column) => sum + column.width, 0);
      expect(sheet.heading.filter((line) => shownWidth(line) > tableWidth)).toEqual([]);
      expect(sheet.heading.join('').replace(/\s/gu, '')).toContain(
        texts.report.lostParts(ALL_PARTS).replace(/\s/gu, ''),
      );
    },
  );
});
