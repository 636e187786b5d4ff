import type { Finding, RuleId } from '../core/finding';
import type { RowRef } from '../core/row-ref';
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

/** A list of rows in words, grouped by sheet when they span several: `第 5、9 行` / `南山区第 5 行、福田区第 7 行`. */
function rowList(messages: Messages, refs: readonly RowRef[], currentSheet: string): string {
  return refs.map((ref) => messages.rowRef(ref, currentSheet)).join(messages.listJoin);
}

/** The sentence of a finding in a language, with the hidden-row remark where it applies. */
export function renderFinding(finding: Finding, lang: Lang): string {
  const messages = messagesFor(lang);
  // The catalogue is keyed by the finding's own rule id, so the pairing is exact; TypeScript can't see it.
  const rule = messages.rules[finding.rule] as RuleMessages<RuleId>;
  const text = rule.message(finding, (refs) => rowList(messages, refs, finding.sheet));
  return finding.hidden ? text + messages.hidden : text;
}

/** Where a recommender's type came from, with the reason of an inference: `根据名称判断，名称含“深圳”`. */
export function typeFromText(recommender: RecommenderSummary, lang: Lang): string {
  const messages = messagesFor(lang);
  const source = messages.typeSources[recommender.typeFrom];
  return recommender.typeReason
    ? source + messages.reasonJoin + messages.typeReason(recommender.typeReason)
    : source;
}
