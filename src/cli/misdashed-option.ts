import { optionArguments } from './option-arguments';

/**
 * Dashes that begin an option: the ASCII "-", and those that are not, "——" from a Chinese input method (Shift and
 * "-"), "－" full width, and the en and em dashes that Word or WeChat make of "--" in a command copied from a document.
 */
const DASHES = /^[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+/u;

/** An option written with such dashes, and the way to write it: `{ option: '——json', fixed: '--json' }`. */
export interface MisdashedOption {
  option: string;
  fixed: string;
}

/** The option that a text writes after dashes of any kind, as it should be written (`——json` → `--json`). */
export function meantOption(text: string, names: readonly string[]): MisdashedOption | undefined {
  const dashes = DASHES.exec(text)?.[0];
  if (dashes === undefined) return undefined;
  const rest = text.slice(dashes.length);
  return names.includes(rest.split('=')[0] ?? '') ? { option: text, fixed: `--${rest}` } : undefined;
}

/**
 * The first argument (before `--`) that is one of the options but begins with dashes other than ASCII "-". The
 * command would take it as a second file name, and tell the officer to quote a name with spaces in it.
 */
export function misdashedOption(
  argv: readonly string[],
  names: readonly string[],
): MisdashedOption | undefined {
  for (const arg of optionArguments(argv)) {
    const meant = meantOption(arg, names);
    if (meant !== undefined && !/^-*$/u.test(DASHES.exec(arg)?.[0] ?? '')) return meant;
  }
  return undefined;
}
