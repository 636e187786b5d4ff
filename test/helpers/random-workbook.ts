import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { validUscc } from './uscc';

/** Formats a government sheet's cells carry, including our own marks' colours, which an officer may use too. */
const FILLS: (ExcelJS.Fill | undefined)[] = [
  undefined,
  { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } },
  { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } },
  { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.6 } as Partial<ExcelJS.Color> },
  { type: 'pattern', pattern: 'darkGrid', fgColor: { argb: 'FF92D050' }, bgColor: { argb: 'FFFFFFFF' } },
];
const FONTS: (Partial<ExcelJS.Font> | undefined)[] = [
  undefined,
  { bold: true },
  { name: '宋体', size: 11, color: { argb: 'FF0000FF' } },
  { color: { theme: 1 } },
  { name: '仿宋', size: 12, color: { argb: 'FF9C0006' } },
];
const NOTES: (string | undefined)[] = [undefined, '请核实', '已与单位确认\n见附件2'];

const UNITS = [
  '深圳市甲科技有限公司',
  '深圳市乙智能有限公司',
  '深圳市丙数据有限公司分公司',
  '=HYPERLINK("x")',
];
const PROJECTS = [
  '智能传感器研发',
  '机器翻译平台建设',
  '训练数据资源库',
  '边缘推理框架',
  '+云端芯片',
  '@多模态',
];
const DIRECTIONS = ['智能传感器', '机器翻译系统', '人工智能训练资源库', '终端人工智能推断框架', '量子计算'];

interface Styled {
  fill: number;
  font: number;
  note: number;
}

/** One project row: indexes into the pools above, and the look of each of its cells. */
export interface RandomRow {
  unit: number;
  project: number;
  code: 'valid' | 'bad' | 'number';
  phone: 'mobile' | 'short';
  direction: number;
  looks: Styled[];
  hidden: boolean;
}

export interface RandomSheet {
  title: boolean;
  rows: RandomRow[];
  mergeFirstUnits: boolean;
  hiddenColumn: boolean;
  validation: boolean;
  conditional: boolean;
}

const styled = fc.record({
  fill: fc.nat(FILLS.length - 1),
  font: fc.nat(FONTS.length - 1),
  note: fc.nat(NOTES.length - 1),
});

const row = fc.record({
  unit: fc.nat(UNITS.length - 1),
  project: fc.nat(PROJECTS.length - 1),
  code: fc.constantFrom('valid' as const, 'bad' as const, 'number' as const),
  phone: fc.constantFrom('mobile' as const, 'short' as const),
  direction: fc.nat(DIRECTIONS.length - 1),
  looks: fc.array(styled, { minLength: 7, maxLength: 7 }),
  hidden: fc.boolean(),
});

/** Random recommendation sheets: titles, merged unit cells, hidden rows and columns, validation lists, formats. */
export const randomSheets = fc.array(
  fc.record({
    title: fc.boolean(),
    rows: fc.array(row, { minLength: 1, maxLength: 10 }),
    mergeFirstUnits: fc.boolean(),
    hiddenColumn: fc.boolean(),
    validation: fc.boolean(),
    conditional: fc.boolean(),
  }),
  { minLength: 1, maxLength: 3 },
);

const HEADER = ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '所属类别', '联系电话'];

function codeOf(row: RandomRow, index: number): string | number {
  if (row.code === 'number') return 914403003425961000;
  const code = validUscc(row.unit * 10 + (index % 2));
  return row.code === 'valid' ? code : code.slice(0, 17) + (code.endsWith('0') ? '1' : '0');
}

/** Writes random sheets into an ExcelJS workbook, after a 填表说明 sheet without a table. */
export function buildRandomWorkbook(workbook: ExcelJS.Workbook, sheets: readonly RandomSheet[]): void {
  workbook.addWorksheet('填表说明').getCell('A1').value = '请按要求填写，勿改动表头';
  sheets.forEach((spec, s) => {
    const worksheet = workbook.addWorksheet(`区${s + 1}`);
    worksheet.columns = HEADER.map((_, c) => ({ width: 10 + c * 3, hidden: spec.hiddenColumn && c === 5 }));
    let r = 1;
    if (spec.title) {
      worksheet.getCell(1, 1).value = '人工智能产业创新任务推荐汇总表';
      worksheet.mergeCells(1, 1, 1, HEADER.length);
      r = 2;
    }
    HEADER.forEach((header, c) => (worksheet.getCell(r, c + 1).value = header));
    worksheet.views = [{ state: 'frozen', xSplit: 0, ySplit: r }];
    worksheet.pageSetup = { paperSize: 9, orientation: 'landscape', printTitlesRow: `${r}:${r}` };
    const first = r + 1;
    spec.rows.forEach((projectRow, i) => {
      const at = first + i;
      const values = [
        i + 1,
        UNITS[projectRow.unit],
        codeOf(projectRow, i),
        `${PROJECTS[projectRow.project]}${i % 3 === 0 ? '' : i}`,
        DIRECTIONS[projectRow.direction],
        '核心基础',
        projectRow.phone === 'mobile' ? '13912345678' : '12345',
      ];
      values.forEach((value, c) => {
        const cell = worksheet.getCell(at, c + 1);
        cell.value = value ?? null;
        const look = projectRow.looks[c]!;
        const fill = FILLS[look.fill];
        const font = FONTS[look.font];
        if (fill) cell.fill = fill;
        if (font) cell.font = font;
        const note = NOTES[look.note];
        if (note) cell.note = note;
      });
      if (projectRow.hidden) worksheet.getRow(at).hidden = true;
    });
    const last = first + spec.rows.length - 1;
    if (spec.mergeFirstUnits && spec.rows.length >= 2 && spec.rows[0]!.unit === spec.rows[1]!.unit)
      worksheet.mergeCells(first, 2, first + 1, 2);
    if (spec.validation) {
      worksheet.getCell(first, 5).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${DIRECTIONS.slice(0, 4).join(',')}"`],
      };
    }
    if (spec.conditional) {
      worksheet.addConditionalFormatting({
        ref: `G${first}:G${last}`,
        rules: [
          {
            type: 'containsText',
            operator: 'containsText',
            text: '123',
            priority: 1,
            style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFEB9C' } } },
          },
        ],
      });
    }
  });
}
