import { isUsableCode, readCode, type CodeReading } from '../table/code-reading';
import { fieldText, type Entry } from '../table/entry';
import { applicantKey, isPlainName } from './applicant-unit';
import { variantGroups } from './unit-variants';

/**
 * Which applicant unit a row belongs to: by its credit code first, by its normalised name second (reference §5).
 * A code that fails its check character is most often a typo, though some pilot codes issued before GB 32100-2015
 * fail it too (reference §5); so it identifies a unit only when nothing better does. A row whose code fails the check,
 * or that has no usable code, joins the unit of its name's one valid code, when the name has exactly one; a row
 * without a usable code otherwise joins its name's one code even if that fails the check. One valid code under two
 * names stays one unit where the names may be one unit's (see variantGroups: 星河智算科技有限公司 and
 * 深圳市星河智算科技公司); under names of clearly different units (a code filled down over 陕西甲科技有限公司 and
 * 陕西乙科技有限公司) it is one unit per name, and a row with the code but no name is a unit of its own. One name under
 * two valid codes stays two units. `uscc-conflict` reports both, and reports a typo'd code beside its name's valid one
 * as well. A part of a unit that is no legal person, as `parentOf` names its
 * parent (a university's school, a company's division or branch: 浙江大学计算机学院, 甲科技有限公司上海分公司), is its
 * parent's by name: a row of it without a code of its own counts with its parent's code or name. A part with a valid
 * code of its own stays its own unit, as any code does: the registration is its, and not-legal-entity tells the
 * officer to write the parent in its place.
 */
export interface UnitIdentity {
  /** The row's unit, as a number that the rows of one unit share; undefined when the row names none. */
  unitOf(entry: Entry): number | undefined;
  /** The row's unit name, normalised, of its applicant where it names several (see applicantKey); or undefined. */
  nameOf(entry: Entry): string | undefined;
  /** The unit that the row's unit name is a part of (see identifyUnits' `parentOf`), normalised; or undefined. */
  parentOf(entry: Entry): string | undefined;
  /** The row's code, where it is well-formed text (see `readCode`), though it may fail its check character. */
  codeOf(entry: Entry): string | undefined;
  /** Whether the row's 申报单位 cell is one plain name (see isPlainName), told without reading the cell again. */
  isPlain(entry: Entry): boolean;
  /** The rows of each unit, in reading order; the units in the order they first appear. */
  readonly units: readonly Entry[][];
  /** The code that identifies each unit, as read (see `readCode`), by the unit's number; undefined for one known by its name. */
  readonly unitCodes: readonly (string | undefined)[];
  /** The rows of each code written under two names or more, in reading order; the codes as they first appear. */
  readonly codesUnderNames: readonly Entry[][];
  /** The rows of each name written with two codes or more, likewise. */
  readonly namesWithCodes: readonly Entry[][];
}

/**
 * Distinct values numbered from 0 as they first appear, and -1 where there is none. A value that the row above has
 * too, as a unit's adjacent rows mostly do, takes its number without a look-up: on a long sheet, each look-up in a map
 * of that many texts waits on memory.
 */
function numbered(values: readonly (string | undefined)[]): { ids: Int32Array; count: number } {
  const idOf = new Map<string, number>();
  const ids = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0 && value === values[i - 1]) {
      ids[i] = ids[i - 1]!;
      continue;
    }
    let id = value === undefined ? -1 : idOf.get(value);
    if (id === undefined) idOf.set(value!, (id = idOf.size));
    ids[i] = id;
  }
  return { ids, count: idOf.size };
}

const NONE = -1;
const SEVERAL = -2;

/** What each value is seen with on the same rows: the number of the one other value, NONE, or SEVERAL. */
function seenWith(ids: Int32Array, count: number, otherIds: Int32Array): Int32Array {
  const companions = new Int32Array(count).fill(NONE);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const other = otherIds[i]!;
    if (id < 0 || other < 0 || companions[id] === other) continue;
    companions[id] = companions[id] === NONE ? other : SEVERAL;
  }
  return companions;
}

/** The rows of each value that `wanted` accepts, grouped, in reading order; the groups as their values appear. */
function rowsOf(entries: readonly Entry[], ids: Int32Array, wanted: (id: number) => boolean): Entry[][] {
  const groupOf = new Map<number, Entry[]>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id < 0 || !wanted(id)) continue;
    const rows = groupOf.get(id);
    if (rows) rows.push(entries[i]!);
    else groupOf.set(id, [entries[i]!]);
  }
  return [...groupOf.values()];
}

/**
 * The key of a row's unit, in order of trust: its valid code; its name's one valid code (the row's own code, if it
 * has one, fails the check and is most likely a typo); its own code that fails the check; its name's one code; its
 * name's key; -1 when the row names no unit.
 */
function unitKey(
  code: number,
  codePasses: boolean,
  nameValidCode: number,
  nameCode: number,
  name: number,
): number {
  if (code >= 0 && codePasses) return code;
  if (nameValidCode >= 0) return nameValidCode;
  if (code >= 0) return code;
  if (nameCode >= 0) return nameCode;
  return name;
}

/**
 * What a name is seen with (see seenWith), or, for a part of a unit that is seen with nothing itself, what its parent's
 * own rows are seen with.
 */
function orParents(seen: Int32Array, nameId: number, parentId: number): number {
  const own = nameId < 0 ? NONE : seen[nameId]!;
  return own === NONE && parentId >= 0 ? seen[parentId]! : own;
}

/**
 * For each code written under names of clearly different units (see variantGroups), the group of each name it is
 * written under, by the names' numbers.
 */
function splitCodes(
  codeIds: Int32Array,
  nameIds: Int32Array,
  nameOfCode: Int32Array,
  nameText: readonly string[],
): Map<number, Map<number, number>> {
  const namesOfCode = new Map<number, Set<number>>();
  for (let i = 0; i < codeIds.length; i++) {
    const codeId = codeIds[i]!;
    if (codeId < 0 || nameIds[i]! < 0 || nameOfCode[codeId] !== SEVERAL) continue;
    let names = namesOfCode.get(codeId);
    if (!names) namesOfCode.set(codeId, (names = new Set()));
    names.add(nameIds[i]!);
  }
  const split = new Map<number, Map<number, number>>();
  for (const [codeId, names] of namesOfCode) {
    const ids = [...names];
    const groups = variantGroups(ids.map((id) => nameText[id]!));
    if (groups.some((group) => group > 0)) split.set(codeId, new Map(ids.map((id, i) => [id, groups[i]!])));
  }
  return split;
}

/** The rows' applicant names (see applicantKey) and the parents they are parts of, numbered together. */
interface NumberedNames {
  name: { ids: Int32Array; count: number };
  /** By row, the number of the parent its name is a part of, or -1. */
  parentIds: Int32Array;
  /** The names by their numbers. */
  nameText: string[];
  /** By row, 1 where the 申报单位 cell is one plain name (see isPlainName). */
  plain: Uint8Array;
}

/** The name of a number, undefined for -1 (none). */
const numberedText = (texts: readonly string[], id: number) => (id < 0 ? undefined : texts[id]);

/**
 * Numbers each row's applicant name as it first appears, and the parent of each name (see identifyUnits' `parentOf`)
 * among the names, so that a part's parent has the number of its rows' own name. Each name is keyed and its parent
 * looked for once: a row that writes the row above's cell again, as a unit's adjacent rows mostly do, takes its
 * numbers.
 */
function numberedNames(
  entries: readonly Entry[],
  parentOf: (name: string) => string | undefined,
): NumberedNames {
  const idOf = new Map<string, number>();
  const nameText: string[] = [];
  // By a name's number: the number of its parent, -1 for none, undefined until a row's name asks.
  const parentOfId: (number | undefined)[] = [];
  const number = (key: string) => {
    let id = idOf.get(key);
    if (id === undefined) {
      idOf.set(key, (id = nameText.length));
      nameText.push(key);
    }
    return id;
  };
  const ids = new Int32Array(entries.length).fill(-1);
  const parentIds = new Int32Array(entries.length).fill(-1);
  const plain = new Uint8Array(entries.length);
  let previous: string | undefined;
  for (let i = 0; i < entries.length; i++) {
    const text = fieldText(entries[i]!, 'unit');
    if (i > 0 && text === previous) {
      ids[i] = ids[i - 1]!;
      parentIds[i] = parentIds[i - 1]!;
      plain[i] = plain[i - 1]!;
      continue;
    }
    previous = text;
    const isPlain = isPlainName(text);
    if (isPlain) plain[i] = 1;
    const key = applicantKey(text, isPlain);
    if (key === undefined) continue;
    const id = number(key);
    let parentId = parentOfId[id];
    if (parentId === undefined) {
      const parent = parentOf(key);
      parentOfId[id] = parentId = parent === undefined ? -1 : number(parent);
    }
    ids[i] = id;
    parentIds[i] = parentId;
  }
  return { name: { ids, count: nameText.length }, parentIds, nameText, plain };
}

/**
 * Builds the identity over every row of every checked sheet, each at its index, from their codes as read (see
 * `readCode`). Names and codes are numbered once, so that grouping the rows by unit costs no look-up of text.
 */
export function identifyUnits(
  entries: readonly Entry[],
  readings: readonly (CodeReading | undefined)[] = entries.map(readCode),
  parentOf: (name: string) => string | undefined = () => undefined,
): UnitIdentity {
  const { name, parentIds, nameText, plain } = numberedNames(entries, parentOf);
  const codes = readings.map((reading) => (isUsableCode(reading) ? reading.code : undefined));
  const code = numbered(codes);
  const codeOfName = seenWith(name.ids, name.count, code.ids);
  // A part that writes its parent's code (浙江大学计算机学院 with 浙江大学's) is no other name under that code.
  const countedNameIds = name.ids.map((id, i) => (parentIds[i]! >= 0 ? parentIds[i]! : id));
  const nameOfCode = seenWith(code.ids, code.count, countedNameIds);
  const splitCode = splitCodes(code.ids, countedNameIds, nameOfCode, nameText);
  // The units of a split code, by the code's number and the group of their name; '' for its rows without a name.
  const splitUnits = new Map<string, number>();
  // The same, counting only the codes that pass their check character.
  const passes = new Uint8Array(code.count);
  for (let i = 0; i < entries.length; i++) {
    const reading = readings[i];
    if (reading !== undefined && reading.problem === undefined) passes[code.ids[i]!] = 1;
  }
  const validIds = code.ids.map((id) => (id >= 0 && passes[id] ? id : -1));
  const validCodeOfName = seenWith(name.ids, name.count, validIds);
  // A unit is known by its code's number, or by the number of its name after every code's.
  const unitNumbers = new Int32Array(code.count + name.count).fill(-1);
  const unitOfRow = new Int32Array(entries.length).fill(-1);
  const units: Entry[][] = [];
  const unitCodes: (string | undefined)[] = [];
  const codeById: string[] = [];
  codes.forEach((written, i) => {
    if (written !== undefined) codeById[code.ids[i]!] = written;
  });
  for (let i = 0; i < entries.length; i++) {
    const codeId = code.ids[i]!;
    const nameId = name.ids[i]!;
    const parentId = parentIds[i]!;
    const key = unitKey(
      codeId,
      codeId >= 0 && passes[codeId] === 1,
      orParents(validCodeOfName, nameId, parentId),
      orParents(codeOfName, nameId, parentId),
      countedNameIds[i]! < 0 ? -1 : code.count + countedNameIds[i]!,
    );
    if (key < 0) continue;
    const groups = key < code.count ? splitCode.get(key) : undefined;
    const splitKey = groups && `${key}:${groups.get(countedNameIds[i]!) ?? ''}`;
    const unit = splitKey === undefined ? unitNumbers[key]! : (splitUnits.get(splitKey) ?? -1);
    if (unit < 0) {
      unitOfRow[i] = units.length;
      if (splitKey === undefined) unitNumbers[key] = units.length;
      else splitUnits.set(splitKey, units.length);
      // Most units have one row: an array of it, where an empty array's first push makes room for 17.
      units.push([entries[i]!]);
      unitCodes.push(key < code.count ? codeById[key] : undefined);
    } else {
      unitOfRow[i] = unit;
      units[unit]!.push(entries[i]!);
    }
  }
  return {
    unitOf: (entry) => (unitOfRow[entry.index]! < 0 ? undefined : unitOfRow[entry.index]),
    nameOf: (entry) => numberedText(nameText, name.ids[entry.index]!),
    parentOf: (entry) => numberedText(nameText, parentIds[entry.index]!),
    codeOf: (entry) => codes[entry.index],
    isPlain: (entry) => plain[entry.index] === 1,
    units,
    unitCodes,
    codesUnderNames: rowsOf(entries, code.ids, (id) => nameOfCode[id] === SEVERAL),
    namesWithCodes: rowsOf(entries, name.ids, (id) => codeOfName[id] === SEVERAL),
  };
}
