import type { CheckResult } from '../core/check';
import { messagesFor, renderFinding, type Lang } from '../i18n';

/** The JSON report of DESIGN.md: the check result with every finding's sentence and each type reason in words. */
function jsonReport(result: CheckResult, lang: Lang) {
  const messages = messagesFor(lang);
  // Said beside the verdict, as the text report says it: a cap assumed is no cap known.
  const typeUnknown = result.summary.recommenders
    .filter((r) => r.typeFrom === 'default')
    .map((r) => ({
      name: r.name,
      cap: r.cap,
      message: messages.report.typeUnknown(messages.nameList(r.names), r.cap),
    }));
  return {
    version: 1,
    profile: result.profile,
    valid: result.valid,
    marksPresent: result.marksPresent,
    stats: result.stats,
    ...(typeUnknown.length > 0 ? { recommenderTypeUnknown: typeUnknown } : {}),
    directionList: result.directionList,
    ...(result.winnersList ? { winnersList: result.winnersList } : {}),
    sheets: result.sheets,
    skippedSheets: result.skippedSheets,
    summarySheets: result.summarySheets,
    findings: result.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      sheet: finding.sheet,
      row: finding.row,
      column: finding.column,
      message: renderFinding(finding, lang),
      hidden: finding.hidden,
      ...(finding.hiddenSheet ? { hiddenSheet: true } : {}),
      ...(finding.hiddenByFormat ? { hiddenByFormat: true } : {}),
      ...(finding.related ? { related: finding.related } : {}),
      ...(finding.relatedCount ? { relatedCount: finding.relatedCount } : {}),
      values: finding.values,
    })),
    summary: {
      units: result.summary.units,
      directions: result.summary.directions,
      recommenders: result.summary.recommenders.map(({ typeReason, ...recommender }) => ({
        ...recommender,
        ...(typeReason ? { typeReason: messages.typeReason(typeReason, recommender.cap) } : {}),
      })),
    },
  };
}

/** A JSON value as `JSON.stringify(value, null, 2)` writes it, for a place `depth` levels in. */
const indented = (value: unknown, depth: number) =>
  JSON.stringify(value, null, 2).replaceAll('\n', '\n' + '  '.repeat(depth));

/**
 * A member of the report, `"key": value`, as `JSON.stringify(report, null, 2)` writes it: the object of that member
 * alone, less its braces, is written one level in already, so a summary of thousands of units is not written twice.
 */
const member = (key: string, value: unknown) =>
  JSON.stringify({ [key]: value }, null, 2).slice('{\n  '.length, -'\n}'.length);

/**
 * The JSON report's text, exactly as `JSON.stringify(report, null, 2)` writes it, in pieces of one finding at most.
 * Findings that name many rows (one unit on thousands of rows) make a report whose size grows with the square of
 * the rows, past the longest string JavaScript can hold; written piece by piece, it is still written whole.
 */
export function* jsonReportText(result: CheckResult, lang: Lang): Generator<string> {
  const entries = Object.entries(jsonReport(result, lang));
  yield '{';
  for (const [i, [key, value]] of entries.entries()) {
    const comma = i === 0 ? '' : ',';
    if (key !== 'findings' || !Array.isArray(value) || value.length === 0) {
      yield `${comma}\n  ${member(key, value)}`;
      continue;
    }
    yield `${comma}\n  ${JSON.stringify(key)}: `;
    for (const [j, finding] of value.entries()) yield `${j === 0 ? '[' : ','}\n    ${indented(finding, 2)}`;
    yield '\n  ]';
  }
  yield '\n}\n';
}
