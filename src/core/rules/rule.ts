import type { DirectionList } from '../directions/direction-list';
import type { Field } from '../fields';
import type { FindingOf, RuleId, RuleValues } from '../finding';
import { columnLetter } from '../column-letter';
import type { Profile } from '../profile';
import type { RecommenderGroup } from '../recommender/assign';
import type { RowRef } from '../row-ref';
import type { Severity } from '../severity';
import type { CodeReading } from '../table/code-reading';
import type { TitleKeys } from '../normalise/title-keys';
import { cellOf, type Entry } from '../table/entry';
import type { SheetTable } from '../table/read-table';
import type { UnitIdentity } from '../units/unit-identity';
import type { PreviousWinners } from '../winners/previous-winners';

/** What every rule may look at: the tables and the analyses shared between rules. */
export interface RuleContext {
  profile: Profile;
  tables: readonly SheetTable[];
  /** Every project row of every checked sheet, in reading order. */
  entries: readonly Entry[];
  tableOf(entry: Entry): SheetTable;
  /**
   * The keys of a row's title, worked out the first time a rule asks: only the rows that go up are compared, and on a
   * sheet that marks most rows 否 most titles are never keyed.
   */
  titleOf(entry: Entry): TitleKeys;
  /** Each row's credit code as read (see `readCode`), by its index. */
  codes: readonly (CodeReading | undefined)[];
  units: UnitIdentity;
  recommenders: readonly RecommenderGroup[];
  /** Whether a row goes up: counted against its recommender's cap, where a choice column decides (see countsUpIn). */
  countsUp(entry: Entry): boolean;
  directions: DirectionList;
  winners?: PreviousWinners;
}

/**
 * A rule, named by its public id. Per-row rules report in `row`; rules over groups of rows (units, recommenders,
 * duplicates) report in `end`, when every row has been read (frictionless's validate_row / validate_end).
 */
export interface Rule<K extends RuleId> {
  id: K;
  defaultSeverity: Severity;
  row?(entry: Entry, ctx: RuleContext): readonly FindingOf<K>[];
  end?(ctx: RuleContext): FindingOf<K>[];
}

/** What a row rule reports on a row where it finds nothing: one array for every such row, never written to. */
export const NO_FINDINGS: readonly never[] = [];

/** Where a finding points: a row, and the column of a field (null when the sheet has no such column). */
export interface FindingPlace {
  entry: Entry;
  field: Field;
}

/** Builds a finding at a row's field, with the column letter and whether the cell is hidden. */
export function findingAt<K extends RuleId>(
  ctx: RuleContext,
  rule: K,
  severity: Severity,
  { entry, field }: FindingPlace,
  values: RuleValues[K],
  related?: Related,
): FindingOf<K> {
  const column = ctx.tableOf(entry).header.columns[field];
  const hidden = entry.hidden || (column !== undefined && ctx.tableOf(entry).hiddenColumns.has(column));
  const finding = {
    rule,
    severity,
    sheet: entry.sheet,
    row: entry.row,
    column: column === undefined ? null : columnLetter(column),
    hidden,
    ...(cellOf(entry.cells, field)?.hiddenByFormat ? { hiddenByFormat: true } : {}),
    values,
    ...(related && related.refs.length > 0 ? { related: related.refs } : {}),
    ...(related && related.count > related.refs.length ? { relatedCount: related.count } : {}),
  };
  // TypeScript can't narrow the distributed union by a generic K; the fields above are exactly its members.
  return finding as unknown as FindingOf<K>;
}

/**
 * The most rows a finding names in `related`. A group gives each of its rows a finding that points at the others: a
 * title or a credit code filled down a column of a few thousand rows would otherwise make millions of references, and
 * a report of hundreds of megabytes. `relatedCount` counts them all where a finding names fewer.
 */
export const RELATED_NAMED = 20;

/** The rows a finding points at: the first `RELATED_NAMED` as references, and how many there are. */
export interface Related {
  refs: RowRef[];
  count: number;
}

/** The rows of a group that a finding points at, `member` (one of them, the finding's own) left out. */
export function relatedRows(rows: readonly Entry[], member?: Entry): Related {
  const refs: RowRef[] = [];
  for (let i = 0; i < rows.length && refs.length < RELATED_NAMED; i++) {
    const { sheet, row } = rows[i]!;
    if (rows[i] !== member) refs.push({ sheet, row });
  }
  return { refs, count: rows.length - (member === undefined ? 0 : 1) };
}

/** The rows of a list, as references. */
export const refsOf = (entries: readonly Entry[]): RowRef[] =>
  entries.map(({ sheet, row }) => ({ sheet, row }));
