import type { CheckResult } from '../core/check';
import { messagesFor, renderFinding, type Lang } from '../i18n';

/** The JSON report of DESIGN.md: the check result with every finding's sentence and each type reason in words. */
export function jsonReport(result: CheckResult, lang: Lang) {
  const messages = messagesFor(lang);
  return {
    version: 1,
    profile: result.profile,
    valid: result.valid,
    marksPresent: result.marksPresent,
    stats: result.stats,
    directionList: result.directionList,
    sheets: result.sheets,
    skippedSheets: result.skippedSheets,
    findings: result.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      sheet: finding.sheet,
      row: finding.row,
      column: finding.column,
      message: renderFinding(finding, lang),
      hidden: finding.hidden,
      ...(finding.related ? { related: finding.related } : {}),
      values: finding.values,
    })),
    summary: {
      units: result.summary.units,
      directions: result.summary.directions,
      recommenders: result.summary.recommenders.map(({ typeReason, ...recommender }) => ({
        ...recommender,
        ...(typeReason ? { typeReason: messages.typeReason(typeReason) } : {}),
      })),
    },
  };
}
