import { LANGS, type Lang } from '../i18n';
import { pageMessagesFor, type CopyKind } from '../i18n/page';

/** Every suffix a copy of ours may carry, in any language, longest first so that none hides another. */
const SUFFIXES = LANGS.flatMap((lang) => Object.values(pageMessagesFor(lang).download.suffix)).sort(
  (a, b) => b.length - a.length,
);

/**
 * The name of a downloaded copy: the workbook's name with what the copy is (`推荐汇总表-已校验.xlsx`,
 * `推荐汇总表-已清除标记.xlsx`). A suffix of ours already on the name is replaced, not repeated, so clearing
 * `推荐汇总表-已校验.xlsx` gives `推荐汇总表-已清除标记.xlsx`.
 */
export function copyName(fileName: string, kind: CopyKind, lang: Lang): string {
  const base = fileName.replace(/\.xlsx$/iu, '');
  const suffix = SUFFIXES.find((known) => base.endsWith(known) && base.length > known.length);
  const stem = suffix ? base.slice(0, -suffix.length) : base;
  return `${stem}${pageMessagesFor(lang).download.suffix[kind]}.xlsx`;
}
