import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/** Props of a failure: the one sentence that says what went wrong and what to do. */
export interface FailureMessageProps {
  sentence: string;
}

/** One clear sentence saying what went wrong and what to do; never a stack trace. */
export function FailureMessage({ sentence }: FailureMessageProps) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="failure">
      <MessageBarBody>{sentence}</MessageBarBody>
    </MessageBar>
  );
}
