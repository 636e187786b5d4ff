/** Where a list the check used came from: a file the officer gave, or sheets of the workbook itself. */
export type ListSource = { source: 'file' } | { source: 'sheet'; sheets: string[] };

/** The workbook's sheets a list came from, when it came from sheets. */
export function sheetsOf(list: { source: string; sheets?: string[] }): string[] | undefined {
  return list.source === 'sheet' ? list.sheets : undefined;
}
