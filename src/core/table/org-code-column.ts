import { compactKey } from '../normalise/normalise';
import { fieldText, type Entry } from './entry';
import type { HeaderLocation } from './find-header';

/** The length of a 统一社会信用代码 (GB 32100); an old 组织机构代码 has 9 characters (GB 11714). */
const CREDIT_CODE_LENGTH = 18;

/** A cell of 18 characters, or an 18-digit number (a code typed as a number, whose text may show it otherwise). */
function looksLikeCreditCode(entry: Entry): boolean {
  const value = entry.cells.orgCode?.value;
  if (typeof value === 'number') return value >= 1e17 && value < 1e18;
  return compactKey(fieldText(entry, 'orgCode')).length === CREDIT_CODE_LENGTH;
}

/**
 * Whether a sheet's 组织机构代码 column holds credit codes, as units now fill an old template's column: it is the
 * sheet's only code column, and more than half its filled cells are 18 characters long. Read as an old code
 * column, every code in it would go unchecked.
 */
export function holdsCreditCodes(header: HeaderLocation, entries: readonly Entry[]): boolean {
  if (header.columns.orgCode === undefined || header.columns.uscc !== undefined) return false;
  let filled = 0;
  let creditCodes = 0;
  for (const entry of entries) {
    if (!fieldText(entry, 'orgCode')) continue;
    filled++;
    if (looksLikeCreditCode(entry)) creditCodes++;
  }
  return 2 * creditCodes > filled;
}

/** The header with its 组织机构代码 column read as the credit code column. */
export function orgCodeAsCreditCode(header: HeaderLocation): HeaderLocation {
  const { orgCode: column, ...columns } = header.columns;
  const { orgCode: label, ...labels } = header.labels;
  return { ...header, columns: { ...columns, uscc: column }, labels: { ...labels, uscc: label } };
}
