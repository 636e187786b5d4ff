import { meantOption } from './misdashed-option';
import { optionArguments } from './option-arguments';

/** The space that a Chinese input method types in full-width mode. */
const FULL_WIDTH_SPACE = '\u3000';

/**
 * The first argument (before `--`) in which a full-width space joins an option to what stands beside it:
 * `推荐表.xlsx<U+3000>--json`, `--winners<U+3000>名单.csv`. The shell splits arguments at ASCII spaces only, so the
 * command would look for a file, or an option, of the whole name. A file name with a full-width space and no option
 * in it is left alone.
 */
export function joinedByFullWidthSpace(
  argv: readonly string[],
  names: readonly string[],
): string | undefined {
  return optionArguments(argv).find((arg) => {
    const pieces = arg.split(FULL_WIDTH_SPACE);
    return pieces.length > 1 && pieces.some((piece) => meantOption(piece, names) !== undefined);
  });
}
