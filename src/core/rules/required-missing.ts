import type { FindingOf } from '../finding';
import { fieldText } from '../table/entry';
import { findingAt, type Rule } from './rule';

/**
 * A required field left empty (or holding an error value such as #N/A): unit, project and direction, and the credit
 * code where the sheet has that column (the profile lists them). A sheet without a required column gets one
 * finding on its header row instead of one per row.
 */
export const requiredMissing: Rule<'required-missing'> = {
  id: 'required-missing',
  defaultSeverity: 'error',
  row(entry, ctx) {
    const table = ctx.tableOf(entry);
    const findings = [];
    for (const field of ctx.profile.requiredFields) {
      if (table.header.columns[field] === undefined) continue;
      if (fieldText(entry, field) !== '') continue;
      const values = { field, label: table.header.labels[field] ?? '', missingColumn: false };
      findings.push(findingAt(ctx, 'required-missing', 'error', { entry, field }, values));
    }
    return findings;
  },
  end(ctx) {
    const findings: FindingOf<'required-missing'>[] = [];
    for (const table of ctx.tables) {
      for (const field of ctx.profile.requiredFields) {
        if (field === 'uscc' || table.header.columns[field] !== undefined) continue;
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
