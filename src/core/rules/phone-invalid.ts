import { lostLeadingZero, phoneProblem } from '../phone';
import { filledText } from '../table/placeholder';
import { findingAt, NO_FINDINGS, type Rule } from './rule';

/**
 * A contact phone that is neither a mobile nor a landline with its area code (reference §6). A local number
 * without an area code gets the same warning with its own explanation, since the ministry calls from Beijing.
 */
export const phoneInvalid: Rule<'phone-invalid'> = {
  id: 'phone-invalid',
  defaultSeverity: 'warning',
  row(entry, ctx) {
    const cell = entry.cells.phone;
    // A dash, a slash or a word such as 无 is a phone left out, as an empty cell is.
    const phone = filledText(entry, 'phone');
    if (!cell || !phone || lostLeadingZero(cell)) return NO_FINDINGS;
    const problem = phoneProblem(phone);
    if (!problem) return NO_FINDINGS;
    return [findingAt(ctx, 'phone-invalid', 'warning', { entry, field: 'phone' }, { phone, problem })];
  },
};
