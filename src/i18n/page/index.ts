import type { Lang } from '../messages';
import { pageEnUS } from './page-en-US';
import type { PageMessages } from './page-messages';
import { pageZhCN } from './page-zh-CN';

export type { CopyKind, PageFailureReason, PageMessages } from './page-messages';

const CATALOGUES: Record<Lang, PageMessages> = { 'zh-CN': pageZhCN, 'en-US': pageEnUS };

/** The offline page's texts in a language. */
export function pageMessagesFor(lang: Lang): PageMessages {
  return CATALOGUES[lang];
}
