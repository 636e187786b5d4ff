import type { WorkbookGrid } from '../core/grid';
import { isOurSheet, OUR_SHEET_NAMES, SUMMARY_KINDS, type OurSheetKind } from '../core/our-sheets';

/** A sheet of ours that could not take its own name, because a sheet of the officer's has it. */
export interface RenamedSheet {
  wanted: string;
  actual: string;
}

/** The names our sheets take this time, which of them were renamed, and which sheets of ours are there now. */
export interface OurSheetNaming {
  names: Record<OurSheetKind, string>;
  renamed: RenamedSheet[];
  existing: string[];
}

/**
 * Names our sheets: each takes its fixed name, replacing our own sheet of that name. A sheet of the officer's that
 * has the name is never overwritten: ours takes a suffix, （校验助手）, then （校验助手2）…
 */
export function nameOurSheets(grid: WorkbookGrid): OurSheetNaming {
  const existing = grid.sheets.filter(isOurSheet).map((sheet) => sheet.name);
  const officers = new Set(
    grid.sheets.filter((sheet) => !isOurSheet(sheet)).map((sheet) => sheet.name.toLowerCase()),
  );
  const renamed: RenamedSheet[] = [];
  const names = {} as Record<OurSheetKind, string>;
  for (const [kind, wanted] of Object.entries(OUR_SHEET_NAMES) as [OurSheetKind, string][]) {
    let actual = wanted;
    for (let n = 1; officers.has(actual.toLowerCase()); n++)
      actual = `${wanted}（校验助手${n === 1 ? '' : n}）`;
    if (actual !== wanted) renamed.push({ wanted, actual });
    names[kind] = actual;
  }
  return { names, renamed, existing };
}

/** The suffix our sheet takes beside an officer's sheet of the same name: （校验助手）, （校验助手2）… */
const SUFFIX = /（校验助手\d*）$/u;

/** The kind of one of our sheets by its name, with or without the suffix; undefined for another name. */
function ourSheetKind(name: string): OurSheetKind | undefined {
  const base = name.replace(SUFFIX, '');
  return (Object.keys(OUR_SHEET_NAMES) as OurSheetKind[]).find((kind) => OUR_SHEET_NAMES[kind] === base);
}

/**
 * True for the name of our report sheet, with or without the suffix. A signed sheet that the officer renamed has
 * neither our report's nor a summary tab's name: it is the officer's to keep, and only clearing all removes it.
 */
export function isReportSheet(name: string): boolean {
  return ourSheetKind(name) === 'report';
}

/** True for the name of one of our summary tabs. */
export function isSummaryTab(name: string): boolean {
  const kind = ourSheetKind(name);
  return kind !== undefined && SUMMARY_KINDS.includes(kind);
}
