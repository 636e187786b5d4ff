import type { CellValue, GridCell, MergeRange, SheetGrid, WorkbookGrid } from '../../src/core/grid';
import { validUscc } from './uscc';

/** A cell as a test writes it: a plain value (shown as its string), or a value with its own display text. */
export type TestCell = CellValue | undefined | { value: CellValue; text: string };

function toCell(cell: TestCell): GridCell | undefined {
  if (cell === undefined || cell === null || cell === '') return undefined;
  if (typeof cell === 'object' && 'text' in cell && 'value' in cell)
    return { value: cell.value, text: cell.text };
  if (typeof cell === 'object') return { value: cell, text: 'error' in cell ? cell.error : cell.date };
  return { value: cell, text: String(cell) };
}

/** Builds a sheet grid from rows of cells; row 1 of the array is Excel row 1. */
export function sheet(
  name: string,
  rows: TestCell[][],
  extra: Partial<Pick<SheetGrid, 'merges' | 'hiddenRows' | 'hiddenColumns' | 'visibility'>> = {},
): SheetGrid {
  return {
    name,
    visibility: extra.visibility ?? 'visible',
    rows: rows.map((row) => row.map(toCell)),
    merges: extra.merges ?? ([] as MergeRange[]),
    hiddenRows: extra.hiddenRows ?? [],
    hiddenColumns: extra.hiddenColumns ?? [],
  };
}

/** A workbook of the given sheets. */
export const workbook = (...sheets: SheetGrid[]): WorkbookGrid => ({ sheets });

/** The standard header of test sheets: A 序号, B 申报单位, C 统一社会信用代码, D 项目名称, E 揭榜方向, F 所属类别, G 联系电话. */
export const HEADER = [
  '序号',
  '申报单位',
  '统一社会信用代码',
  '项目名称',
  '揭榜方向',
  '所属类别',
  '联系电话',
];

/**
 * A template's example row under the standard header, without its 序号: placeholders where a project's unit, code,
 * title and phone go (序号 示例 before it makes it the row that example-row reports).
 */
export const EXAMPLE_CELLS = [
  'XX科技有限公司',
  '91440300XXXXXXXXXX',
  'XXXX项目',
  '智能传感器',
  '核心基础',
  '138XXXXXXXX',
];

/** A row of the standard header as a sheet writes it: 序号 n, an 智能传感器 project of 核心基础, and its phone. */
export const standardRow = (
  n: number,
  unit: string,
  code: string,
  project: string,
  phone = '13912345678',
) => [n, unit, code, project, '智能传感器', '核心基础', phone];

/**
 * A sheet of the standard header and a choice column (是否推荐, 推荐排序) as H, one row per item from row 2 on: its
 * unit, code, title and mark.
 */
export const choiceSheet = (
  name: string,
  column: string,
  rows: [unit: string, code: string, project: string, mark: string | number][],
): SheetGrid =>
  sheet(name, [
    [...HEADER, column],
    ...rows.map(([unit, code, project, mark], i) => [...standardRow(i + 1, unit, code, project), mark]),
  ]);

/** A row of the standard header's columns: unit, code, project, direction, category, phone (序号 is filled in). */
export type ProjectRow = [
  unit: TestCell,
  uscc: TestCell,
  project: TestCell,
  direction?: TestCell,
  category?: TestCell,
  phone?: TestCell,
];

/**
 * A sheet with the standard header on row 1 and one project row per item from row 2 on, so that the Excel row of
 * item i is i + 2. Directions and categories default to a known pair, phones to a valid mobile.
 */
export function projectSheet(
  name: string,
  rows: ProjectRow[],
  extra: Parameters<typeof sheet>[2] = {},
): SheetGrid {
  const body = rows.map(
    ([unit, uscc, project, direction = '智能传感器', category = '核心基础', phone = '13912345678'], i) => [
      i + 1,
      unit,
      uscc,
      project,
      direction,
      category,
      phone,
    ],
  );
  return sheet(name, [HEADER, ...body], extra);
}

/**
 * A clean row of the standard header for the i-th of several distinct units: 序号 i + 1, `${prefix}单位i` with a
 * valid code (made from `code`, i by default), `${prefix}项目i号`, a known direction and category, a valid mobile;
 * then the `extra` cells (a 推荐单位 or a choice column).
 */
export function distinctRow(
  i: number,
  extra: TestCell[] = [],
  { prefix = '', code = i }: { prefix?: string; code?: number } = {},
): TestCell[] {
  return [
    i + 1,
    `${prefix}单位${i}`,
    validUscc(code),
    `${prefix}项目${i}号`,
    '智能传感器',
    '核心基础',
    '13912345678',
    ...extra,
  ];
}
