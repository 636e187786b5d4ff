import type { Lang } from '../messages';
import { paneEnUS } from './pane-en-US';
import type { PaneMessages } from './pane-messages';
import { paneZhCN } from './pane-zh-CN';

export type { FindingFilter, HostFailureReason, PaneMessages, PaneStage } from './pane-messages';

const CATALOGUES: Record<Lang, PaneMessages> = { 'zh-CN': paneZhCN, 'en-US': paneEnUS };

/** The task pane's texts in a language. */
export function paneMessagesFor(lang: Lang): PaneMessages {
  return CATALOGUES[lang];
}
