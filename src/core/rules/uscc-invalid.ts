import type { RuleValues } from '../finding';
import type { WrittenCode } from '../table/code-reading';
import { filledText } from '../table/placeholder';
import { findingAt, NO_FINDINGS, type Rule } from './rule';

/** What a finding says of a code with a problem, quoted as written. */
function codeValues(code: WrittenCode): RuleValues['uscc-invalid'] {
  return code.problem === 'extra'
    ? { code: code.written, problem: 'extra', extra: code.extra }
    : { code: code.written, problem: code.problem! };
}

/**
 * A unified social credit code that is malformed (error) or fails GB 32100-2015's check character (warning: some
 * pilot-region codes issued before the standard fail it, and the officer can't fix a registration). A code typed
 * as a number is left to `id-as-number`.
 */
export const usccInvalid: Rule<'uscc-invalid'> = {
  id: 'uscc-invalid',
  defaultSeverity: 'error',
  row(entry, ctx) {
    // A dash, a slash or a word such as 无 is a code left out, which required-missing reports.
    if (!filledText(entry, 'uscc') || typeof entry.cells.uscc?.value === 'number') return NO_FINDINGS;
    const reading = ctx.codes[entry.index]!;
    if (!reading.problem) return NO_FINDINGS;
    const severity = reading.problem === 'check' ? 'warning' : 'error';
    return [findingAt(ctx, 'uscc-invalid', severity, { entry, field: 'uscc' }, codeValues(reading))];
  },
};
