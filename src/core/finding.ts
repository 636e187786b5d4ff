import type { Field } from './fields';
import type { PhoneProblem } from './phone';
import type { TypeSource } from './recommender/assign';
import type { RecommenderType } from './recommender-type';
import type { RowRef } from './row-ref';
import type { Severity } from './severity';
import type { CodeExtra } from './table/written-codes';
import type { UsccProblem } from './uscc';

/** The rule ids: a public contract of the JSON report, the report sheet and the docs (DESIGN.md). */
export const RULE_IDS = [
  'unit-over-limit',
  'quota-exceeded',
  'previous-winner',
  'previous-winner-unit',
  'duplicate-project',
  'similar-project',
  'uscc-invalid',
  'uscc-conflict',
  'id-as-number',
  'direction-unknown',
  'category-mismatch',
  'required-missing',
  'not-legal-entity',
  'phone-invalid',
  'rank-invalid',
  'example-row',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/**
 * Whose ranks a rank-invalid finding speaks of, where a sheet ranks per recommender (see `rankScopes`): the
 * `recommender` named, or, `unnamedRecommender`, the rows that name none; neither where the sheet ranks as a whole.
 */
export interface RankOwner {
  recommender?: string;
  unnamedRecommender?: true;
}

/** The values each rule's message needs; the sentences themselves live in the i18n catalogue. */
export interface RuleValues {
  /** The unit's rows are the finding's own and its `related`. */
  'unit-over-limit': { unit: string; count: number; limit: number };
  'quota-exceeded': {
    /** Every name under which the recommender's rows were sent (two district bureaus of one city, say). */
    recommenders: string[];
    type: RecommenderType;
    /** `default`: the type is unknown, and the cap a province's only assumed. */
    typeFrom: TypeSource;
    cap: number;
    capOf: 'own' | 'province';
    /** The province whose cap an ordinary city's rows count against, where it is known (湖北省). */
    province?: string;
    counted: number;
    drop: number;
  };
  'previous-winner': { project: string; sameUnit: boolean; winnerUnit: string };
  /** `winnerUnit`: the list's name of the winner, where the row's unit was found by its code or its parent. */
  'previous-winner-unit': { unit: string; winnerProject: string; winnerUnit?: string };
  'duplicate-project': {
    project: string;
    /** Whether every row pointed at is the row's own unit's. */
    sameUnit: boolean;
    /**
     * Where the rows pointed at are some the row's own unit's and some another's: the other units' (at most
     * `RELATED_NAMED`, `otherUnitCount` counting them all when more).
     */
    otherUnit?: RowRef[];
    otherUnitCount?: number;
  };
  'similar-project': { project: string; otherProject: string; similarity: number };
  /**
   * `extra`: the cell writes something beside the code, which `extra` names; `several`: it writes `codes` codes where the
   * 申报单位 cell names `units` units. `position`: the place of the code among a joint application's (see `readCode`).
   */
  'uscc-invalid':
    | { code: string; problem: UsccProblem; position?: number }
    | { code: string; problem: 'extra'; extra: readonly CodeExtra[]; position?: number }
    | { code: string; problem: 'several'; codes: number; units: number };
  'uscc-conflict': {
    kind: 'code-two-names' | 'name-two-codes';
    code: string;
    unit: string;
    /** The other names or codes, as written: at most `OTHERS_NAMED`, `othersCount` counting them all when more. */
    others: string[];
    othersCount?: number;
    /** The projects of the name's or the code's units together, where they are several and over the `limit` (an error). */
    count?: number;
    limit?: number;
  };
  /** `digitsLost`: the number has more than the 15 significant digits that Excel keeps, so its last ones are gone. */
  'id-as-number': { field: 'uscc'; text: string; digitsLost: boolean } | { field: 'phone'; text: string };
  /**
   * `several`: the directions of a cell that names two known ones or more, as written, in place of `nearest`.
   * `repeated`: the known direction that the cell writes twice or more and nothing besides (机器翻译系统/机器翻译系统).
   * `categoryAlone`: the cell names one of the categories (核心基础) and no direction.
   * `listTooLong`: the known list holds more directions than the notice states, so it is not complete either.
   * `listGiven`: the known list is one the officer gave (a file or a sheet), not the notice's alone: a partial one
   * is to be checked, not given.
   */
  'direction-unknown': {
    direction: string;
    nearest?: string;
    several?: string[];
    repeated?: string;
    categoryAlone?: true;
    listComplete: boolean;
    listTooLong?: true;
    listGiven?: true;
  };
  'category-mismatch': { category: string; direction: string; expected: string };
  /** `orgCodeLabel`: the sheet has an old 组织机构代码 column (headed so) where the credit code column should be. */
  /** `written`: the dash or slash that the cell holds instead of a value. */
  /** `errorValue`: the error value (#N/A, #DIV/0!) that the cell shows, a formula gone wrong, instead of a value. */
  'required-missing': {
    field: Field;
    label: string;
    missingColumn: boolean;
    orgCodeLabel?: string;
    written?: string;
    errorValue?: string;
  };
  /**
   * `word`: the branch word, the code, 联合体, or the university, company or institute whose school, division or
   * laboratory the unit is.
   */
  'not-legal-entity': {
    unit: string;
    /**
     * `university-affiliate`: named after a university, yet not counted as its part (see parentOfPart).
     * `consortium`: a join of the members it names; `standing-consortium`: a body named 联合体, maybe registered.
     */
    reason:
      | 'branch'
      | 'individual'
      | 'university-part'
      | 'university-affiliate'
      | 'company-part'
      | 'institute-part'
      | 'consortium'
      | 'standing-consortium';
    word: string;
    /** Of `university-affiliate`: its row counts with the university's rows, being of one unit (its code written). */
    counted?: true;
  };
  /** `error-value`: the cell shows an error value (#N/A), which `phone` holds. */
  'phone-invalid': { phone: string; problem: PhoneProblem | 'error-value' };
  'rank-invalid':
    /** Told only of a row that counts (see `isChosen`): a slip is never a row left out. */
    | { rank: string; problem: 'not-number' }
    /** A 是否推荐 mark that is neither a yes nor a no word; `rank` holds the mark as shown; `opinion`: in 推荐意见. */
    | { rank: string; problem: 'flag-unclear'; opinion?: true }
    /** Whose own ranks repeat (see `RankOwner`). */
    | ({ rank: string; problem: 'repeat' } & RankOwner)
    /** The first few missing ranks, and how many are missing in all. */
    | ({ rank: string; problem: 'gap'; missing: number[]; missingCount: number } & RankOwner)
    /**
     * A rank above the number of projects on its sheet, or of its recommender on its sheet; `acrossSheets`: of its
     * recommender on every sheet that it ranks its rows across (see `scopesAcrossSheets`).
     */
    | ({ rank: string; problem: 'too-high'; projects: number; acrossSheets?: true } & RankOwner);
  /** `word`: what marks the row as the template's example (示例, 填表示例, 例). */
  'example-row': { word: string };
}

interface FindingBase {
  severity: Severity;
  sheet: string;
  /** Excel's row number. */
  row: number;
  /** Excel's column letter, or null for a finding about a whole row or a missing column. */
  column: string | null;
  /** The row, the column or the sheet is hidden in Excel. */
  hidden: boolean;
  /** The sheet is hidden: the officer sees no tab to look for the cell on. */
  hiddenSheet?: true;
  /** The cell's number format hides its value (`;;;`): it shows and prints nothing, yet is submitted. */
  hiddenByFormat?: true;
  /** Other rows the finding points at ("same as row N"), possibly on other sheets: at most `RELATED_NAMED`. */
  related?: RowRef[];
  /** How many rows the finding points at, where `related` names only the first of them. */
  relatedCount?: number;
}

/** One problem at one cell, as data. */
export type Finding = { [K in RuleId]: FindingBase & { rule: K; values: RuleValues[K] } }[RuleId];

/** A finding of one rule. */
export type FindingOf<K extends RuleId> = Extract<Finding, { rule: K }>;
