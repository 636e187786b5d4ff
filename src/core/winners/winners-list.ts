import { columnLetter } from '../column-letter';
import type { SheetGrid, WorkbookGrid } from '../grid';
import { namesRecommendations, namesWinnersList, type ListReading } from '../list-sheets';
import { titleKeys, type TitleKeys } from '../normalise/title-keys';
import type { Field } from '../fields';
import type { Profile } from '../profile';
import { isUsableCode, readCode } from '../table/code-reading';
import { fieldText } from '../table/entry';
import type { HeaderRequirement } from '../table/find-header';
import { HeaderMatcher } from '../table/header-match';
import { readTable, type SheetTable } from '../table/read-table';
import { endsAsUnit } from '../units/unit-endings';
import { withoutRoleNotes } from '../units/unit-notes';

/** One previous winner (前期揭榜优胜项目) as a published list gives it. */
export interface Winner {
  project: string;
  unit: string;
  direction: string;
  /** The credit codes that a list with a 统一社会信用代码 column gives its units, where it gives any. */
  codes?: string[];
}

/**
 * What a previous winners list holds: its winners, and how many of them have a project title. A published 优胜单位名单
 * names units and directions only: its titles can't be compared, so `previous-winner` can't fire for them.
 */
export interface WinnersListInfo {
  winners: number;
  titled: number;
  /**
   * In a list read without a 项目名称 column, the headers of its columns that no wording names, one of which may hold
   * the titles (成果名称): the report names them rather than say that the list has no titles.
   */
  unreadHeaders?: string[];
}

/**
 * The previous winners, indexed by normalised title (reference §1; `PreviousWinners` finds them by unit, as a check
 * identifies units). A title is indexed twice: as a project (`titleKey`), and without its spaces, punctuation and case
 * (`similarityKey`), so that “天璇”芯片 written 天璇芯片 is still the winner.
 */
export class WinnersList {
  private readonly byTitle = new Map<string, Winner[]>();
  private readonly bySimilarTitle = new Map<string, Winner[]>();
  readonly info: WinnersListInfo;

  constructor(
    readonly winners: readonly Winner[],
    unreadHeaders: readonly string[] = [],
  ) {
    for (const winner of winners) {
      const { exact, similar } = titleKeys(winner.project);
      if (exact) addWinner(this.byTitle, exact, winner);
      if (similar) addWinner(this.bySimilarTitle, similar, winner);
    }
    const titled = winners.filter((winner) => winner.project !== '').length;
    this.info = {
      winners: winners.length,
      titled,
      ...(titled === 0 && unreadHeaders.length > 0 ? { unreadHeaders: [...unreadHeaders] } : {}),
    };
  }

  /**
   * Winners with a title of these keys as a project; else those whose title differs from it only in spaces,
   * punctuation and case. No winner has an empty title.
   */
  withTitle({ exact, similar }: TitleKeys): readonly Winner[] {
    return this.byTitle.get(exact) ?? this.bySimilarTitle.get(similar) ?? [];
  }
}

/** Adds a winner under a key, once however often its units give the key. */
export function addWinner(map: Map<string, Winner[]>, key: string, winner: Winner): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [winner]);
  else if (list[list.length - 1] !== winner) list.push(winner);
}

/** The profile's header wordings with those that only winners lists use (优胜单位, 单位) added after them. */
function winnerWordings(profile: Profile): Profile {
  const headers: Partial<Record<Field, string[]>> = { ...profile.headers };
  for (const [field, wordings] of Object.entries(profile.winnerHeaders ?? {}) as [Field, string[]][])
    headers[field] = [...(headers[field] ?? []), ...wordings];
  return { ...profile, headers };
}

const WINNERS_TABLE: HeaderRequirement = {
  anchors: ['project', 'unit'],
  names: [['project'], ['unit', 'direction']],
  minFields: 1,
};

/** A sheet of a winners list and the table read from it. */
interface WinnersSheet {
  sheet: SheetGrid;
  table: SheetTable;
}

/**
 * Whether a sheet's table is a recommendation table rather than a winners list: its name or title names one
 * (推荐汇总表), it has the 推荐单位（盖章） line or a 是否推荐 / 推荐排序 column, or it gives each unit's credit code
 * with a contact or a phone, which no published winners list does.
 */
function isRecommendationTable(sheet: SheetGrid, table: SheetTable): boolean {
  const { columns } = table.header;
  return (
    namesRecommendations(sheet) ||
    table.heading.lineName !== undefined ||
    columns.choice !== undefined ||
    (columns.uscc !== undefined && (columns.phone !== undefined || columns.contact !== undefined))
  );
}

/**
 * Reads a previous winners list from the sheets whose columns are detected like a recommendation sheet's, with the
 * profile's `winnerHeaders` wordings besides (a published list heads its units 优胜单位 or 单位). A sheet needs a
 * 项目名称 column, or both a unit and a direction column: many published 优胜单位名单 name no projects, and their
 * units are still worth a `previous-winner-unit` warning. A list without a unit column gives winners whose unit is
 * '', and `previous-winner` then says that the units could not be compared.
 * A workbook may hold the list beside a recommendation table, or be the recommendation workbook itself: a sheet that
 * calls itself a winners list (`namesWinnersList`) is read, and so is any other but a recommendation table (see
 * `isRecommendationTable`). A workbook of recommendation tables alone holds no winners list.
 * A list is refused where checking against it would say nothing false but find nothing either: a table of no winners
 * (its header alone), or one whose formulas the file holds no results of, written by a program that does not
 * calculate them (what Excel would show there is unknown, as for the workbook itself). The host marks such a sheet
 * when the file asks to be calculated on opening; a list of no winners whose cells are formulas without a result is
 * one too, whatever the file asks.
 */
export function parseWinners(grid: WorkbookGrid, profile: Profile): ListReading<WinnersList> {
  const matcher = new HeaderMatcher(winnerWordings(profile));
  const tables = grid.sheets.flatMap((sheet) => {
    const table = readTable(sheet, profile, matcher, WINNERS_TABLE);
    return table ? [{ sheet, table }] : [];
  });
  if (tables.length === 0) return { ok: false, failure: 'no-table' };
  const lists = tables.filter(
    ({ sheet, table }) => namesWinnersList(sheet) || !isRecommendationTable(sheet, table),
  );
  if (lists.length === 0) return { ok: false, failure: 'recommendations-only' };
  const list = winnersListOf(lists);
  const empty = list.info.winners === 0;
  for (const { sheet, table } of lists) {
    const formula = sheet.uncalculated ?? (empty ? resultlessFormula(sheet, table.header.bottom) : undefined);
    if (!formula) continue;
    const values = { sheet: sheet.name, cell: `${columnLetter(formula.column)}${formula.row}` };
    return { ok: false, failure: 'formulas-not-calculated', values };
  }
  return empty ? { ok: false, failure: 'empty' } : { ok: true, list };
}

/** The winners of these sheets. */
function winnersListOf(sheets: readonly WinnersSheet[]): WinnersList {
  const unread = sheets
    .filter(({ table }) => table.header.columns.project === undefined)
    .flatMap(({ sheet, table }) => unreadHeaders(sheet, table));
  return new WinnersList(
    sheets.flatMap(({ table }) => winnersOf(table)),
    [...new Set(unread)],
  );
}

/**
 * The first cell under a table's header whose value is null: a formula whose result the file does not hold (the
 * hosts read an empty cell as none, and a formula as its result: see `CellValue`).
 */
function resultlessFormula(
  sheet: SheetGrid,
  headerBottom: number,
): { row: number; column: number } | undefined {
  for (let r = headerBottom; r < sheet.rows.length; r++) {
    const column = sheet.rows[r]!.findIndex((cell) => cell?.value === null);
    if (column >= 0) return { row: r + 1, column: column + 1 };
  }
  return undefined;
}

/**
 * Whether a sheet of the workbook being checked is a previous winners list: it calls itself one
 * (`namesWinnersList`) and holds a winners table that is no recommendation table (see `isRecommendationTable`): a
 * sheet of the projects pushed for 优胜 (优胜推荐, 争创优胜项目推荐) gives its units' credit codes and phones, and is data.
 */
export function isWinnersListSheet(sheet: SheetGrid, profile: Profile): boolean {
  if (!namesWinnersList(sheet)) return false;
  const table = readTable(sheet, profile, new HeaderMatcher(winnerWordings(profile)), WINNERS_TABLE);
  return table !== undefined && !isRecommendationTable(sheet, table);
}

/** The texts of a table's header cells that name no field (成果名称, 备注), in the order of their columns. */
function unreadHeaders(sheet: SheetGrid, table: SheetTable): string[] {
  const named = new Set(Object.values(table.header.columns));
  const texts: string[] = [];
  for (let row = table.header.top; row <= table.header.bottom; row++) {
    sheet.rows[row - 1]?.forEach((cell, i) => {
      const text = cell?.text.trim();
      if (text && !named.has(i + 1)) texts.push(text);
    });
  }
  return texts;
}

/**
 * A unit's row added to the winner's unit: one more unit where the winner's ends as a unit's name does (甲科技有限公司
 * / 乙大学, a joint winner's units one a row), else the rest of a name cut where it wrapped (北京甲智能科技有 / 限公司).
 */
const withUnit = (unit: string, more: string): string =>
  !unit || !more || endsAsUnit(withoutRoleNotes(unit)) ? joinedUnits(unit, more) : unit + more;

/** Units joined into one cell, as a published list writes the units of a joint winner. */
const joinedUnits = (...units: string[]): string => units.filter(Boolean).join('、');

/**
 * The winners of one sheet's table. A list writes a joint winner's units one a row under one merged 序号 and title;
 * saved as CSV, the merge is gone and the rows after the first are left with a unit alone: in a list that names
 * projects, a row without 序号 and title is one more unit of the winner above it, not a winner of its own. A list
 * pasted from the published PDF wraps a long title or unit onto a row without 序号 (面向数据中心的高能 / 效训练芯片):
 * in a numbered list, such a row goes on with the cells of the numbered row above it where it has a title and either
 * no unit or the unit above is cut inside its name (see `withUnit`); a row whose title and unit are whole, under a
 * whole unit, stays a winner of its own. A row's credit code, where the list has a 统一社会信用代码 column, is its
 * winner's, as its unit is.
 */
function winnersOf(table: SheetTable): Winner[] {
  const winners: Winner[] = [];
  const { project: titleColumn, seq: seqColumn } = table.header.columns;
  let last: Winner | undefined;
  let lastNumbered = false;
  for (const entry of table.entries) {
    const project = fieldText(entry, 'project');
    // A list that gives the joint winners a column of their own (联合揭榜单位, 参与单位) won with them all.
    const unit = joinedUnits(fieldText(entry, 'unit'), fieldText(entry, 'jointUnit'));
    const direction = fieldText(entry, 'direction');
    const numbered = fieldText(entry, 'seq') !== '';
    const reading = readCode(entry);
    const code = isUsableCode(reading) ? reading.code : undefined;
    if (!project && !unit) continue;
    if (last && !numbered && titleColumn !== undefined && !project) last.unit = withUnit(last.unit, unit);
    else if (
      last &&
      !numbered &&
      lastNumbered &&
      seqColumn !== undefined &&
      (!unit || !endsAsUnit(withoutRoleNotes(last.unit)))
    ) {
      last.project += project;
      last.unit = withUnit(last.unit, unit);
      last.direction += direction;
    } else {
      winners.push((last = { project, unit, direction }));
      lastNumbered = numbered;
    }
    if (code !== undefined) (last.codes ??= []).push(code);
  }
  return winners;
}
