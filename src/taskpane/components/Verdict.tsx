import {
  CounterBadge,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Fragment } from 'react';
import type { CheckResult } from '../../core/check';
import { messagesFor, type Lang } from '../../i18n';
import { paneMessagesFor } from '../../i18n/pane';

/** Props of the verdict: the check's result, in the officer's language. */
export interface VerdictProps {
  result: CheckResult;
  lang: Lang;
}

const useStyles = makeStyles({
  counts: { display: 'flex', gap: tokens.spacingHorizontalL, marginTop: tokens.spacingVerticalS },
  count: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

/**
 * The verdict of a check: clean (success) or erroneous (error; warning when there are only warnings), how much was
 * read, and the counts by severity.
 */
export function Verdict({ result, lang }: VerdictProps) {
  const styles = useStyles();
  const messages = messagesFor(lang);
  const pane = paneMessagesFor(lang);
  const { errors, warnings, rows } = result.stats;
  const hiddenSheets = result.sheets.filter((sheet) => sheet.hidden).map((sheet) => sheet.name);
  const hiddenRows = result.sheets.reduce((count, sheet) => count + sheet.hiddenRows, 0);
  const hiddenByFormat = result.sheets.reduce((count, sheet) => count + sheet.hiddenByFormat, 0);
  const intent = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'success';
  const title =
    result.findings.length === 0 ? messages.report.verdictClean : messages.report.verdict(errors, warnings);
  return (
    <MessageBar intent={intent} layout="multiline" role="status" data-testid="verdict">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {pane.verdict.scope(result.sheets.length, rows)}
        {hiddenSheets.length > 0 && (
          <div data-testid="hidden-sheets">{pane.verdict.hiddenSheets(hiddenSheets)}</div>
        )}
        {hiddenRows > 0 && <div data-testid="hidden-rows">{pane.verdict.hiddenRows(hiddenRows)}</div>}
        {hiddenByFormat > 0 && (
          <div data-testid="hidden-by-format">{pane.verdict.hiddenByFormat(hiddenByFormat)}</div>
        )}
        {result.sheets.map(({ name, projectsBelowEnd: below, tableBeside }) => (
          <Fragment key={name}>
            {below && (
              <div data-testid="projects-below-end">
                {pane.verdict.projectsBelowEnd(name, below.endRow, below.rows.length)}
              </div>
            )}
            {tableBeside && (
              <div data-testid="table-beside">{pane.verdict.tableBeside(name, tableBeside)}</div>
            )}
          </Fragment>
        ))}
        <div className={styles.counts}>
          <span className={styles.count} data-testid="count-error">
            <CounterBadge count={errors} showZero color="danger" appearance="filled" />
            {messages.severity.error}
          </span>
          <span className={styles.count} data-testid="count-warning">
            <CounterBadge count={warnings} showZero color="important" appearance="ghost" />
            {messages.severity.warning}
          </span>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
