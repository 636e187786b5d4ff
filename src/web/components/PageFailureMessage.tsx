import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Lang } from '../../i18n';
import { pageMessagesFor } from '../../i18n/page';
import { FailureMessage } from '../../taskpane/components';
import { MAX_FILE_TEXT } from '../file-limit';
import type { PageFailure } from '../worker-client';

/** Props of a failure on the page. */
export interface PageFailureMessageProps {
  failure: PageFailure;
  lang: Lang;
}

/** One clear sentence: the pane's for failures it knows, the page's own for a file too large or a crashed worker. */
export function PageFailureMessage({ failure, lang }: PageFailureMessageProps) {
  if (failure.kind !== 'page') return <FailureMessage failure={failure} lang={lang} />;
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="failure">
      <MessageBarBody>
        {pageMessagesFor(lang).failures[failure.reason]({ limit: MAX_FILE_TEXT })}
      </MessageBarBody>
    </MessageBar>
  );
}
