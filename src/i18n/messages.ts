import type { SkippedSheet } from '../core/check';
import type { Field } from '../core/fields';
import type { FindingOf, RuleId } from '../core/finding';
import type { InputFailureKey, InputFailureValues, OtherDocument, TextFormat } from '../core/input-failure';
import type { ProfileNumbers } from '../core/profile';
import type { NameSource, TypeSource } from '../core/recommender/assign';
import type { TypeReason } from '../core/recommender/infer-type';
import type { RecommenderType } from '../core/recommender-type';
import type { DirectionSummary, UnitSummary } from '../core/summary';
import type { NamedRow, RowRef } from '../core/row-ref';
import type { LostPart, WriteTexts } from '../core/write-texts';
import type { WinnersListInfo } from '../core/winners/winners-list';
import type { DirectionListInfo } from '../core/directions/direction-list';

/** The languages of the product: Chinese first. */
export const LANGS = ['zh-CN', 'en-US'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * A rule's name (as the notice words it, with the numbers of the profile the check ran under) and the sentence for
 * one of its findings.
 */
export interface RuleMessages<K extends RuleId> {
  name(numbers: ProfileNumbers): string;
  /**
   * `rows` says a list of rows; of the rows the finding points at unless `total` counts the list's own, when it names
   * only its first ones.
   */
  message(finding: FindingOf<K>, rows: (refs: readonly RowRef[], total?: number) => string): string;
}

/** Every sentence of the product in one language. A missing key is a compile error. */
export interface Messages {
  rules: { [K in RuleId]: RuleMessages<K> };
  fields: Record<Field, string>;
  recommenderTypes: Record<RecommenderType, string>;
  /** What an ordinary city or district is, in place of a type: it has no quota and feeds its province's. */
  feederType: string;
  /** What a recommender is whose type could not be told. */
  typeUnknown: string;
  nameSources: Record<NameSource, string>;
  typeSources: Record<TypeSource, string>;
  /** Why a recommender's type was inferred; `cap`, that recommender's (an ordinary city's: its province's). */
  typeReason(reason: TypeReason, cap: number): string;
  failures: Record<InputFailureKey, (values: InputFailureValues) => string>;
  /** What a file picked in place of the workbook is, counted as the sentence needs: `一个 PDF 文件`, `a PDF file`. */
  otherDocuments: Record<OtherDocument, string>;
  /** What a text handed in as a workbook is: `文本（CSV）文件`, `a web page (HTML) table`. */
  textFormats: Record<TextFormat, string>;
  severity: { error: string; warning: string };
  /** Rows of one sheet: `第 5、7 行`, or `“福田区”第 5、7 行` when it is not the finding's own sheet. */
  rows(rows: readonly number[], otherSheet?: string): string;
  /** Between the rows of two sheets. */
  rowsJoin: string;
  /** After the rows named, when a long list names only its first ones: `等，共 200 行`. */
  moreRows(total: number, named: number): string;
  /** Between a type's source and the reason for it. */
  reasonJoin: string;
  listJoin: string;
  /** Recommender names as one phrase: up to three, then “and N others”. */
  nameList(names: readonly string[]): string;
  hidden: string;
  hiddenSheet: string;
  hiddenByFormat: string;
  report: {
    verdictClean: string;
    verdict(errors: number, warnings: number): string;
    marksPresent: string;
    /** Under the verdict, where rows that read as projects were not checked (see projectsBelowEnd, tableBeside). */
    unreadProjects: string;
    sheetsRead: string;
    sheetLine(
      name: string,
      hiddenSheet: boolean,
      headerRow: number,
      rows: number,
      hiddenRows: number,
      hiddenByFormat: number,
    ): string;
    /**
     * Rows below the line that ends a sheet's table (`endRow`) that read as projects, by their Excel numbers: not
     * checked, so the officer moves them above it if they are submitted.
     */
    projectsBelowEnd(endRow: number, rows: readonly number[]): string;
    /** Another table beside a sheet's, from `column` on, whose header names the key columns again: not checked. */
    tableBeside(column: string): string;
    /** A sheet not read as data, and why: a list kept as a sheet says whether the check used it. */
    skipped(sheet: SkippedSheet): string;
    /** A checked sheet whose projects are all on the other sheets named: their summary, most likely. */
    summarySheet(name: string, others: string): string;
    /**
     * How complete the direction list is, and, in a list longer than the notice states, its entries under no category;
     * `sheets`, the workbook's sheets it came from.
     */
    directionList(
      list: Omit<DirectionListInfo, 'source'> & { source: DirectionListInfo['source'] | 'sheet' },
      sheets?: readonly string[],
    ): string;
    /**
     * The previous winners list: how many winners, how many of them with a project title to compare, and, in a list
     * read without titles, the headers that no wording names; `sheets`, the workbook's sheets it came from.
     */
    winnersList(list: WinnersListInfo, sheets?: readonly string[]): string;
    findings: string;
    ruleHeading(name: string, id: string, count: number): string;
    /**
     * A cell (`南山区 B6`), or a whole row when there is no column (`南山区 第 6 行`); with the row a finding is
     * about when its cell is written on another (`南山区 B5（第 7 行）`, see FindingPlace).
     */
    cell(sheet: string, column: string | null, row: number, forRow?: number): string;
    /** The same place without its sheet, for a list of places: `B6`, `第 6 行`, `B5（第 7 行）`. */
    cellRef(column: string | null, row: number, forRow?: number): string;
    /** Places of one sheet that one sentence is about, the first few of them written out and all of them counted. */
    cells(sheet: string, refs: readonly string[], total: number): string;
    recommenders: string;
    recommenderLine(r: {
      name: string;
      type: string;
      typeFrom: string;
      cap: number;
      capOf: 'own' | 'province';
      province?: string;
      counted: number;
      rows: number;
      over: number;
      /** Rows that name no recommender, counted as the workbook's only named one's. */
      unnamed?: number;
    }): string;
    /**
     * Beside the verdict: the type of a recommender (`name`, '' when the rows name none) could not be told, so its
     * cap is only assumed to be a province's.
     */
    typeUnknown(name: string, cap: number): string;
    units: string;
    /** A unit over the limit, and by how much; `jointRows` rows name it as a joint applicant, counted or not. */
    unitLine(unit: UnitSummary): string;
    /** The units within the limit, besides those listed as over it; empty when there is nothing to say. */
    unitsWithinLimit(count: number, noneOver: boolean): string;
    /** The projects of the rows that name no unit and give no code: they count toward no unit's limit. */
    unitsUnwritten(projects: number): string;
    directions: string;
    /** A direction's line; a cell that names several directions is said to, not only to be off the list. */
    directionLine(direction: DirectionSummary): string;
    /** The ministry's own selection per direction, which is no cap on recommenders. */
    directionSelectionNote(finalists: number): string;
  };
  /** Marks, notes and our sheets. */
  write: {
    noteLine(severity: string, message: string, rows?: readonly number[]): string;
    rowNoteLine(severity: string, column: string | null, rule: string): string;
    /** The rows of one sheet: `南山区第 5、7 行`. */
    sheetRows(sheet: string, rows: readonly number[]): string;
    sheetRowsJoin: string;
    yes: string;
    no: string;
    stampLines: readonly string[];
    pageFooter: string;
    report: Omit<
      WriteTexts['report'],
      'verdict' | 'recommender' | 'directionList' | 'winnersList' | 'lostParts'
    > & {
      lostParts(parts: string): string;
      partNames: Record<LostPart, string>;
    };
    units: WriteTexts['units'];
    directions: WriteTexts['directions'];
    recommenders: Omit<WriteTexts['recommenders'], 'name' | 'type' | 'typeFrom'>;
  };
  /** What the command says after writing a copy. */
  copy: {
    marked(file: string, cells: number): string;
    cleared(file: string, cells: number, sheets: string): string;
    keptChanges(cells: number): string;
    /** The rows whose marks could not be found again, each as `lostRow` gives it (see lostMarksText). */
    lostMarks(places: string): string;
    /** A row whose marks could not be found again: by its unit and project, its old number only beside them. */
    lostRow(row: NamedRow): string;
    /** Cells whose marks no record covered: their notes cleaned, their fills taken away without knowing the original. */
    unrecordedMarks(places: string): string;
    lostParts(parts: string): string;
  };
  usage: string;
  /** An error the command did not expect, with a short detail of it (never a stack trace). */
  unexpected(detail: string): string;
}
