import { check, type CheckOptions, type CheckResult } from '../../src/core/check';
import type { RuleId } from '../../src/core/finding';
import type { WorkbookGrid } from '../../src/core/grid';
import { defaultProfile } from '../../src/core/profile';

/** Checks a workbook with the default profile; fails the test if the check could not be made. */
export function checkGrid(grid: WorkbookGrid, options: Partial<CheckOptions> = {}): CheckResult {
  const outcome = check(grid, { profile: defaultProfile(), ...options });
  if (!outcome.ok) throw new Error(`check failed: ${outcome.failure}`);
  return outcome.result;
}

/** A finding as tests compare it: [rule, sheet, row, column, severity]. */
export type FindingTuple = [RuleId, string, number, string | null, 'error' | 'warning'];

/** The findings of one rule as sorted tuples, never sentences. */
export function tuplesOf(result: CheckResult, rule: RuleId): FindingTuple[] {
  return result.findings
    .filter((finding) => finding.rule === rule)
    .map((f): FindingTuple => [f.rule, f.sheet, f.row, f.column, f.severity])
    .sort((a, b) => a[1].localeCompare(b[1]) || a[2] - b[2] || String(a[3]).localeCompare(String(b[3])));
}

/** Runs a check and returns one rule's findings as tuples. */
export function findingsOf(
  rule: RuleId,
  grid: WorkbookGrid,
  options: Partial<CheckOptions> = {},
): FindingTuple[] {
  return tuplesOf(checkGrid(grid, options), rule);
}
