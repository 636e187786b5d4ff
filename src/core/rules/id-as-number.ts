import { lostLeadingZero } from '../phone';
import { PHONE_FIELDS } from '../fields';
import type { FindingOf } from '../finding';
import { cellOf } from '../table/entry';
import { findingAt, NO_FINDINGS, type Rule } from './rule';

/** The smallest number of 16 digits: Excel keeps 15 significant digits, and the rest of a longer one is lost. */
const FIFTEEN_DIGITS = 1e15;

/**
 * A credit code stored as a number: Excel keeps 15 significant digits, so 911201163000123456 became 9.11201E+17
 * and its last digits are gone for good, whatever number format shows it; a shorter number lost nothing, but is no
 * code as text either. A phone, in any phone column, stored as a number that lost its leading 0, unless a number
 * format shows it. Neither can be repaired, only re-typed as text (reference §3, §6).
 */
export const idAsNumber: Rule<'id-as-number'> = {
  id: 'id-as-number',
  defaultSeverity: 'error',
  row(entry, ctx) {
    let findings: FindingOf<'id-as-number'>[] | undefined;
    const code = entry.cells.uscc;
    if (code && typeof code.value === 'number') {
      const values = {
        field: 'uscc' as const,
        text: code.text,
        digitsLost: Math.abs(code.value) >= FIFTEEN_DIGITS,
      };
      findings = [findingAt(ctx, 'id-as-number', 'error', { entry, field: 'uscc' }, values)];
    }
    for (const field of PHONE_FIELDS) {
      const phone = cellOf(entry.cells, field);
      if (phone && lostLeadingZero(phone)) {
        const values = { field: 'phone' as const, text: phone.text };
        (findings ??= []).push(findingAt(ctx, 'id-as-number', 'error', { entry, field }, values));
      }
    }
    return findings ?? NO_FINDINGS;
  },
};
