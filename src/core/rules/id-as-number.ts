import { lostLeadingZero } from '../phone';
import { findingAt, type Rule } from './rule';

/**
 * A credit code stored as a number: Excel keeps 15 significant digits, so 911201163000123456 became 9.11201E+17
 * and its last digits are gone for good, whatever number format shows it. A phone stored as a number that lost its
 * leading 0, unless a number format shows it. Neither can be repaired, only re-typed as text (reference §3, §6).
 */
export const idAsNumber: Rule<'id-as-number'> = {
  id: 'id-as-number',
  defaultSeverity: 'error',
  row(entry, ctx) {
    const findings = [];
    const code = entry.cells.uscc;
    if (code && typeof code.value === 'number') {
      findings.push(
        findingAt(ctx, 'id-as-number', 'error', { entry, field: 'uscc' }, { field: 'uscc', text: code.text }),
      );
    }
    const phone = entry.cells.phone;
    if (phone && lostLeadingZero(phone)) {
      findings.push(
        findingAt(
          ctx,
          'id-as-number',
          'error',
          { entry, field: 'phone' },
          { field: 'phone', text: phone.text },
        ),
      );
    }
    return findings;
  },
};
