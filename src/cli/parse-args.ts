import { parseArgs } from 'node:util';
import { InputFailure } from '../core/input-failure';
import { recommenderTypeNamed, type RecommenderType } from '../core/recommender-type';
import { isLang, messagesFor, type Lang } from '../i18n';
import { joinedByFullWidthSpace } from './full-width-space';
import { misdashedOption } from './misdashed-option';
import { nearestOption } from './nearest-option';
import { optionArguments } from './option-arguments';

/** What the command line asked for (DESIGN.md, Command line). */
export interface CliOptions {
  file: string;
  sheets: string[];
  recommenderType?: RecommenderType;
  winners?: string;
  directions?: string;
  profile?: string;
  json: boolean;
  lang: Lang;
  /** Write a marked copy here (with --clear: a cleared copy). */
  out?: string;
}

/** What `--clear` needs: the workbook, where to write the cleared copy, and whether to remove the summary tabs. */
export interface ClearOptions {
  file: string;
  out: string;
  all: boolean;
  profile?: string;
  lang: Lang;
}

/** The parsed command line: a check to run, marks to clear, or a request for help or for the version. */
export type CliRequest =
  | { kind: 'help'; lang: Lang }
  | { kind: 'version'; lang: Lang }
  | { kind: 'check'; options: CliOptions }
  | { kind: 'clear'; options: ClearOptions };

const OPTIONS = {
  sheet: { type: 'string', multiple: true },
  'recommender-type': { type: 'string' },
  winners: { type: 'string' },
  directions: { type: 'string' },
  profile: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  clear: { type: 'boolean' },
  all: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** node:util names the offending option in quotes: `Unknown option '--out'`. */
const QUOTED_OPTION = /'(-[^']*)'/u;

/** An argument that starts with one "-" and is longer than a short option: a file name more likely than an option. */
const isDashedName = (arg: string) => arg.startsWith('-') && !arg.startsWith('--') && arg.length > 2;

/**
 * The argument that node:util read as unknown short options, when it may be a file name: `-推荐表.xlsx` is reported as
 * `-推`, the first of its letters. A single-letter `-x` is more likely a mistyped option than a file.
 */
function fileLikeArgument(option: string, argv: readonly string[]): string | undefined {
  return optionArguments(argv).find((arg) => isDashedName(arg) && arg.startsWith(option));
}

function failureOf(error: unknown, argv: readonly string[]): InputFailure {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = QUOTED_OPTION.exec(message)?.[1]?.split(' ')[0] ?? message;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = option.replace(/^-+/u, '') as keyof typeof OPTIONS;
    const isSwitch = OPTIONS[name]?.type === 'boolean';
    if (isSwitch) return new InputFailure('option-takes-no-value', { option });
    // `--out -副本.xlsx`: node:util takes a value that starts with "-" for an option, and reports none given.
    const value = argv[argv.indexOf(option) + 1];
    if (value !== undefined && isDashedName(value))
      return new InputFailure('option-value-like-option', { option, value });
    return new InputFailure('missing-option-value', { option });
  }
  const file = fileLikeArgument(option, argv);
  if (file !== undefined)
    return new InputFailure('unknown-option-or-file', { option: file, file: `./${file}` });
  const nearest = nearestOption(option, Object.keys(OPTIONS));
  // `"--winners 名单.csv"`: one argument, which node:util reads as an option named with the value. The option may
  // be a known one, which suggesting would only repeat.
  const joined = optionArguments(argv).find((arg) => arg.startsWith(`${option} `));
  const meant = option.replace(/^--/u, '') in OPTIONS ? option : nearest;
  if (joined !== undefined && meant !== undefined) {
    const value = joined.slice(option.length).trim();
    return new InputFailure('option-joined-with-value', { arg: joined, option: meant, value });
  }
  if (nearest !== undefined) return new InputFailure('unknown-option-near', { option, nearest });
  return new InputFailure('unknown-option', { option });
}

/** An option that takes one value, given twice: parseArgs keeps the last value and drops the first without a word. */
function repeatedOption(tokens: readonly { kind: string; name?: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    const option = OPTIONS[token.name as keyof typeof OPTIONS];
    if (option.type !== 'string' || 'multiple' in option) continue;
    if (seen.has(token.name)) return `--${token.name}`;
    seen.add(token.name);
  }
  return undefined;
}

/**
 * The language asked for, read leniently so that even a bad command line is answered in it. A `--lang` after `--` is
 * a file name, as parseArgs reads it.
 */
export function requestedLang(argv: readonly string[]): Lang {
  const options = optionArguments(argv);
  const at = options.indexOf('--lang');
  const value =
    at >= 0 ? options[at + 1] : options.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return value && isLang(value) ? value : 'zh-CN';
}

/** Parses the command line; bad input throws an InputFailure with the sentence's key. */
export function parseCommandLine(argv: readonly string[]): CliRequest {
  const joined = joinedByFullWidthSpace(argv, Object.keys(OPTIONS));
  if (joined !== undefined) throw new InputFailure('full-width-space', { arg: joined });
  const misdashed = misdashedOption(argv, Object.keys(OPTIONS));
  if (misdashed) throw new InputFailure('option-misdashed', { ...misdashed });
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    throw failureOf(error, argv);
  }
  const { values, tokens } = parsed;
  const repeated = repeatedOption(tokens);
  if (repeated) throw new InputFailure('option-repeated', { option: repeated });
  // An empty value (`--winners ""`, a script's unset variable) names nothing, as no value would not.
  const empty = tokens.find((token) => token.kind === 'option' && token.value === '');
  if (empty?.kind === 'option') throw new InputFailure('missing-option-value', { option: empty.rawName });
  const positionals = parsed.positionals.filter((arg) => arg !== '');
  const lang = values.lang ?? 'zh-CN';
  if (!isLang(lang)) throw new InputFailure('unknown-lang', { lang });
  if (values.help) return { kind: 'help', lang };
  if (values.version) return { kind: 'version', lang };
  const written = values['recommender-type'];
  const type = written === undefined ? undefined : recommenderTypeNamed(written);
  if (written !== undefined && type === undefined)
    throw new InputFailure('unknown-recommender-type', { type: written });
  if (positionals.length === 0) throw new InputFailure('no-input');
  if (positionals.length > 1)
    throw new InputFailure('too-many-inputs', { files: positionals.join(messagesFor(lang).listJoin) });
  const file = positionals[0] ?? '';
  const out = values.out;
  if (values.all && !values.clear) throw new InputFailure('all-needs-clear');
  if (values.clear && out === undefined) throw new InputFailure('clear-needs-out');
  if (out !== undefined && !/\.xlsx$/iu.test(out)) throw new InputFailure('out-not-xlsx', { file: out });
  if (values.clear) {
    const checkOnly = (['json', 'sheet', 'winners', 'directions', 'recommender-type'] as const).find(
      (option) => values[option] !== undefined,
    );
    if (checkOnly) throw new InputFailure('not-with-clear', { option: `--${checkOnly}` });
  }
  if (values.clear && out !== undefined) {
    const profile = values.profile === undefined ? {} : { profile: values.profile };
    return { kind: 'clear', options: { file, out, all: values.all ?? false, lang, ...profile } };
  }
  return {
    kind: 'check',
    options: {
      file,
      sheets: values.sheet ?? [],
      ...(type !== undefined ? { recommenderType: type } : {}),
      ...(values.winners !== undefined ? { winners: values.winners } : {}),
      ...(values.directions !== undefined ? { directions: values.directions } : {}),
      ...(values.profile !== undefined ? { profile: values.profile } : {}),
      json: values.json ?? false,
      lang,
      ...(out !== undefined ? { out } : {}),
    },
  };
}
