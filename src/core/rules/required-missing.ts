import type { FindingOf } from '../finding';
import { columnLetter } from '../column-letter';
import { isCellError } from '../grid';
import { cellOf, fieldText } from '../table/entry';
import { isUnfilled } from '../table/placeholder';
import type { SheetTable } from '../table/read-table';
import { findingAt, NO_FINDINGS, type Rule } from './rule';

/**
 * A required field left empty (or holding an error value such as #N/A, or only a dash, a slash or a word such as 无,
 * which officers write in a cell they leave out, or 待定, 见附件 for a value to come or written elsewhere): unit, project and direction, and the credit code where the sheet
 * has that column (the profile lists them). A sheet without a required column gets one finding on its header row
 * instead of one per row.
 */
export const requiredMissing: Rule<'required-missing'> = {
  id: 'required-missing',
  defaultSeverity: 'error',
  row(entry, ctx) {
    let findings: FindingOf<'required-missing'>[] | undefined;
    for (const field of ctx.profile.requiredFields) {
      const text = fieldText(entry, field);
      // A unit cell may say in words that it names none (无, 暂无, 待定), as unit identity reads it.
      const missing =
        field === 'unit' ? ctx.units.nameOf(entry) === undefined : text === '' || isUnfilled(text);
      if (!missing) continue;
      // A column that the sheet lacks reads as empty on every row: `end` reports it once, on the header row. Asked
      // only of a cell that is missing, which most rows have none of.
      const table = ctx.tableOf(entry);
      if (table.header.columns[field] === undefined) continue;
      const label = table.header.labels[field] ?? '';
      const cell = cellOf(entry.cells, field);
      const values =
        cell && isCellError(cell.value)
          ? { field, label, missingColumn: false, errorValue: cell.text }
          : text
            ? { field, label, missingColumn: false, written: text }
            : { field, label, missingColumn: false };
      (findings ??= []).push(findingAt(ctx, 'required-missing', 'error', { entry, field }, values));
    }
    return findings ?? NO_FINDINGS;
  },
  end(ctx) {
    const findings: FindingOf<'required-missing'>[] = [];
    for (const table of ctx.tables) {
      for (const field of ctx.profile.requiredFields) {
        if (table.header.columns[field] !== undefined) continue;
        if (field === 'uscc') {
          const finding = oldCodeInstead(table);
          if (finding) findings.push(finding);
          continue;
        }
        findings.push({
          rule: 'required-missing',
          severity: 'error',
          sheet: table.name,
          row: table.header.top,
          column: null,
          hidden: false,
          values: { field, label: '', missingColumn: true },
        });
      }
    }
    return findings;
  },
};

/**
 * The credit code is required only where the sheet has that column, but a sheet with an old 组织机构代码 column in
 * its place has the wrong one: that 9-character code (GB 11714) is no 18-character 统一社会信用代码 (reference §3,
 * "say so"). One finding on the old column's header cell; a sheet with neither column gets none.
 */
function oldCodeInstead(table: SheetTable): FindingOf<'required-missing'> | undefined {
  const column = table.header.columns.orgCode;
  if (column === undefined) return undefined;
  return {
    rule: 'required-missing',
    severity: 'error',
    sheet: table.name,
    row: table.header.top,
    column: columnLetter(column),
    hidden: table.hiddenColumns.has(column),
    values: {
      field: 'uscc',
      label: '',
      missingColumn: true,
      orgCodeLabel: table.header.labels.orgCode ?? '',
    },
  };
}
