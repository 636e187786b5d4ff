import {
  exactTitleKey,
  normalise,
  TYPED_EITHER_WAY,
  withoutProjectWord,
  withoutSpaces,
  withoutWrapping,
} from './normalise';
import { NORMAL_BUT_PARENTHESES } from './patterns';
import { codeUnitAt } from './code-units';

/**
 * Punctuation and spaces carry no meaning in a title's similarity. A character is first tested for being no CJK
 * ideograph, ASCII letter or digit, which passes over most of a title quickly; only the few left take the slow
 * test of the Unicode categories, looking behind.
 */
const NOISE = /[^\u4E00-\u9FFFA-Za-z0-9](?<=[\s\p{P}\p{S}])/gu;

const similarityKeyOfNormal = (normal: string) => withoutProjectWord(normal.replace(NOISE, '').toLowerCase());

/** The similarity key of a title: normalised, without spaces, punctuation and a trailing 项目, lower-case. */
export function similarityKey(title: string): string {
  return similarityKeyOfNormal(normalise(title));
}

/** The two keys a title is compared by: as a project (`titleKey`), and for similarity (`similarityKey`). */
export interface TitleKeys {
  exact: string;
  similar: string;
}

/**
 * What making the keys does to one UTF-16 code unit, for the code units whose part in the keys does not depend on
 * their neighbours. Anything else (spaces, what NFKC folds, surrogates, letters outside ASCII) is `Kind.Other`, and a
 * title holding one takes the keys' definitions as written.
 */
const enum Kind {
  Unknown,
  Other,
  /** In both keys as it is: a CJK ideograph, a lower-case letter, a digit. */
  Kept,
  /** In both keys, lower-cased: an ASCII capital. */
  Capital,
  /** In the exact key as it is, and left out of the similarity key: 《 》 “ ” 、 . - … */
  Mark,
  /** （ or ）: ASCII in the exact key, left out of the similarity key. */
  FullWidthParenthesis,
}

const kinds = new Uint8Array(0x10000);

/** The kind of a code unit, worked out from the keys' definitions the first time it is met. */
function kindOf(unit: number): Kind {
  const known: Kind = kinds[unit]!;
  if (known !== Kind.Unknown) return known;
  const kind = kindFromDefinitions(unit);
  kinds[unit] = kind;
  return kind;
}

function kindFromDefinitions(unit: number): Kind {
  const char = String.fromCharCode(unit);
  // Only a text made of these is normalised character by character (normalise's fast paths): NFKC, spaces and
  // any other character make a character's keys depend on its neighbours.
  if (!NORMAL_BUT_PARENTHESES.allOf(char)) return Kind.Other;
  const exact = withoutSpaces(normalise(char));
  const similar = similarityKey(char);
  if (exact === char && similar === char) return Kind.Kept;
  if (exact === char && similar === '') return Kind.Mark;
  if (exact === char && similar === char.toLowerCase()) return Kind.Capital;
  if (exact === asciiParenthesis(unit) && similar === '') return Kind.FullWidthParenthesis;
  return Kind.Other;
}

/** The places of a title's marks and full-width parentheses, the code units the keys leave out or replace. */
let cuts = new Int32Array(64);

/** The title without the code units at `count` cuts: its similarity key, but for case. */
function withoutCuts(title: string, count: number): string {
  let key = '';
  let from = 0;
  for (let c = 0; c < count; c++) {
    key += title.slice(from, cuts[c]);
    from = cuts[c]! + 1;
  }
  return key + title.slice(from);
}

/** The straight mark that the exact key writes for a curly quote or a dash (see exactTitleKey). */
const UNIFORM = new Map<number, string>([
  ...TYPED_EITHER_WAY.flatMap(({ marks, straight }) =>
    [...marks].map((mark) => [mark.charCodeAt(0), straight] as const),
  ),
  [0x2d, '-'],
]);

/**
 * What the exact key writes for the mark `unit` after the code unit `before`: a straight quote for a curly one, one
 * hyphen for a run of dashes (nothing for a dash after another), or undefined where the mark stays as it is.
 */
function uniformMark(unit: number, before: number): string | undefined {
  const uniform = UNIFORM.get(unit);
  if (uniform !== '-') return uniform;
  if (UNIFORM.get(before) === '-') return '';
  return unit === 0x2d ? undefined : uniform;
}

/**
 * The title with the code units at `count` cuts written as the exact key writes them: ASCII parentheses for
 * full-width ones, and the quotes and dashes made uniform as exactTitleKey makes them, in one pass.
 */
function withUniformCuts(title: string, count: number): string {
  let key = '';
  let from = 0;
  for (let c = 0; c < count; c++) {
    const at = cuts[c]!;
    const unit = codeUnitAt(title, at);
    const written =
      kinds[unit] === Kind.FullWidthParenthesis
        ? asciiParenthesis(unit)
        : uniformMark(unit, codeUnitAt(title, at - 1));
    if (written === undefined) continue;
    key += title.slice(from, at) + written;
    from = at + 1;
  }
  return key + title.slice(from);
}

const asciiParenthesis = (unit: number) => (unit === 0xff08 ? '(' : ')');

/**
 * Both keys of a title. Most titles are CJK ideographs, ASCII, a few marks and full-width parentheses: for them
 * each code unit's part is looked up and the keys are cut out of the title, which costs a few joins instead of
 * passes of regular expressions. Any other title is normalised once and keyed as the definitions say; both ways
 * give the same keys.
 */
export function titleKeys(title: string): TitleKeys {
  const length = title.length;
  if (cuts.length < length) cuts = new Int32Array(2 * length);
  let count = 0;
  let capitals = 0;
  for (let i = 0; i < length; i++) {
    switch (kindOf(codeUnitAt(title, i))) {
      case Kind.Other: {
        const normal = normalise(title);
        return {
          exact: exactTitleKey(withoutSpaces(normal)),
          similar: similarityKeyOfNormal(normal),
        };
      }
      case Kind.FullWidthParenthesis:
      case Kind.Mark:
        cuts[count++] = i;
        break;
      case Kind.Capital:
        capitals++;
        break;
    }
  }
  const exact = count === 0 ? title : withUniformCuts(title, count);
  const similar = count === 0 ? title : withoutCuts(title, count);
  return {
    exact: withoutWrapping(capitals === 0 ? exact : exact.toLowerCase()),
    similar: withoutProjectWord(capitals === 0 ? similar : similar.toLowerCase()),
  };
}
