import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Switch,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useState } from 'react';
import { defaultProfile } from '../core/profile';
import { paneMessagesFor } from '../i18n/pane';
import {
  FailureMessage,
  FindingsList,
  MarksBanner,
  ProgressPanel,
  SettingsPanel,
  Verdict,
} from './components';
import { ErrorBoundary } from './ErrorBoundary';
import type { PaneHost } from './pane-host';
import { failureSentence } from './pane-failure';
import { usePane } from './use-pane';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  primary: { width: '100%' },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Props of the task pane: the host it works through. */
export interface PaneAppProps {
  host: PaneHost;
}

function Pane({ host }: PaneAppProps) {
  const styles = useStyles();
  const [profile] = useState(defaultProfile);
  const p = usePane(host, profile);
  const pane = paneMessagesFor(p.lang);
  return (
    <main className={styles.pane}>
      <Text as="h1" size={500} weight="semibold">
        {pane.title}
      </Text>
      {p.marked && <MarksBanner lang={p.lang} onClear={() => void p.clear()} disabled={p.busy} />}
      <Button
        appearance="primary"
        size="large"
        className={styles.primary}
        disabled={p.busy}
        onClick={() => void p.check()}
      >
        {pane.actions.check}
      </Button>
      <div className={styles.actions}>
        <Button disabled={p.busy} onClick={() => void p.clear()}>
          {pane.actions.clear}
        </Button>
        <Button disabled={p.busy} onClick={() => void p.summaries()}>
          {pane.actions.summaries}
        </Button>
      </div>
      <div>
        <Switch checked={p.live} label={pane.live.label} onChange={(_, data) => p.setLive(data.checked)} />
        <Text size={200} block className={styles.hint}>
          {p.liveAt ? pane.live.updated(p.liveAt) : pane.live.hint}
        </Text>
      </div>
      {p.stage && <ProgressPanel stage={p.stage} lang={p.lang} />}
      {p.failure && <FailureMessage sentence={failureSentence(p.failure, p.lang)} />}
      {p.notices.length > 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="notices">
          <MessageBarBody>
            {p.notices.map((notice) => (
              <div key={notice}>{notice}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {p.result && (
        <>
          <Verdict result={p.result} lang={p.lang} />
          <FindingsList
            findings={p.result.findings}
            profileNumbers={p.result.profileNumbers}
            lang={p.lang}
            onSelect={p.select}
            cellOf={p.cellOf}
          />
        </>
      )}
      <Accordion collapsible>
        <AccordionItem value="settings">
          <AccordionHeader>{pane.settings.heading}</AccordionHeader>
          <AccordionPanel>
            <SettingsPanel
              lang={p.lang}
              lists={p.lists}
              choices={p.choices}
              sheetNames={p.sheets}
              recommenders={p.result?.summary.recommenders ?? []}
              disabled={p.busy}
              {...p.settings}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </main>
  );
}

/** The task pane: Fluent UI's theme, an error boundary, and the pane over its host. */
export function PaneApp({ host }: PaneAppProps) {
  return (
    <FluentProvider theme={webLightTheme} lang={host.lang}>
      <ErrorBoundary lang={host.lang}>
        <Pane host={host} />
      </ErrorBoundary>
    </FluentProvider>
  );
}
