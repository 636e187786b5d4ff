import fc from 'fast-check';
import type { CellValue } from '../../../src/core/grid';
import type { Entry } from '../../../src/core/table/entry';
import { identifyUnits } from '../../../src/core/units/unit-identity';
import { unitKey } from '../../../src/core/units/unit-key';
import { canonicalUscc, usccProblem } from '../../../src/core/uscc';
import { validUscc } from '../../helpers/uscc';

/** A row with a unit name and a code cell, at its index. */
function row(index: number, unit: string, code: CellValue | undefined): Entry {
  const cells: Entry['cells'] = { unit: { value: unit, text: unit } };
  if (code !== undefined) cells.uscc = { value: code, text: String(code) };
  return { sheet: 'S', row: index + 2, index, hidden: false, cells };
}

/** The names of the property below that may be one unit's, each with the first of them (see variantGroups). */
const VARIANT_OF: Record<string, string> = { 星河智算科技公司: '星河智算科技有限公司' };

/**
 * Reference §5 spelled out, names compared by their unitKey: a row's valid code, else its name's only valid code, else
 * its own code that fails the check character, else its name's only code, else its name. A code written under names
 * of clearly different units (not VARIANT_OF each other) is one unit per name, and one for its rows without a name.
 */
function expectedUnits(entries: readonly Entry[]) {
  const nameOf = (entry: Entry) => unitKey(entry.cells.unit?.text ?? '') || undefined;
  const variantOf = (name: string | undefined) => (name && VARIANT_OF[name]) ?? name;
  const codeOf = (entry: Entry) => {
    const cell = entry.cells.uscc;
    if (!cell || typeof cell.value === 'number' || !cell.text) return undefined;
    const problem = usccProblem(cell.text);
    return problem === undefined || problem === 'check' ? canonicalUscc(cell.text) : undefined;
  };
  const passes = (code: string | undefined) => code !== undefined && usccProblem(code) === undefined;
  const codesOfName = (name: string, only: (code: string | undefined) => boolean) =>
    new Set(entries.filter((e) => nameOf(e) === name && only(codeOf(e))).map((e) => codeOf(e)!));
  const keyOf = (entry: Entry) => {
    const [code, name] = [codeOf(entry), nameOf(entry)];
    const valid = name ? codesOfName(name, passes) : new Set<string>();
    const known = name ? codesOfName(name, (c) => c !== undefined) : new Set<string>();
    const ofCode = (code: string) => {
      const namesOfCode = new Set(
        entries.filter((e) => codeOf(e) === code && nameOf(e)).map((e) => variantOf(nameOf(e))),
      );
      return namesOfCode.size > 1 ? `code:${code}|${variantOf(name) ?? ''}` : `code:${code}`;
    };
    if (passes(code)) return ofCode(code!);
    if (valid.size === 1) return ofCode([...valid][0]!);
    if (code) return ofCode(code);
    if (known.size === 1) return ofCode([...known][0]!);
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
  const A = validUscc(1);
  const typo = `${A.slice(0, 17)}${A.endsWith('0') ? '1' : '0'}`;
  const cases: [string, [string, string][], number[][]][] = [
    [
      'a typo’d code beside its name’s one valid code joins it',
      [
        ['甲', A],
        ['甲', typo],
      ],
      [[0, 1]],
    ],
    [
      'a typo’d code before its name’s valid code joins it too',
      [
        ['甲', typo],
        ['甲', A],
      ],
      [[0, 1]],
    ],
    [
      'a code that fails its check is the unit when its name has no valid code',
      [
        ['甲', typo],
        ['甲 ', typo],
        ['甲公司', typo],
      ],
      [[0, 1, 2]],
    ],
    [
      'a code under the names of two clearly different units is one unit per name, and one without a name',
      [
        ['陕西甲科技有限公司', A],
        ['陕西乙科技有限公司', A],
        ['陕西甲科技有限公司', ''],
        ['', A],
        ['陕西甲科技公司', A],
      ],
      [[0, 2, 4], [1], [3]],
    ],
    [
      'a row without a code joins its name’s one valid code beside a typo',
      [
        ['甲', A],
        ['甲', typo],
        ['甲', ''],
      ],
      [[0, 1, 2]],
    ],
    [
      'a typo’d code under another name stays that name’s',
      [
        ['甲', A],
        ['乙', typo],
      ],
      [[0], [1]],
    ],
    [
      'a typo’d code under a name with two valid codes stays its own',
      [
        ['甲', A],
        ['甲', validUscc(2)],
        ['甲', typo],
      ],
      [[0], [1], [2]],
    ],
  ];
  test.each(cases)('%s', (_, made, groups) => {
    const entries = made.map(([unit, code], i) => row(i, unit, code));
    expect(identifyUnits(entries).units.map((rows) => rows.map((entry) => entry.index))).toEqual(groups);
  });

  test('knows a code pasted with a zero-width space as the same code', () => {
    const code = validUscc(1);
    const entries = [row(0, '星河智算科技有限公司', code), row(1, '星河智算（深圳）', `${code}\u200B`)];
    const identity = identifyUnits(entries);
    expect(identity.units).toEqual([entries]);
    expect(identity.codeOf(entries[1]!)).toBe(code);
  });

  test('groups rows by valid code, then by a name’s only valid code, then by a code failing its check, then by a name’s only code, then by name', () => {
    // Few names and codes, so that names share codes and codes share names; codes may be malformed, fail their
    // check character, be typed as numbers or be missing.
    const name = fc.constantFrom(
      '星河智算科技有限公司',
      '星河智算科技有限公司 ',
      '星河智算 科技有限公司',
      '星河智算科技公司',
      '云图智联科技有限公司',
      '',
      '深圳市甲公司',
    );
    const code = fc.oneof(
      fc.integer({ min: 1, max: 4 }).map((n) => validUscc(n)),
      // The same codes with a one-character typo in the check character.
      fc
        .integer({ min: 1, max: 4 })
        .map((n) => `${validUscc(n).slice(0, 17)}${validUscc(n).endsWith('0') ? '1' : '0'}`),
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
