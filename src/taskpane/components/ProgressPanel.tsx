import { Field, ProgressBar } from '@fluentui/react-components';
import type { Lang } from '../../i18n';
import { paneMessagesFor, type PaneStage } from '../../i18n/pane';

/** Props of the progress panel: what the pane is busy with. */
export interface ProgressPanelProps {
  stage: PaneStage;
  lang: Lang;
}

/** An indeterminate progress bar labelled with the current stage (reading, checking, writing, clearing). */
export function ProgressPanel({ stage, lang }: ProgressPanelProps) {
  return (
    <Field
      validationMessage={paneMessagesFor(lang).stages[stage]}
      validationState="none"
      data-testid="progress"
    >
      <ProgressBar />
    </Field>
  );
}
