import fc from 'fast-check';
import type { CellValue } from '../../../src/core/grid';
import { normalise } from '../../../src/core/normalise/normalise';
import type { Entry } from '../../../src/core/table/entry';
import { identifyUnits } from '../../../src/core/units/unit-identity';
import { canonicalUscc, usccProblem } from '../../../src/core/uscc';
import { validUscc } from '../../helpers/uscc';

/** A row with a unit name and a code cell, at its index. */
function row(index: number, unit: string, code: CellValue | undefined): Entry {
  const cells: Entry['cells'] = { unit: { value: unit, text: unit } };
  if (code !== undefined) cells.uscc = { value: code, text: String(code) };
  return { sheet: 'S', row: index + 2, index, hidden: false, cells };
}

/** Reference §5 spelled out: a row's code, else its name's only code, else its name. */
function expectedUnits(entries: readonly Entry[]) {
  const nameOf = (entry: Entry) => normalise(entry.cells.unit?.text ?? '') || undefined;
  const codeOf = (entry: Entry) => {
    const cell = entry.cells.uscc;
    if (!cell || typeof cell.value === 'number' || !cell.text) return undefined;
    const problem = usccProblem(cell.text);
    return problem === undefined || problem === 'check' ? canonicalUscc(cell.text) : undefined;
  };
  const codesOfName = (name: string) =>
    new Set(entries.filter((e) => nameOf(e) === name && codeOf(e)).map((e) => codeOf(e)!));
  const keyOf = (entry: Entry) => {
    const [code, name] = [codeOf(entry), nameOf(entry)];
    const known = name ? codesOfName(name) : new Set<string>();
    if (code) return `code:${code}`;
    if (known.size === 1) return `code:${[...known][0]}`;
    return name ? `name:${name}` : undefined;
  };
  const groups = (keyOfRow: (entry: Entry) => string | undefined) => {
    const found = new Map<string, Entry[]>();
    for (const entry of entries) {
      const key = keyOfRow(entry);
      if (key) found.set(key, [...(found.get(key) ?? []), entry]);
    }
    return [...found.values()];
  };
  const distinct = (rows: Entry[], of: (entry: Entry) => string | undefined) =>
    new Set(rows.map(of).filter((value) => value !== undefined)).size;
  return {
    keyOf,
    nameOf,
    codeOf,
    units: groups(keyOf),
    codesUnderNames: groups(codeOf).filter((rows) => distinct(rows, nameOf) > 1),
    namesWithCodes: groups(nameOf).filter((rows) => distinct(rows, codeOf) > 1),
  };
}

describe('identifyUnits', () => {
  test('knows a code pasted with a zero-width space as the same code', () => {
    const code = validUscc(1);
    const entries = [row(0, '星河智算科技有限公司', code), row(1, '星河智算（深圳）', `${code}\u200B`)];
    const identity = identifyUnits(entries);
    expect(identity.units).toEqual([entries]);
    expect(identity.codeOf(entries[1]!)).toBe(code);
  });

  test('groups rows by code, then by a name’s only code, then by name, as reference §5 says', () => {
    // Few names and codes, so that names share codes and codes share names; codes may be malformed, fail their
    // check character, be typed as numbers or be missing.
    const name = fc.constantFrom(
      '星河智算科技有限公司',
      '星河智算科技有限公司 ',
      '云图智联科技有限公司',
      '',
      '深圳市甲公司',
    );
    const code = fc.oneof(
      fc.integer({ min: 1, max: 4 }).map((n) => validUscc(n)),
      fc.constantFrom('91440300000000011', '914403000000000119', 'ABC', ''),
      fc.constant(9.11201e17),
      fc.constant(undefined),
    );
    const rows = fc.array(fc.tuple(name, code), { maxLength: 30 });
    fc.assert(
      fc.property(rows, (made) => {
        const entries = made.map(([unit, uscc], i) => row(i, unit, uscc));
        const identity = identifyUnits(entries);
        const expected = expectedUnits(entries);
        expect(identity.units).toEqual(expected.units);
        expect(identity.codesUnderNames).toEqual(expected.codesUnderNames);
        expect(identity.namesWithCodes).toEqual(expected.namesWithCodes);
        for (const entry of entries) {
          expect(identity.nameOf(entry)).toBe(expected.nameOf(entry));
          expect(identity.codeOf(entry)).toBe(expected.codeOf(entry));
          for (const other of entries) {
            const same = identity.unitOf(entry) === identity.unitOf(other);
            expect(same).toBe(expected.keyOf(entry) === expected.keyOf(other));
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
