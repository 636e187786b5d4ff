import { check } from '../core/check';
import { InputFailure } from '../core/input-failure';
import { messagesFor, type Lang } from '../i18n';
import { readWorkbook } from '../xlsx/read-workbook';
import { jsonReport } from './json-report';
import { loadDirections, loadProfile, loadWinners } from './load-lists';
import { parseCommandLine, requestedLang, type CliOptions } from './parse-args';
import { readInputFile } from './read-input-file';
import { textReport } from './text-report';

/** Where the command writes: stdout for the report, stderr for the one sentence of a failure. */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes (DESIGN.md): 0 no errors, 1 errors found, 2 the input could not be checked. */
export const EXIT = { clean: 0, errors: 1, failed: 2 } as const;

async function runCheck(options: CliOptions, out: CliOutput): Promise<number> {
  const profile = await loadProfile(options.profile);
  const winners = options.winners === undefined ? undefined : await loadWinners(options.winners, profile);
  const directions =
    options.directions === undefined ? undefined : await loadDirections(options.directions, profile);
  const grid = await readWorkbook(await readInputFile(options.file), options.file);
  const outcome = check(grid, {
    profile,
    ...(options.sheets.length > 0 ? { sheets: options.sheets } : {}),
    ...(options.recommenderType ? { recommenderType: options.recommenderType } : {}),
    ...(winners ? { winners } : {}),
    ...(directions ? { directions } : {}),
  });
  if (!outcome.ok)
    throw new InputFailure(outcome.failure, { file: options.file, sheet: outcome.sheet ?? '' });
  const { result } = outcome;
  out.stdout(
    options.json
      ? JSON.stringify(jsonReport(result, options.lang), null, 2) + '\n'
      : textReport(result, options.lang),
  );
  return result.valid ? EXIT.clean : EXIT.errors;
}

/**
 * Runs `quota-check` on a command line. Never throws: bad input gets one sentence on stderr and exit 2, and so does
 * an unexpected error, without a stack trace. The input file is only ever read.
 */
export async function runCli(argv: readonly string[], out: CliOutput): Promise<number> {
  let lang: Lang = requestedLang(argv);
  try {
    const request = parseCommandLine(argv);
    lang = request.kind === 'help' ? request.lang : request.options.lang;
    if (request.kind === 'help') {
      out.stdout(messagesFor(lang).usage + '\n');
      return EXIT.clean;
    }
    return await runCheck(request.options, out);
  } catch (error) {
    const messages = messagesFor(lang);
    if (error instanceof InputFailure) {
      out.stderr(messages.failures[error.key](error.values) + '\n');
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      out.stderr(`${messages.unexpected}（${detail}）\n`);
    }
    return EXIT.failed;
  }
}
