/** A legal form at the end of a name, with the group word before it: 有限公司, 股份有限公司, 集团有限公司, 公司, 集团. */
const LEGAL_FORM = /(?:集团)?(?:股份)?(?:有限)?(?:责任)?公司$|集团$/u;

/** A bracketed part of a name, after normalisation: the region of 华科智能(北京)科技有限公司. */
const BRACKETED = /\([^()]*\)/gu;

/**
 * The similarity key of a unit's name key (see unitKey): without its bracketed parts and its legal form (reference
 * §7), so that 星河智算(深圳)科技有限公司 and 星河智算科技公司 are both 星河智算科技. For comparing only: exact keys
 * keep both, and 华科智能(北京)科技有限公司 and 华科智能(上海)科技有限公司 stay two units.
 */
export const unitSimilarityKey = (key: string): string => key.replace(BRACKETED, '').replace(LEGAL_FORM, '');

/** Whether every character of `short` appears in `long`, in order: 中科院自动化所 in 中国科学院自动化研究所. */
function isLeftOutOf(short: string, long: string): boolean {
  let at = 0;
  for (const character of short) {
    at = long.indexOf(character, at);
    if (at < 0) return false;
    at += character.length;
  }
  return true;
}

/** The numbers in a name, which tell numbered units apart: 第10号 and 第1号, 第五十四研究所 and 第十四研究所. */
const NUMERALS = /[\d零一二三四五六七八九十百千]+/gu;
const numeralsOf = (key: string): string => (key.match(NUMERALS) ?? []).join(' ');

/**
 * Whether a similarity key may be a shorter way to write another: inside it (星河智算科技 in 深圳市星河智算科技), or
 * its abbreviation, the characters left out between the same first and last ones and no number changed
 * (中科院自动化所 of 中国科学院自动化研究所).
 */
const mayShorten = (short: string, long: string): boolean =>
  long.includes(short) ||
  (short[0] === long[0] &&
    short[short.length - 1] === long[long.length - 1] &&
    isLeftOutOf(short, long) &&
    numeralsOf(short) === numeralsOf(long));

/** The characters of a text as 32 bits, one set for each: a set that isn't another's subset rules out isLeftOutOf. */
function characterBits(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) bits |= 1 << (text.charCodeAt(i) % 32);
  return bits;
}

/**
 * Groups the names of units that may be one unit, by their similarity keys (see unitSimilarityKey): two names are of
 * one group when one key may be a shorter way to write the other (see mayShorten), or is the same, and so on through
 * the names between them. Names whose keys differ otherwise (陕西甲科技 and 陕西乙科技, 第1号智能科技 and
 * 第10号智能科技) are clearly different units. Returns each name's group, numbered from 0 in
 * the order of the names. Every pair is compared, mostly by one test of their characters' bits: a code filled down
 * over thousands of units' names costs milliseconds.
 */
export function variantGroups(names: readonly string[]): Int32Array {
  const keys = names.map(unitSimilarityKey);
  const bits = keys.map(characterBits);
  const parent = Int32Array.from(names, (_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const short = keys[i]!.length <= keys[j]!.length ? i : j;
      const long = i + j - short;
      if ((bits[short]! & ~bits[long]!) !== 0 || !mayShorten(keys[short]!, keys[long]!)) continue;
      const a = root(i);
      const b = root(j);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const groupOfRoot = new Map<number, number>();
  return Int32Array.from(names, (_, i) => {
    const r = root(i);
    let group = groupOfRoot.get(r);
    if (group === undefined) groupOfRoot.set(r, (group = groupOfRoot.size));
    return group;
  });
}
