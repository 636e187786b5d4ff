import type { RuleValues } from '../finding';
import type { WrittenCode } from '../table/code-reading';
import { filledText } from '../table/placeholder';
import { findingAt, NO_FINDINGS, type Rule } from './rule';

/** What a finding says of one code with a problem, quoted as written; `position` among a joint application's codes. */
function codeValues(code: WrittenCode, position?: number): RuleValues['uscc-invalid'] {
  const at = position === undefined ? {} : { position };
  return code.problem === 'extra'
    ? { code: code.written, problem: 'extra', extra: code.extra, ...at }
    : { code: code.written, problem: code.problem!, ...at };
}

/**
 * A unified social credit code that is malformed (error) or fails GB 32100-2015's check character (warning: some
 * pilot-region codes issued before the standard fail it, and the officer can't fix a registration). A code typed
 * as a number is left to `id-as-number`. Of a joint application's codes, one for each unit (see `readCode`), each
 * is checked on its own; a cell that writes more codes than its 申报单位 cell names units is an error that says so.
 */
export const usccInvalid: Rule<'uscc-invalid'> = {
  id: 'uscc-invalid',
  defaultSeverity: 'error',
  row(entry, ctx) {
    // A dash, a slash or a word such as 无 is a code left out, which required-missing reports.
    if (!filledText(entry, 'uscc') || typeof entry.cells.uscc?.value === 'number') return NO_FINDINGS;
    const reading = ctx.codes[entry.index]!;
    if (!reading.problem && !reading.each) return NO_FINDINGS;
    const place = { entry, field: 'uscc' } as const;
    if (reading.problem === 'several') {
      const { written, codes, units } = reading;
      return [
        findingAt(ctx, 'uscc-invalid', 'error', place, { code: written, problem: 'several', codes, units }),
      ];
    }
    const { each } = reading;
    return (each ?? [reading]).flatMap((code, i) => {
      if (!code.problem) return [];
      const severity = code.problem === 'check' ? 'warning' : 'error';
      return [findingAt(ctx, 'uscc-invalid', severity, place, codeValues(code, each && i + 1))];
    });
  },
};
