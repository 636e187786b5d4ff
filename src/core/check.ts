import { columnLetter, columnNumber } from './column-letter';
import { DirectionList, type DirectionListInfo } from './directions/direction-list';
import { directionSheetList } from './directions/parse-direction-list';
import { FIELDS, type Field } from './fields';
import { RULE_IDS, type Finding } from './finding';
import type { SheetGrid, WorkbookGrid } from './grid';
import { callsItselfDirectionList, namesDirectionList, type ListReading } from './list-sheets';
import type { ListSource } from './list-source';
import { titleKeys } from './normalise/title-keys';
import { hasMarks, isOurSheet } from './our-sheets';
import { profileNumbers, type Direction, type Profile, type ProfileNumbers } from './profile';
import { assignRecommenders, countsUpIn } from './recommender/assign';
import type { RecommenderType } from './recommender-type';
import { RULES } from './rules';
import type { RuleContext } from './rules/rule';
import { summarise, type Summary } from './summary';
import { summarySheets, type SummarySheet } from './summary-sheets';
import { readCode } from './table/code-reading';
import { HeaderMatcher } from './table/header-match';
import { filledText } from './table/placeholder';
import { perRow } from './table/per-row';
import { PROJECT_TABLE } from './table/find-header';
import type { Entry } from './table/entry';
import { readTable, type ProjectsBelowEnd, type SheetTable } from './table/read-table';
import { sheetNamed } from './sheet-named';
import { identifyUnits } from './units/unit-identity';
import { legalPersonOf } from './units/legal-person';
import { parentOfPart } from './units/unit-parts';
import { PreviousWinners } from './winners/previous-winners';
import { isWinnersListSheet, parseWinners, WinnersList, type WinnersListInfo } from './winners/winners-list';

/** What the officer chose for this check. */
export interface CheckOptions {
  profile: Profile;
  /** Only these sheets; every data sheet when absent. */
  sheets?: readonly string[];
  recommenderType?: RecommenderType;
  winners?: WinnersList;
  /** The guide's direction list, when the officer gave one. */
  directions?: readonly Direction[];
}

/** A sheet that was read as a table (DESIGN.md, JSON report). */
export interface SheetReport {
  name: string;
  /** The sheet is hidden, so the officer sees no tab of it, yet it is submitted. */
  hidden: boolean;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  rows: number;
  hiddenRows: number;
  /** Cells of the table whose number format hides the value they submit (`;;;`). */
  hiddenByFormat: number;
  columns: Partial<Record<Field, string>>;
  recommenderLine?: string;
  title?: string;
  /**
   * The line that ends the table (填报人, 注, a seal line) where rows below it read as projects, with those rows: not
   * checked, so the officer is told (see read-table's projectsBelow).
   */
  projectsBelowEnd?: ProjectsBelowEnd;
  /** The column letter where another table beside this one starts (see find-header's tableBeside): not checked. */
  tableBeside?: string;
}

/** A cell that says 同上, by its sheet, row and column letter, with the row where the value it takes is written. */
export interface CopiedCellRef {
  sheet: string;
  row: number;
  column: string;
  fromRow: number;
}

/**
 * A sheet that was not read as data, and why. A previous winners list or a direction list kept as a sheet is the list
 * the check used (`used`), unless the officer gave another list, which wins.
 */
export type SkippedSheet =
  | { name: string; reason: 'no-table' | 'ours' | 'very-hidden' }
  | { name: string; reason: 'winners-list' | 'direction-list'; used: boolean }
  | { name: string; reason: 'direction-list-unread'; why: 'counts' | 'no-directions' };

/** The outcome of a check: data, whatever the input (STYLE: results, not exceptions). */
export interface CheckResult {
  profile: string;
  /** The profile's numbers that the report's words state (the rules' names); no part of the JSON report. */
  profileNumbers: ProfileNumbers;
  valid: boolean;
  sheets: SheetReport[];
  skippedSheets: SkippedSheet[];
  /** Checked sheets that repeat the projects of several others: their summary, most likely. */
  summarySheets: SummarySheet[];
  findings: Finding[];
  summary: Summary;
  directionList: DirectionListInfo | (Omit<DirectionListInfo, 'source'> & ListSource);
  /** The previous winners list the check compared with, when the officer gave one or the workbook holds one. */
  winnersList?: WinnersListInfo & ListSource;
  /** The workbook still carries our marks: red fills print, so they must be cleared before submitting. */
  marksPresent: boolean;
  /**
   * The cells that say 同上 and take the value written above them, with the row where it is written: a host marks
   * their findings there, as it marks a merged cell's on the merge's top cell.
   */
  copiedCells: CopiedCellRef[];
  stats: { errors: number; warnings: number; rows: number };
}

/**
 * A check that could not be made at all: no sheet held a table, or the sheets to check held a previous winners list
 * alone (`sheet` names one), a named sheet does not exist, or a table's sheet holds formulas that were never
 * calculated. `values` are what the failure's sentence needs.
 */
export type CheckOutcome =
  | { ok: true; result: CheckResult }
  | {
      ok: false;
      failure: 'no-table' | 'winners-list-only' | 'sheet-not-found' | 'formulas-not-calculated';
      values: { sheet?: string; cell?: string };
    };

function sheetReport(table: SheetTable): SheetReport {
  const columns: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const column = table.header.columns[field];
    if (column !== undefined) columns[field] = columnLetter(column);
  }
  return {
    name: table.name,
    hidden: table.hidden,
    headerRow: table.header.top,
    firstDataRow: table.firstDataRow,
    lastDataRow: table.lastDataRow,
    rows: table.entries.length,
    hiddenRows: table.entries.filter((entry) => entry.hidden).length,
    hiddenByFormat: table.hiddenByFormat,
    columns,
    ...(table.heading.lineName ? { recommenderLine: table.heading.lineName } : {}),
    ...(table.heading.title ? { title: table.heading.title } : {}),
    ...(table.projectsBelowEnd ? { projectsBelowEnd: table.projectsBelowEnd } : {}),
    ...(table.header.besideFrom ? { tableBeside: columnLetter(table.header.besideFrom) } : {}),
  };
}

/**
 * The findings with those on a hidden sheet said to be hidden there, whatever their row and column: the rules know
 * the rows and columns, and this the sheets (reference §3: hidden parts are submitted, so say so in the finding).
 */
function onHiddenSheets(findings: Finding[], tables: readonly SheetTable[]): Finding[] {
  const hidden = new Set(tables.filter((table) => table.hidden).map((table) => table.name));
  if (hidden.size === 0) return findings;
  return findings.map((finding) =>
    hidden.has(finding.sheet) ? { ...finding, hidden: true, hiddenSheet: true } : finding,
  );
}

const RULE_ORDER = new Map(RULE_IDS.map((id, index) => [id, index]));

/**
 * Findings by sheet, row, column and rule; one rule's findings on one cell stay in the order it reported them. The
 * places are read once into arrays, so that the comparisons read numbers only.
 */
function inReportOrder(findings: readonly Finding[], grid: WorkbookGrid): Finding[] {
  const sheetOrder = new Map(grid.sheets.map((sheet, index) => [sheet.name, index]));
  const sheets = new Int32Array(findings.length);
  const rows = new Int32Array(findings.length);
  const columns = new Int32Array(findings.length);
  const rules = new Int32Array(findings.length);
  const order: number[] = [];
  // Not Int32Array.from: it walks an array by an iterator, which allocates at every step in code run once.
  findings.forEach((finding, index) => {
    sheets[index] = sheetOrder.get(finding.sheet) ?? 0;
    rows[index] = finding.row;
    // Column letters order as their numbers; a finding about a whole row or column comes first.
    columns[index] = finding.column ? columnNumber(finding.column) : 0;
    rules[index] = RULE_ORDER.get(finding.rule) ?? 0;
    order.push(index);
  });
  return order
    .sort(
      (a, b) =>
        sheets[a]! - sheets[b]! ||
        rows[a]! - rows[b]! ||
        columns[a]! - columns[b]! ||
        rules[a]! - rules[b]! ||
        a - b,
    )
    .map((index) => findings[index]!);
}

/** The check refused for a sheet whose formulas the file holds no results of, naming the sheet and the first. */
function notCalculated(sheet: SheetGrid): CheckOutcome {
  const { row, column } = sheet.uncalculated!;
  const cell = `${columnLetter(column)}${row}`;
  return { ok: false, failure: 'formulas-not-calculated', values: { sheet: sheet.name, cell } };
}

/**
 * Checks a workbook: reads the table of every data sheet, runs every rule under the profile, and summarises.
 * Data sheets are the visible and hidden ones, minus very hidden sheets and our own (DESIGN.md).
 */
export function check(grid: WorkbookGrid, options: CheckOptions): CheckOutcome {
  const { profile } = options;
  const chosen: string[] = [];
  for (const name of options.sheets ?? []) {
    const found = sheetNamed(grid, name);
    if (found === undefined) return { ok: false, failure: 'sheet-not-found', values: { sheet: name } };
    chosen.push(found);
  }
  const matcher = new HeaderMatcher(profile);
  const tables: SheetTable[] = [];
  const skippedSheets: SkippedSheet[] = [];
  // The lists kept as sheets of the workbook, whichever sheets the officer chose to check: they are no data.
  const winnersSheets: SheetGrid[] = [];
  const winnersAsked: string[] = [];
  const directionSheets: { name: string; directions: Direction[] }[] = [];
  let rowsRead = 0;
  for (const sheet of grid.sheets) {
    const asked = !options.sheets || chosen.includes(sheet.name);
    if (isOurSheet(sheet)) {
      if (asked) skippedSheets.push({ name: sheet.name, reason: 'ours' });
      continue;
    }
    if (sheet.visibility === 'veryHidden' && !(options.sheets && asked)) {
      if (asked) skippedSheets.push({ name: sheet.name, reason: 'very-hidden' });
      continue;
    }
    if (isWinnersListSheet(sheet, profile)) {
      winnersSheets.push(sheet);
      if (asked) winnersAsked.push(sheet.name);
      skippedSheets.push({ name: sheet.name, reason: 'winners-list', used: !options.winners });
      continue;
    }
    // A sheet that holds projects is data, whatever its name says.
    const calledList = callsItselfDirectionList(sheet);
    const mayBeList = calledList && namesDirectionList(sheet);
    const table =
      asked || mayBeList ? readTable(sheet, profile, matcher, PROJECT_TABLE, rowsRead) : undefined;
    const directions = !table && mayBeList ? directionSheetList(sheet, profile) : [];
    // A list of directions whose cells show what the file does not hold is as unknown as a table's.
    if (!table && mayBeList && sheet.uncalculated && !options.directions) return notCalculated(sheet);
    if (directions.length > 0) {
      directionSheets.push({ name: sheet.name, directions });
      skippedSheets.push({ name: sheet.name, reason: 'direction-list', used: !options.directions });
    } else if (!asked) continue;
    else if (table && sheet.uncalculated) return notCalculated(sheet);
    else if (table) {
      tables.push(table);
      rowsRead += table.entries.length;
    } else if (calledList) {
      const why = mayBeList ? 'no-directions' : 'counts';
      skippedSheets.push({ name: sheet.name, reason: 'direction-list-unread', why });
    } else skippedSheets.push({ name: sheet.name, reason: 'no-table' });
  }
  if (tables.length === 0 && winnersAsked.length > 0)
    return { ok: false, failure: 'winners-list-only', values: { sheet: winnersAsked[0]! } };
  if (tables.length === 0) return { ok: false, failure: 'no-table', values: {} };
  const winnersReading =
    options.winners || winnersSheets.length === 0
      ? undefined
      : parseWinners({ sheets: winnersSheets }, profile);
  if (winnersReading?.ok === false && winnersReading.failure === 'formulas-not-calculated')
    return { ok: false, failure: 'formulas-not-calculated', values: winnersReading.values };
  const winnersList = winnersToUse(options.winners, winnersReading, winnersSheets);
  const officerDirections = options.directions ?? directionSheets.flatMap(({ directions }) => directions);

  // concat copies the rows in one go, where flatMap takes each row on its own: half a millisecond a 10,000 rows.
  const entries = ([] as Entry[]).concat(...tables.map((table) => table.entries));
  const tableByName = new Map(tables.map((table) => [table.name, table]));
  const codes = entries.map(readCode);
  const recommenders = assignRecommenders(tables, profile, options.recommenderType);
  const ctx: RuleContext = {
    profile,
    tables,
    entries,
    tableOf: (entry) => tableByName.get(entry.sheet)!,
    titleOf: perRow(entries.length, (entry) => titleKeys(filledText(entry, 'project'))),
    codes,
    units: identifyUnits(entries, codes, (name) => parentOfPart(name, profile)),
    recommenders,
    countsUp: countsUpIn(recommenders, entries.length),
    directions: new DirectionList(profile, officerDirections.length > 0 ? officerDirections : undefined),
    ...(winnersList
      ? { winners: new PreviousWinners(winnersList.list, (key) => legalPersonOf(key, profile)) }
      : {}),
  };

  const findings: Finding[] = [];
  const rules = RULE_IDS.map((id) => RULES[id]);
  const rowRules = rules.filter((rule) => rule.row !== undefined);
  // Every rule reads a row while its cells are in the cache: on a long sheet, a pass of each rule over all the rows
  // waited on memory more than it worked. The order the findings come in is the report's only after sorting anyway.
  // forEach, not for…of: this loop runs once per check, mostly unoptimised, where for…of allocates at every row.
  entries.forEach((entry) => {
    for (const rule of rowRules) {
      const found = rule.row!(entry, ctx);
      if (found.length > 0) findings.push(...found);
    }
  });
  // One by one: spread into push's arguments, a rule's findings on a large pool (a hundred thousand similar titles)
  // overflowed the stack.
  for (const rule of rules) if (rule.end) for (const finding of rule.end(ctx)) findings.push(finding);

  const sorted = inReportOrder(onHiddenSheets(findings, tables), grid);
  const errors = sorted.filter((finding) => finding.severity === 'error').length;
  return {
    ok: true,
    result: {
      profile: profile.id,
      profileNumbers: profileNumbers(profile),
      valid: errors === 0,
      sheets: tables.map(sheetReport),
      skippedSheets,
      summarySheets: summarySheets(ctx),
      findings: sorted,
      summary: summarise(ctx),
      directionList:
        !options.directions && directionSheets.length > 0
          ? { ...ctx.directions.info, source: 'sheet', sheets: directionSheets.map(({ name }) => name) }
          : ctx.directions.info,
      ...(winnersList ? { winnersList: { ...winnersList.list.info, ...winnersList.source } } : {}),
      marksPresent: hasMarks(grid),
      copiedCells: tables.flatMap((table) =>
        table.copied.map(({ row, column, fromRow }) => ({
          sheet: table.name,
          row,
          column: columnLetter(column),
          fromRow,
        })),
      ),
      stats: { errors, warnings: findings.length - errors, rows: entries.length },
    },
  };
}

/**
 * The previous winners list to check against: the officer's, else the one the workbook keeps in its winners sheets,
 * if any, with where it came from. A winners sheet of no winners (a template's) is a list of none, as the report says.
 */
function winnersToUse(
  given: WinnersList | undefined,
  reading: ListReading<WinnersList> | undefined,
  sheets: readonly SheetGrid[],
): { list: WinnersList; source: ListSource } | undefined {
  if (given) return { list: given, source: { source: 'file' } };
  const list = reading?.ok ? reading.list : reading?.failure === 'empty' ? new WinnersList([]) : undefined;
  return list && { list, source: { source: 'sheet', sheets: sheets.map(({ name }) => name) } };
}
