import { columnLetter } from '../core/column-letter';
import type { Finding, RuleId } from '../core/finding';
import { rowsBySheet, type NamedRow, type RowRef } from '../core/row-ref';
import type { RecommenderSummary } from '../core/summary';
import { enUS } from './en-US';
import { LANGS, type Lang, type Messages, type RuleMessages } from './messages';
import { zhCN } from './zh-CN';

export { LANGS, type Lang, type Messages } from './messages';

const CATALOGUES: Record<Lang, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };

/** True for a supported language tag. */
export function isLang(text: string): text is Lang {
  return (LANGS as readonly string[]).includes(text);
}

/** The catalogue of a language. */
export function messagesFor(lang: Lang): Messages {
  return CATALOGUES[lang];
}

/** A sentence names at most this many rows, so that it stays one line; the JSON report's `related` has more. */
const ROWS_NAMED = 10;

/**
 * A list of rows in words, each sheet named once: `第 5、9 行` / `第 5 行；“福田区”第 7、8 行`. `unlisted` rows more
 * are counted in its total: those a finding points at beyond the ones its `related` names.
 */
function rowList(
  messages: Messages,
  refs: readonly RowRef[],
  currentSheet: string,
  unlisted: number,
): string {
  const named = [...rowsBySheet(refs.slice(0, ROWS_NAMED))]
    .map(([sheet, rows]) => messages.rows(rows, sheet === currentSheet ? undefined : sheet))
    .join(messages.rowsJoin);
  const total = refs.length + unlisted;
  return total > ROWS_NAMED ? named + messages.moreRows(total, Math.min(ROWS_NAMED, refs.length)) : named;
}

/**
 * The sentence that names the rows whose marks clearing or marking again could not find (see lostRows), as every
 * host says it: at most ROWS_NAMED rows, then how many there are.
 */
export function lostMarksText(rows: readonly NamedRow[], lang: Lang): string {
  const { copy, rowsJoin, moreRows } = messagesFor(lang);
  const named = rows.slice(0, ROWS_NAMED).map(copy.lostRow).join(rowsJoin);
  return copy.lostMarks(rows.length > ROWS_NAMED ? named + moreRows(rows.length, ROWS_NAMED) : named);
}

/**
 * The sentence that names the cells whose marks no record covered, taken away without knowing their fill (see
 * planUnrecorded), as every host says it: each sheet once, with every one of its cells, as each is to be looked at.
 */
export function unrecordedMarksText(
  cells: readonly { sheet: string; row: number; column: number }[],
  lang: Lang,
): string {
  const { copy, report, rowsJoin } = messagesFor(lang);
  const bySheet = new Map<string, string[]>();
  for (const { sheet, row, column } of cells) {
    const refs = bySheet.get(sheet) ?? [];
    refs.push(report.cellRef(columnLetter(column), row));
    bySheet.set(sheet, refs);
  }
  const places = [...bySheet].map(([sheet, refs]) => report.cells(sheet, refs, refs.length));
  return copy.unrecordedMarks(places.join(rowsJoin));
}

/**
 * The sentence of a finding in a language, with the remark of a hidden sheet, else of a hidden row or column, and of a
 * format that hides it.
 */
export function renderFinding(finding: Finding, lang: Lang): string {
  const messages = messagesFor(lang);
  // The catalogue is keyed by the finding's own rule id, so the pairing is exact; TypeScript can't see it.
  const rule = messages.rules[finding.rule] as RuleMessages<RuleId>;
  const unlisted = (finding.relatedCount ?? 0) - (finding.related?.length ?? 0);
  const text = rule.message(finding, (refs, total) =>
    rowList(messages, refs, finding.sheet, Math.max(0, total === undefined ? unlisted : total - refs.length)),
  );
  return (
    text +
    (finding.hiddenSheet ? messages.hiddenSheet : finding.hidden ? messages.hidden : '') +
    (finding.hiddenByFormat ? messages.hiddenByFormat : '')
  );
}

/**
 * What a recommender is: its type, or an ordinary city or district that feeds its province's cap (no province
 * itself), or a type that could not be told.
 */
export function recommenderTypeText(
  recommender: Pick<RecommenderSummary, 'type' | 'typeFrom' | 'capOf'>,
  lang: Lang,
): string {
  const messages = messagesFor(lang);
  if (recommender.typeFrom === 'default') return messages.typeUnknown;
  return recommender.capOf === 'province' ? messages.feederType : messages.recommenderTypes[recommender.type];
}

/** Where a recommender's type came from, with the reason of an inference: `根据名称判断，名称含“深圳”`. */
export function typeFromText(recommender: RecommenderSummary, lang: Lang): string {
  const messages = messagesFor(lang);
  const source = messages.typeSources[recommender.typeFrom];
  return recommender.typeReason
    ? source + messages.reasonJoin + messages.typeReason(recommender.typeReason, recommender.cap)
    : source;
}
