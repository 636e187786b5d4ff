import { errorDetail } from '../core/error-detail';
import { InputFailure } from '../core/input-failure';
import { messagesFor, type Lang } from '../i18n';
import { EXIT, type CliOutput } from './cli-output';
import { packageVersion } from './package-version';
import { parseCommandLine, requestedLang } from './parse-args';
import { runCheck } from './run-check';
import { runClear } from './run-clear';

export { EXIT, type CliOutput } from './cli-output';

/**
 * Runs `quota-check` on a command line. Never throws: bad input gets one sentence on stderr and exit 2, and so does
 * an unexpected error, without a stack trace. The input file is only ever read.
 */
export async function runCli(argv: readonly string[], out: CliOutput): Promise<number> {
  let lang: Lang = requestedLang(argv);
  try {
    const request = parseCommandLine(argv);
    lang = request.kind === 'help' || request.kind === 'version' ? request.lang : request.options.lang;
    switch (request.kind) {
      case 'help':
        await out.stdout(messagesFor(lang).usage + '\n');
        return EXIT.clean;
      case 'version':
        await out.stdout(`quota-check ${packageVersion()}\n`);
        return EXIT.clean;
      case 'clear':
        return await runClear(request.options, out);
      case 'check':
        return await runCheck(request.options, out);
    }
  } catch (error) {
    const messages = messagesFor(lang);
    if (error instanceof InputFailure) {
      out.stderr(messages.failures[error.key](error.values) + '\n');
    } else {
      out.stderr(messages.unexpected(errorDetail(error)) + '\n');
    }
    return EXIT.failed;
  }
}
