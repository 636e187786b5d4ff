import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Tab,
  TabList,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../../core/finding';
import type { ProfileNumbers } from '../../core/profile';
import { findingPlace } from '../../core/finding-place';
import { messagesFor, renderFinding, type Lang } from '../../i18n';
import { paneMessagesFor, type FindingFilter } from '../../i18n/pane';
import type { CellRef } from '../../workbook/port';
import { filterFindings, groupByRule } from '../finding-groups';

/** Props of the findings list: every finding of a check, and what a click on one does. */
export interface FindingsListProps {
  findings: readonly Finding[];
  /** The numbers of the profile the check ran under, which the rules' names state (see CheckResult). */
  profileNumbers: ProfileNumbers;
  lang: Lang;
  /** A click on a finding: the pane shows its cell in Excel, the page scrolls its grid to it. */
  onSelect(finding: Finding): void;
  /** The cell where a finding is shown and selected (see ShownCells.ofFinding), which its label names. */
  cellOf(finding: Finding): CellRef | undefined;
  /** How many findings of one rule are listed; the rest are counted and left to the report sheet. */
  limitPerRule?: number;
}

const FILTERS: readonly FindingFilter[] = ['all', 'error', 'warning'];

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'block',
    width: '100%',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderTopStyle: 'none',
    borderRightStyle: 'none',
    borderLeftStyle: 'none',
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
    background: 'none',
    cursor: 'pointer',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  place: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalS },
  error: {
    borderLeftWidth: '3px',
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorPaletteRedBorder2,
  },
  warning: {
    borderLeftWidth: '3px',
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorPaletteYellowBorder2,
  },
  header: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  empty: { display: 'block', padding: tokens.spacingVerticalM },
});

/**
 * The findings grouped by rule (the notice's wording of each rule as the group's title), with a filter to errors or
 * warnings. Each finding shows its place and its sentence; a click calls `onSelect`.
 */
export function FindingsList({
  findings,
  profileNumbers,
  lang,
  onSelect,
  cellOf,
  limitPerRule = 200,
}: FindingsListProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState<FindingFilter>('all');
  const messages = messagesFor(lang);
  const pane = paneMessagesFor(lang);
  const counts = { all: findings.length, error: 0, warning: 0 };
  for (const finding of findings) counts[finding.severity]++;
  const groups = groupByRule(filterFindings(findings, filter));
  const placeText = (finding: Finding) => {
    const place = findingPlace(finding, cellOf(finding));
    return pane.findings.place(place.sheet, place.column, place.row, place.forRow);
  };

  return (
    <section aria-label={pane.findings.heading} data-testid="findings">
      <TabList
        size="small"
        selectedValue={filter}
        onTabSelect={(_, data) => setFilter(data.value as FindingFilter)}
        aria-label={pane.filter.label}
      >
        {FILTERS.map((value) => (
          <Tab key={value} value={value}>
            {`${pane.filter[value]} (${counts[value]})`}
          </Tab>
        ))}
      </TabList>
      {findings.length > 0 && <Text size={200}>{pane.findings.heading}</Text>}
      {groups.length === 0 ? (
        <Text className={styles.empty}>
          {findings.length === 0 ? pane.findings.none : pane.findings.noneInFilter}
        </Text>
      ) : (
        <Accordion multiple collapsible defaultOpenItems={groups.map((group) => group.rule)}>
          {groups.map(({ rule, findings: list }) => (
            <AccordionItem key={rule} value={rule} data-testid={`group-${rule}`}>
              <AccordionHeader size="small">
                <span className={styles.header}>
                  {messages.rules[rule].name(profileNumbers)}
                  <Badge appearance="tint" color="informative" size="small">
                    {list.length}
                  </Badge>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {list.slice(0, limitPerRule).map((finding, i) => (
                    <li key={i}>
                      <button
                        type="button"
                        className={mergeClasses(styles.item, styles[finding.severity])}
                        title={pane.findings.showHint}
                        onClick={() => onSelect(finding)}
                      >
                        <span className={styles.place}>{placeText(finding)}</span>
                        {renderFinding(finding, lang)}
                      </button>
                    </li>
                  ))}
                </ul>
                {list.length > limitPerRule && (
                  <Text size={200}>{pane.findings.more(list.length - limitPerRule)}</Text>
                )}
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
