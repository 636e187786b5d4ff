import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { Lang } from '../../i18n';
import { paneMessagesFor } from '../../i18n/pane';
import { pageMessagesFor } from '../../i18n/page';
import { ErrorBoundary } from '../../taskpane/ErrorBoundary';
import {
  FailureMessage,
  FindingsList,
  MarksBanner,
  ProgressPanel,
  SettingsPanel,
  Verdict,
} from '../../taskpane/components';
import { pageFailureSentence } from '../page-failure';
import type { KeyValueStore } from '../../taskpane/settings';
import { cellMarks } from '../cell-marks';
import { usePage } from '../use-page';
import type { WorkerClient } from '../worker-client';
import { DownloadBar } from './DownloadBar';
import { GridPreview } from './GridPreview';
import { OpenBar } from './OpenBar';

/** Props of the page: its worker, its store on this PC and its first language. */
export interface AppProps {
  client: WorkerClient;
  store: KeyValueStore;
  initialLang: Lang;
}

const useStyles = makeStyles({
  page: {
    boxSizing: 'border-box',
    height: '100vh',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  dragging: {
    outlineWidth: '3px',
    outlineStyle: 'dashed',
    outlineColor: tokens.colorBrandStroke1,
    outlineOffset: '-6px',
  },
  header: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalL },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  tagline: { flexGrow: 1, color: tokens.colorNeutralForeground3 },
  body: { display: 'flex', gap: tokens.spacingHorizontalL, flexGrow: 1, minHeight: 0 },
  side: {
    width: '460px',
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    overflowY: 'auto',
    paddingRight: tokens.spacingHorizontalXS,
    '> *': { flexShrink: 0 },
  },
  grid: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
  file: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

/** The offline page: open a workbook, see its findings beside the sheet, download the marked or cleared copy. */
export function App({ client, store, initialLang }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState(initialLang);
  const [dragging, setDragging] = useState(false);
  const state = usePage(client, store, lang);
  const page = pageMessagesFor(lang);
  const pane = paneMessagesFor(lang);
  const busy = state.stage !== undefined;
  const { workbook, result } = state;
  const { shownAt } = state;
  const marks = useMemo(() => cellMarks(result?.findings ?? [], shownAt), [result, shownAt]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = pane.title;
  }, [lang, pane.title]);

  return (
    <FluentProvider theme={webLightTheme}>
      <div
        className={mergeClasses(styles.page, dragging && styles.dragging)}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const file = event.dataTransfer.files[0];
          if (file && !busy) void state.openFile(file);
        }}
      >
        <header className={styles.header}>
          <Text as="h1" className={styles.title}>
            {pane.title}
          </Text>
          <Text className={styles.tagline}>{dragging ? page.open.dropHere : page.tagline}</Text>
          <Button appearance="subtle" onClick={() => setLang(page.otherLanguage.lang)} data-testid="language">
            {page.otherLanguage.label}
          </Button>
        </header>
        <ErrorBoundary lang={lang}>
          <OpenBar lang={lang} busy={busy} onFile={state.openFile} onSample={state.openSample} />
          {state.stage && <ProgressPanel stage={state.stage} lang={lang} />}
          {state.failure && <FailureMessage sentence={pageFailureSentence(state.failure, lang)} />}
          {state.notices.map((notice) => (
            <MessageBar key={notice} intent="success" layout="multiline" data-testid="notice">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          ))}
          {!workbook && !busy && <Text>{page.intro}</Text>}
          {workbook && (
            <div className={styles.body}>
              <div className={styles.side}>
                <Text className={styles.file}>{page.opened(workbook.name)}</Text>
                {workbook.marked && (
                  <>
                    <MarksBanner lang={lang} onClear={state.downloadCleared} disabled={busy} />
                    <Checkbox
                      label={page.download.clearAll}
                      checked={state.clearAll}
                      onChange={(_, data) => state.setClearAll(data.checked === true)}
                    />
                  </>
                )}
                {result && <Verdict result={result} lang={lang} />}
                <DownloadBar
                  lang={lang}
                  busy={busy || !result}
                  onMarked={state.downloadMarked}
                  onRecheck={state.recheck}
                />
                <Accordion collapsible>
                  <AccordionItem value="settings">
                    <AccordionHeader size="small">{pane.settings.heading}</AccordionHeader>
                    <AccordionPanel>
                      <SettingsPanel
                        lang={lang}
                        lists={state.lists}
                        choices={state.choices}
                        sheetNames={workbook.sheets.map((sheet) => sheet.name)}
                        recommenders={result?.summary.recommenders ?? []}
                        disabled={busy}
                        {...state.settings}
                      />
                    </AccordionPanel>
                  </AccordionItem>
                </Accordion>
                {result && (
                  <FindingsList
                    findings={result.findings}
                    profileNumbers={result.profileNumbers}
                    lang={lang}
                    onSelect={state.select}
                    cellOf={state.cellOf}
                  />
                )}
              </div>
              <div className={styles.grid}>
                <GridPreview
                  sheets={workbook.sheets}
                  marks={marks}
                  target={state.target}
                  firstSheet={result?.sheets[0]?.name}
                  lang={lang}
                />
              </div>
            </div>
          )}
        </ErrorBoundary>
      </div>
    </FluentProvider>
  );
}
