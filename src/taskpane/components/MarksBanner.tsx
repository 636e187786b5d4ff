import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { messagesFor, type Lang } from '../../i18n';
import { paneMessagesFor } from '../../i18n/pane';

/** Props of the marks banner: shown while the workbook carries marks; `onClear` clears them. */
export interface MarksBannerProps {
  lang: Lang;
  onClear(): void;
  /** Disables the button while another action runs. */
  disabled?: boolean;
}

/** 本工作簿仍带有校验标记，上报前请清除: red fills print, and the paper copy must match what was submitted. */
export function MarksBanner({ lang, onClear, disabled = false }: MarksBannerProps) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="marks-banner">
      <MessageBarBody>{messagesFor(lang).report.marksPresent}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onClear} disabled={disabled}>
          {paneMessagesFor(lang).banner.clear}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
