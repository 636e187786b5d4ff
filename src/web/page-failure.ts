import type { Lang } from '../i18n';
import { pageMessagesFor } from '../i18n/page';
import { failureSentence } from '../taskpane/pane-failure';
import { MAX_FILE_TEXT } from './file-limit';
import type { PageFailure } from './worker-client';

/** The sentence of a failure on the page: the pane's for failures it knows, the page's own for a file too large or a crashed worker. */
export function pageFailureSentence(failure: PageFailure, lang: Lang): string {
  return failure.kind === 'page'
    ? pageMessagesFor(lang).failures[failure.reason]({ limit: MAX_FILE_TEXT })
    : failureSentence(failure, lang);
}
