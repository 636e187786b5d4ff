import { optionArguments } from './option-arguments';

/**
 * Dashes that are not the ASCII "-": "——" from a Chinese input method (Shift and "-"), "－" full width, and the en and
 * em dashes that Word or WeChat make of "--" in a command copied from a document.
 */
const DASHES = /^[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+/u;

/** An option written with such dashes, and the way to write it: `{ option: '——json', fixed: '--json' }`. */
export interface MisdashedOption {
  option: string;
  fixed: string;
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
    const dashes = DASHES.exec(arg)?.[0];
    if (dashes === undefined || /^-*$/u.test(dashes)) continue;
    const rest = arg.slice(dashes.length);
    if (names.includes(rest.split('=')[0] ?? '')) return { option: arg, fixed: `--${rest}` };
  }
  return undefined;
}
