import type { WorkbookGrid } from './grid';

/**
 * The name of the sheet that a name the officer typed (`--sheet sheet1`) means. Excel holds sheet names as one
 * whatever the case of their letters: a workbook can't have both Sheet1 and SHEET1, and 'sheet1'!A1 refers to
 * Sheet1. A name written exactly as the sheet's comes first. Spaces around the typed name are a slip of the input
 * method (a full-width space after 推荐表 ends no argument in a shell), so a name is also compared without them.
 */
export function sheetNamed(grid: WorkbookGrid, name: string): string | undefined {
  const exact = grid.sheets.find((sheet) => sheet.name === name);
  if (exact) return exact.name;
  const folded = (text: string) => text.trim().toUpperCase();
  const typed = folded(name);
  return grid.sheets.find((sheet) => folded(sheet.name) === typed)?.name;
}
