/**
 * Normalisation for comparing text, never for output (reference §7): NFKC, brackets folded, zero-width characters
 * deleted, ideographic spaces, NBSP and line breaks turned into spaces, runs of spaces collapsed, ends trimmed.
 */
import {
  ALL_SPACE,
  ALREADY_NORMAL,
  HAS_SPACE,
  BRACKET_CLOSE,
  BRACKET_OPEN,
  FULL_WIDTH_PARENTHESES,
  NORMAL_BUT_PARENTHESES,
  SPACE_LIKE,
  SPACE_RUN,
  ZERO_WIDTH,
} from './patterns';

/** The exact comparison key of a text: `（北京）` and `(北京)` compare equal, `北京` and `上海` never do. */
export function normalise(text: string): string {
  if (ALREADY_NORMAL.allOf(text)) return text;
  if (NORMAL_BUT_PARENTHESES.allOf(text))
    return text.replace(FULL_WIDTH_PARENTHESES, (p) => (p === '（' ? '(' : ')'));
  // Zero-width characters go before NFKC, which could otherwise not compose the characters around them.
  return text
    .replace(ZERO_WIDTH, '')
    .normalize('NFKC')
    .replace(BRACKET_OPEN, '(')
    .replace(BRACKET_CLOSE, ')')
    .replace(SPACE_LIKE, ' ')
    .replace(SPACE_RUN, ' ')
    .trim();
}

/** The exact key with every space removed, for labels that people type with stray spaces (headers, directions). */
export function compactKey(text: string): string {
  return withoutSpaces(normalise(text));
}

/** A text already normalised, with every space removed: `compactKey` of the text it came from. */
export function withoutSpaces(normal: string): string {
  // Removing a space can bring a letter and its combining mark together: compose them again.
  return HAS_SPACE.test(normal) ? normal.replace(ALL_SPACE, '').normalize('NFKC') : normal;
}

/** Book-title marks or quotes (made uniform) around a whole title, and nothing but its own text between them. */
const ENCLOSING_MARKS = /^(?:《([^《》]+)》|"([^"]+)")$/u;

/** An exact title key, its quotes made straight, without the 《》 or quotes that some officers put around a whole title. */
export function withoutEnclosingMarks(key: string): string {
  // Most titles end in neither mark: they are told so without running the expression.
  if (!key.endsWith('》') && !key.endsWith('"')) return key;
  const enclosed = ENCLOSING_MARKS.exec(key);
  return enclosed ? (enclosed[1] ?? enclosed[2] ?? key) : key;
}

/** The word 项目 after a title's own words (…训练芯片项目), as some officers write it: it names no other project. */
const TRAILING_PROJECT_WORD = '项目';

/** A title key without a trailing 项目, unless that is all it is. */
export function withoutProjectWord(key: string): string {
  return key.length > TRAILING_PROJECT_WORD.length && key.endsWith(TRAILING_PROJECT_WORD)
    ? key.slice(0, -TRAILING_PROJECT_WORD.length)
    : key;
}

/**
 * Marks that end a sentence or a list, as NFKC leaves them (。 and 、; ．，；：！？ and … fold into ASCII ones): some
 * officers type one after a title (训练芯片。), and it ends no project's name.
 */
const TRAILING_MARKS = new Set('。、.,;:!?');

/** A title key without the marks after its end, unless that is all it is. */
function withoutTrailingMarks(key: string): string {
  let end = key.length;
  while (end > 1 && TRAILING_MARKS.has(key[end - 1]!)) end--;
  return key.slice(0, end);
}

/**
 * A title key without what officers write around a title's own words, in whatever order they write it: 《》 or
 * quotes around it, 项目 after it, a full stop after either (《训练芯片》项目。 and “训练芯片。” are 训练芯片).
 */
export function withoutWrapping(key: string): string {
  for (;;) {
    const bare = withoutProjectWord(withoutEnclosingMarks(withoutTrailingMarks(key)));
    if (bare === key) return key;
    key = bare;
  }
}

/**
 * Quote marks and dashes that people type either way in a title, each with the straight mark a keyboard types for
 * it: “”, 「」 or "", ‘’, 『』 or '', —— or -. (The ASCII hyphen is the straight dash itself: only a run of them is
 * made one.) Corner brackets are the quotes of some input methods and of texts copied from traditional Chinese.
 */
export const TYPED_EITHER_WAY: readonly { marks: string; straight: string }[] = [
  { marks: '“”「」', straight: '"' },
  { marks: '‘’『』', straight: "'" },
  { marks: '—–―‐‑‒−', straight: '-' },
];
const [DOUBLE, SINGLE, DASH] = TYPED_EITHER_WAY.map(({ marks }) => marks) as [string, string, string];
const ANY_TYPED = new RegExp(`[${DOUBLE}${SINGLE}${DASH}]|--`, 'u');
const DOUBLE_QUOTES = new RegExp(`[${DOUBLE}]`, 'gu');
const SINGLE_QUOTES = new RegExp(`[${SINGLE}]`, 'gu');
const DASH_RUN = new RegExp(`[${DASH}-]{2,}|[${DASH}]`, 'gu');

/**
 * A title's exact key made from its compact key (`compactKey`): the quotes and dashes that a keyboard types one way
 * and a published list prints the other made one ("天璇"芯片 and “天璇”芯片, 一期—二期 and 一期-二期 are one title),
 * lower-cased (AI芯片 and ai芯片 are one project), then what is written around the title dropped (see
 * withoutWrapping). The test comes first: most titles hold none of the marks.
 */
export function exactTitleKey(compact: string): string {
  const uniform = ANY_TYPED.test(compact)
    ? compact.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(DASH_RUN, '-')
    : compact;
  return withoutWrapping(uniform.toLowerCase());
}

/**
 * The exact key of a project title. Spaces and letter case carry no meaning in a Chinese title, so `云端芯片 A` and
 * `云端芯片a` are the same project; brackets and widths are folded as everywhere; `《云端芯片》项目。` is `云端芯片`
 * written as a title; while `“天璇”芯片` keeps its marks, made straight (see exactTitleKey), since a mark inside a
 * title may tell two apart (C++ and C, V1.0 and V10): similar-project tells those.
 */
export function titleKey(title: string): string {
  return exactTitleKey(compactKey(title));
}
