/**
 * The pane's presentational components. They take plain data (a CheckResult, findings, a language) and callbacks,
 * never Office.js or a file: the task pane and the offline page (src/web) both render them.
 */
export { FailureMessage, type FailureMessageProps } from './FailureMessage';
export { FindingsList, type FindingsListProps } from './FindingsList';
export { MarksBanner, type MarksBannerProps } from './MarksBanner';
export { ProgressPanel, type ProgressPanelProps } from './ProgressPanel';
export { SettingsPanel, type SettingsPanelProps } from './SettingsPanel';
export { Verdict, type VerdictProps } from './Verdict';
export type { PaneFailure } from '../pane-failure';
export { failureSentence, genericFailure } from '../pane-failure';
export type { PcLists, WorkbookChoices } from '../settings';
