/** The arguments that may be options: those before `--`, after which every argument is a file name. */
export function optionArguments(argv: readonly string[]): readonly string[] {
  const end = argv.indexOf('--');
  return end < 0 ? argv : argv.slice(0, end);
}
