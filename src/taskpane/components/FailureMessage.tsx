import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Lang } from '../../i18n';
import { failureSentence, type PaneFailure } from '../pane-failure';

/** Props of a failure: what went wrong, as data that one sentence words. */
export interface FailureMessageProps {
  failure: PaneFailure;
  lang: Lang;
}

/** One clear sentence saying what went wrong and what to do; never a stack trace. */
export function FailureMessage({ failure, lang }: FailureMessageProps) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="failure">
      <MessageBarBody>{failureSentence(failure, lang)}</MessageBarBody>
    </MessageBar>
  );
}
