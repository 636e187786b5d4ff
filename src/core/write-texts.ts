import type { CheckResult } from './check';
import type { ListSource } from './list-source';
import type { Finding, RuleId } from './finding';
import type { ProfileNumbers } from './profile';
import type { RecommenderSummary } from './summary';
import type { RowRef } from './row-ref';
import type { Severity } from './severity';
import type { WinnersListInfo } from './winners/winners-list';

/** A part of an .xlsx package that the copy we write may lack (see src/xlsx's package inspection). */
export type LostPart =
  | 'pivot-tables'
  | 'charts'
  | 'slicers'
  | 'timelines'
  | 'threaded-comments'
  | 'macros'
  | 'form-controls'
  | 'shapes'
  | 'header-footer-pictures'
  | 'cell-pictures'
  | 'filter-criteria'
  | 'conditional-formats'
  | 'extended-validations'
  | 'place-links'
  | 'external-links'
  | 'dynamic-arrays';

/**
 * Every sentence and label that marks and our sheets need, in the officer's language. The i18n catalogue provides
 * them (`writeTexts(lang)`); this layer only lays them out, so it holds no language of its own.
 */
export interface WriteTexts {
  finding(finding: Finding): string;
  /** A rule's name, with the numbers of the profile the check ran under (每个主体申报不超过3个项目). */
  ruleName(rule: RuleId, numbers: ProfileNumbers): string;
  severity(severity: Severity): string;
  /** One line of a cell's note: `【错误】…`, naming the rows when the note sits on a merged cell that covers several. */
  noteLine(severity: Severity, message: string, rows?: readonly number[]): string;
  /** One line of the 序号 cell's note, pointing at the cell with the problem. */
  rowNoteLine(severity: Severity, column: string | null, rule: RuleId, numbers: ProfileNumbers): string;
  rows(refs: readonly RowRef[]): string;
  yes: string;
  no: string;
  report: {
    title: string;
    verdict(result: CheckResult): string;
    checkedAt(time: string): string;
    profile(id: string): string;
    recommender(summary: RecommenderSummary): string;
    directionList(result: CheckResult): string;
    /** The previous winners list, when the check compared with one. */
    winnersList(info: WinnersListInfo & ListSource): string;
    marksNotice: string;
    /** Said instead of marksNotice when the check marked no cell: only this sheet, of the given name, is left to remove. */
    noMarksNotice(sheet: string): string;
    renamed(wanted: string, actual: string): string;
    lostParts(parts: readonly LostPart[]): string;
    columns: {
      seq: string;
      severity: string;
      rule: string;
      ruleName: string;
      sheet: string;
      row: string;
      column: string;
      text: string;
      message: string;
      link: string;
    };
  };
  units: {
    title: string;
    columns: {
      seq: string;
      unit: string;
      uscc: string;
      projects: string;
      /** The 联合申报单位 column, headed by whether the profile counts joint applications in 项目数. */
      jointCounted: string;
      jointNotCounted: string;
      limit: string;
      over: string;
      rows: string;
      note: string;
    };
    /**
     * A unit's 所在行 where a choice column leaves some of its rows out: the counted rows (empty when none is chosen),
     * then the rows not chosen, each as `rows` gives them.
     */
    withNotChosen(counted: string, notChosen: string): string;
    /** The note on a unit whose name is written with other codes too: the projects of them all, and over by. */
    sameName(projects: number, limit: number, over: number): string;
    /** The note on a unit whose code is written under other units' names too, likewise. */
    sameCode(projects: number, limit: number, over: number): string;
    /** Between the two notes where a unit has both. */
    noteSeparator: string;
    /** The 申报单位 cell of a unit that its code alone identifies. */
    noName: string;
    /** The 申报单位 cell of the line of the rows that name no unit and give no code. */
    unwritten: string;
  };
  directions: {
    title: string;
    /**
     * `projects` heads the count alone; where a choice column leaves rows out, `counted` heads the count of the
     * chosen rows and `rows` that of every row, as on the recommenders' tab.
     */
    columns: {
      seq: string;
      category: string;
      direction: string;
      projects: string;
      counted: string;
      rows: string;
      known: string;
    };
    /** The 在方向清单中 cell of a line whose cell names several directions. */
    several: string;
    /** The 揭榜方向 cell of the line of the rows that name no direction. */
    unwritten: string;
    total: string;
  };
  recommenders: {
    title: string;
    columns: {
      seq: string;
      name: string;
      type: string;
      typeFrom: string;
      cap: string;
      rows: string;
      counted: string;
      over: string;
    };
    /** Every name the recommender's rows were sent under (two district bureaus of one city, say). */
    name(summary: RecommenderSummary): string;
    type(summary: RecommenderSummary): string;
    typeFrom(summary: RecommenderSummary): string;
  };
  /** The lines for a stamp and signatures under a summary tab, each narrower than the narrowest tab. */
  stampLines: readonly string[];
  /** The footer of our sheets' printed pages, in Excel's codes: the tab's name (&A), the page (&P) of (&N). */
  pageFooter: string;
}
