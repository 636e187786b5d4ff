import { isCellError } from '../grid';
import { lostLeadingZero, phoneProblem } from '../phone';
import { cellOf } from '../table/entry';
import { filledText } from '../table/placeholder';
import { PHONE_FIELDS } from '../fields';
import type { FindingOf } from '../finding';
import { findingAt, NO_FINDINGS, type Rule } from './rule';

/**
 * A contact phone, in any phone column of the sheet, that is neither a mobile nor a landline with its area code
 * (reference §6). A local number without an area code gets the same warning with its own explanation, since the
 * ministry calls from Beijing. An error value (#N/A from a lookup gone wrong) is no phone either: it would be
 * submitted as it shows.
 */
export const phoneInvalid: Rule<'phone-invalid'> = {
  id: 'phone-invalid',
  defaultSeverity: 'warning',
  row(entry, ctx) {
    let findings: FindingOf<'phone-invalid'>[] | undefined;
    for (const field of PHONE_FIELDS) {
      const cell = cellOf(entry.cells, field);
      const errorValue = cell && isCellError(cell.value);
      // A dash, a slash or a word such as 无 is a phone left out, as an empty cell is.
      const phone = errorValue ? cell.text : filledText(entry, field);
      if (!cell || !phone || lostLeadingZero(cell)) continue;
      const problem = errorValue ? 'error-value' : phoneProblem(phone);
      if (problem)
        (findings ??= []).push(
          findingAt(ctx, 'phone-invalid', 'warning', { entry, field }, { phone, problem }),
        );
    }
    return findings ?? NO_FINDINGS;
  },
};
