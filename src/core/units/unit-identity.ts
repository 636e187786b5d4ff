import { normalise } from '../normalise/normalise';
import { fieldText, type Entry } from '../table/entry';
import { canonicalUscc, usccProblem } from '../uscc';

/**
 * Which applicant unit a row belongs to: by its credit code first, by its normalised name second (reference §5).
 * A row without a usable code joins the unit whose name it shares, when that name has exactly one code.
 * One code under two names stays one unit, and one name under two codes stays two: `uscc-conflict` reports both.
 */
export interface UnitIdentity {
  keyOf(entry: Entry): string | undefined;
  /** The row's unit name, normalised; undefined when it is empty. */
  nameOf(entry: Entry): string | undefined;
  /** The row's usable code (see `usableCode`). */
  codeOf(entry: Entry): string | undefined;
  /** The rows of each unit, in reading order. */
  readonly units: ReadonlyMap<string, Entry[]>;
}

/** What the identity knows of one row. */
interface RowIdentity {
  key: string | undefined;
  name: string | undefined;
  code: string | undefined;
}

/** The code a row carries, when it is well-formed text (a code typed as a number has lost its digits). */
function usableCode(entry: Entry): string | undefined {
  const cell = entry.cells.uscc;
  if (!cell || typeof cell.value === 'number' || !cell.text) return undefined;
  const problem = usccProblem(cell.text);
  return problem === undefined || problem === 'check' ? canonicalUscc(cell.text) : undefined;
}

/** Builds the identity over every row of every checked sheet. */
export function identifyUnits(entries: readonly Entry[]): UnitIdentity {
  const names = entries.map((entry) => normalise(fieldText(entry, 'unit')) || undefined);
  const codes = entries.map(usableCode);
  const codesOfName = new Map<string, Set<string>>();
  entries.forEach((_, i) => {
    const [code, name] = [codes[i], names[i]];
    if (!code || !name) return;
    let known = codesOfName.get(name);
    if (!known) codesOfName.set(name, (known = new Set()));
    known.add(code);
  });
  const rows = new Map<Entry, RowIdentity>();
  const units = new Map<string, Entry[]>();
  entries.forEach((entry, i) => {
    const [code, name] = [codes[i], names[i]];
    const known = name ? codesOfName.get(name) : undefined;
    const onlyCode = known?.size === 1 ? [...known][0] : undefined;
    const key = code ? `code:${code}` : onlyCode ? `code:${onlyCode}` : name ? `name:${name}` : undefined;
    rows.set(entry, { key, name, code });
    if (!key) return;
    const unitRows = units.get(key);
    if (unitRows) unitRows.push(entry);
    else units.set(key, [entry]);
  });
  return {
    keyOf: (entry) => rows.get(entry)?.key,
    nameOf: (entry) => rows.get(entry)?.name,
    codeOf: (entry) => rows.get(entry)?.code,
    units,
  };
}
