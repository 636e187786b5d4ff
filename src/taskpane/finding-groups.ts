import type { Finding, RuleId } from '../core/finding';
import type { FindingFilter } from '../i18n/pane';

/** The findings of one rule, in the order the check gave them. */
export interface FindingGroup {
  rule: RuleId;
  findings: Finding[];
}

/** The findings a filter keeps. */
export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return filter === 'all' ? [...findings] : findings.filter((finding) => finding.severity === filter);
}

/** Findings grouped by rule, groups in order of their first finding (the check sorts by sheet, row and column). */
export function groupByRule(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<RuleId, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.rule);
    if (group) group.push(finding);
    else groups.set(finding.rule, [finding]);
  }
  return [...groups].map(([rule, list]) => ({ rule, findings: list }));
}
