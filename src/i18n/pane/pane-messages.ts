import type { RecommenderType } from '../../core/recommender-type';

/** What the pane is busy with, for its progress bar. */
export type PaneStage = 'reading' | 'checking' | 'writing' | 'clearing';

/** Which findings the list shows. */
export type FindingFilter = 'all' | 'error' | 'warning';

/** Why an Office operation failed, in the kinds the pane words (see src/excel/office-failure.ts). */
export type HostFailureReason = 'sheet-protected' | 'cell-editing' | 'api-missing' | 'sheet-gone';

/**
 * Every sentence and label of the task pane (and of the offline page that reuses its components) in one language.
 * Rule names, finding sentences, severities and input failures come from the main catalogue (src/i18n/messages.ts);
 * these are the pane's own. A missing key is a compile error.
 */
export interface PaneMessages {
  title: string;
  actions: { check: string; clear: string; summaries: string };
  stages: Record<PaneStage, string>;
  verdict: {
    /** How much was read: `已检查 2 张工作表、120 个项目`. */
    scope(sheets: number, rows: number): string;
    /** Project rows that are hidden, which are submitted all the same. */
    hiddenRows(rows: number): string;
    /** Checked sheets that are hidden, by name, which are submitted all the same. */
    hiddenSheets(names: readonly string[]): string;
    /** Cells whose number format (`;;;`) hides what they hold, which is submitted all the same. */
    hiddenByFormat(cells: number): string;
    /** Rows below the line that ends a sheet's table (`endRow`) that read as projects: not checked. */
    projectsBelowEnd(sheet: string, endRow: number, rows: number): string;
    /** Another table beside a sheet's, from `column` on: not checked. */
    tableBeside(sheet: string, column: string): string;
  };
  filter: Record<FindingFilter, string> & { label: string };
  findings: {
    heading: string;
    none: string;
    noneInFilter: string;
    /**
     * Where a finding is: `南山区 B7`, or `南山区 第 7 行` for a whole-row finding; `南山区 B5（第 7 行）` when its
     * cell is written on another row than the one it is about (see FindingPlace).
     */
    place(sheet: string, column: string | null, row: number, forRow?: number): string;
    /** Below a long group: the rest are in the report sheet. */
    more(count: number): string;
    showHint: string;
  };
  banner: { clear: string };
  done: {
    marked(cells: number): string;
    summaries(sheets: string): string;
    cleared(cells: number, sheets: string): string;
    keptChanges(cells: number): string;
    renamed(wanted: string, actual: string): string;
    notMarked: string;
  };
  failures: Record<HostFailureReason, string> & {
    noTable: string;
    sheetNotFound(sheet: string): string;
    recordDamaged: string;
    /** The direction list typed into the box holds no direction. */
    directionsTypedEmpty: string;
    unexpected(detail: string): string;
  };
  live: { label: string; hint: string; updated(time: string): string };
  settings: {
    heading: string;
    pcHeading: string;
    workbookHeading: string;
    winners: string;
    winnersNone: string;
    /** A winners list loaded: its winners, and how many of them have a project title to compare. */
    winnersLoaded(source: string, winners: number, titled: number): string;
    winnersFromSheet: string;
    winnersSheetPlaceholder: string;
    chooseFile: string;
    chooseDirectionsFile: string;
    remove: string;
    directions: string;
    directionsHint: string;
    directionsNone: string;
    directionsLoaded(source: string, count: number): string;
    directionsSave: string;
    typedText: string;
    recommenderType: string;
    recommenderTypeAuto: string;
    recommenderTypes: Record<RecommenderType, string>;
    /** The inferred recommender and why: `深圳市工业和信息化局：计划单列市（根据名称判断，名称含“深圳”）`. */
    inferred(name: string, type: string, why: string): string;
    inferredNone: string;
    sheets: string;
    sheetsHint: string;
    saved: string;
  };
}
